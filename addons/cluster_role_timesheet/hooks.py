# cluster_role_account keeps analytic lines to the companies where the user is
# an accountant. Timesheets are analytic lines too: without this, a booker
# could not read the time she logs. Outside those companies, a timesheet opens
# to its author, and to the company's timesheet approvers; hr_timesheet's own
# group rules then apply on top. The rule is noupdate data of another module,
# so it is widened here and put back on uninstall (BRIEF, pitfall 6).

RULE = "cluster_role_account.account_analytic_line_rule_accountant"
TIMESHEETS = (
    "['|', '&', ('project_id', '!=', False), '|', ('user_id', '=', user.id), "
    "('company_id', 'in', companies_with_group("
    "'hr_timesheet.group_hr_timesheet_approver'))] + "
)


def post_init_hook(env):
    rule = env.ref(RULE)
    if not rule.domain_force.startswith(TIMESHEETS):
        rule.domain_force = TIMESHEETS + rule.domain_force


def uninstall_hook(env):
    rule = env.ref(RULE, raise_if_not_found=False)
    if rule and rule.domain_force.startswith(TIMESHEETS):
        rule.domain_force = rule.domain_force[len(TIMESHEETS) :]
