from odoo.addons.cluster_role.tests.common import RoleCommon

from ..hooks import RULE, TIMESHEETS, post_init_hook, uninstall_hook


class TestTimesheetRoles(RoleCommon):
    """Accountant in A, booker in B: she logs and reads her own time in B,
    never B's other timesheets nor B's analytic accounting. B's booking
    manager approves B's timesheets."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_manager = cls.env.ref("cluster_role.role_booking_manager")
        cls.yann = cls._create_user_with_roles(
            "yann_time",
            [(cls.role_accountant, cls.company_a), (cls.role_booker, cls.company_b)],
        )
        cls.colleague = cls._create_user_with_roles(
            "colleague_time", [(cls.role_booker, cls.company_b)]
        )
        cls.manager = cls._create_user_with_roles(
            "manager_time", [(cls.role_manager, cls.company_b)]
        )
        Employee = cls.env["hr.employee"]
        for user in (cls.yann, cls.colleague):
            Employee.create(
                {"name": user.name, "user_id": user.id, "company_id": cls.company_b.id}
            )
        cls.project_b = cls.env["project.project"].create(
            {"name": "Tournée d'hiver", "company_id": cls.company_b.id}
        )
        cls.colleague_line = cls._log(cls.colleague, "Colleague's calls", 3.0)
        cls.accounting_line = cls.env["account.analytic.line"].create(
            {
                "name": "Venue rental cost",
                "company_id": cls.company_b.id,
                "account_id": cls.project_b.account_id.id,
                "amount": -1200.0,
            }
        )

    @classmethod
    def _log(cls, user, name, hours):
        env = cls._tick(user, cls.company_b)
        return env["account.analytic.line"].create(
            {"name": name, "project_id": cls.project_b.id, "unit_amount": hours}
        )

    def test_booker_logs_and_reads_her_own_time(self):
        line = self._log(self.yann, "Calls to programmers", 2.5)
        self.assertEqual(line.company_id, self.company_b)
        self.assertEqual(line.employee_id.user_id, self.yann)
        env = self._tick(self.yann, self.company_a | self.company_b)
        self.assertEqual(
            env["account.analytic.line"].search(
                [("account_id", "=", self.project_b.account_id.id)]
            ),
            line,
            "She reads her own timesheet, and nothing else of B's analytic lines",
        )

    def test_manager_approves_company_timesheets_not_its_accounting(self):
        env = self._tick(self.manager, self.company_b)
        found = env["account.analytic.line"].search(
            [("account_id", "=", self.project_b.account_id.id)]
        )
        self.assertEqual(found, self.colleague_line)

    def test_hooks_widen_and_restore_the_accountant_rule(self):
        rule = self.env.ref(RULE)
        self.assertTrue(rule.domain_force.startswith(TIMESHEETS))
        uninstall_hook(self.env)
        self.assertFalse(rule.domain_force.startswith("['|', '&', ('project_id'"))
        self.assertIn("account.group_account_invoice", rule.domain_force)
        self.env.invalidate_all()
        env = self._tick(self.manager, self.company_b)
        self.assertFalse(
            env["account.analytic.line"].search([("id", "=", self.colleague_line.id)]),
            "Without the widening, analytic lines are the accountants' only",
        )
        post_init_hook(self.env)
        post_init_hook(self.env)
        self.assertEqual(rule.domain_force.count(TIMESHEETS), 1)
