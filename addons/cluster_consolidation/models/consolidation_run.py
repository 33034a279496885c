# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from bisect import bisect_right
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL
from odoo.tools.misc import format_date

from odoo.addons.cluster_base.lib import ownership, periods

from ..lib import engine
from .consolidation_account import SECTIONS

KINDS = [
    ("contribution", "Member Contribution"),
    ("cta", "Translation Difference"),
    ("minority", "Minority Interests"),
    ("equity_method", "Equity Method"),
    ("elimination", "Intercompany Elimination"),
    ("mismatch", "Intercompany Mismatch"),
]


class ConsolidationRun(models.Model):
    """The consolidated figures of a cluster over a period, kept with each
    member's contribution so that they can be audited."""

    _name = "consolidation.run"
    _cluster_confidential = True
    _description = "Consolidation Run"
    _inherit = ["mail.thread"]
    _order = "date_to desc, id desc"

    _rec_names_search = ["cluster_id.name"]

    # not stored: each reader gets it in their language and date format
    name = fields.Char(compute="_compute_name")
    cluster_id = fields.Many2one(
        "cluster.cluster",
        required=True,
        index=True,
        default=lambda self: self._default_cluster(),
    )
    company_id = fields.Many2one(
        "res.company",
        string="Consolidating Company",
        compute="_compute_company_id",
        store=True,
        precompute=True,
        index=True,
        help="The cluster's consolidating company when the run was made: the "
        "run stays with it if the cluster later names another one.",
    )
    currency_id = fields.Many2one(related="cluster_id.currency_id")
    date_from = fields.Date(
        required=True, default=lambda self: self._default_period()[0]
    )
    date_to = fields.Date(required=True, default=lambda self: self._default_period()[1])
    company_ids = fields.Many2many(
        "res.company",
        string="Scope",
        help="Members consolidated; empty for every member of the cluster on "
        "the last day of the period.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Computed"), ("locked", "Locked")],
        default="draft",
        required=True,
        tracking=True,
    )
    line_ids = fields.One2many("consolidation.run.line", "run_id")
    mismatch_count = fields.Integer(compute="_compute_mismatch_count")
    previous_run_id = fields.Many2one(
        "consolidation.run",
        string="Compared With",
        help="The run of the period before, of the same length, shown alongside.",
    )

    _sql_constraints = [
        (
            "dates_in_order",
            "CHECK(date_to >= date_from)",
            "A period ends after it starts.",
        ),
    ]

    @api.model
    def _default_cluster(self):
        # sudo: the current company's own cluster, which its users read
        return self.env.company.sudo().cluster_id.sudo(False)

    @api.model
    def _default_period(self):
        return periods.last_closed_period(fields.Date.context_today(self))

    @api.depends("cluster_id")
    def _compute_company_id(self):
        for run in self:
            run.company_id = run.cluster_id.parent_company_id

    @api.depends("cluster_id.name", "date_from", "date_to")
    @api.depends_context("lang")
    def _compute_name(self):
        for run in self:
            if not (run.cluster_id and run.date_from and run.date_to):
                run.name = self.env._("New consolidation")
                continue
            run.name = self.env._(
                "%(cluster)s, %(start)s to %(end)s",
                cluster=run.cluster_id.name,
                start=format_date(self.env, run.date_from),
                end=format_date(self.env, run.date_to),
            )

    @api.constrains("cluster_id", "company_ids", "previous_run_id")
    def _check_cluster(self):
        """The scope and the run compared with belong to the run's cluster,
        whatever ids are sent."""
        # sudo: the cluster's members past and present and the ids sent, only
        # to refuse those outside the cluster without reading them
        for run in self.sudo():
            members = run.cluster_id.all_company_ids
            if run.company_ids - members or (
                run.previous_run_id and run.previous_run_id.cluster_id != run.cluster_id
            ):
                raise ValidationError(
                    self.env._(
                        "A consolidation's scope and the run it is compared with "
                        "belong to its own cluster."
                    )
                )

    def write(self, vals):
        if "cluster_id" in vals and any(run.state != "draft" for run in self):
            raise UserError(
                self.env._(
                    "A computed consolidation stays with its cluster: make a new "
                    "one for another cluster."
                )
            )
        result = super().write(vals)
        if "cluster_id" in vals:
            # the rules checked the runs as they were: a run moved to another
            # cluster (and so to its consolidating company) is checked again
            self.check_access("write")
        return result

    def _compute_mismatch_count(self):
        counts = dict(
            self.env["consolidation.run.line"]._read_group(
                [("run_id", "in", self.ids), ("kind", "=", "mismatch")],
                ["run_id"],
                ["__count"],
            )
        )
        for run in self:
            run.mismatch_count = counts.get(run, 0)

    # Inputs -----------------------------------------------------------------

    def _members(self):
        """{company: (method, interest, date joined)} of the members
        consolidated on the last day of the period."""
        self.ensure_one()
        cluster = self.cluster_id
        if not cluster.parent_company_id:
            raise UserError(
                self.env._(
                    "Cluster %(cluster)s has no consolidating company: set it on "
                    "the cluster first.",
                    cluster=cluster.name,
                )
            )
        memberships = cluster.membership_ids.filtered(
            lambda m: (
                m._is_current(self.date_to)
                and (not self.company_ids or m.company_id in self.company_ids)
            )
        )
        figures = memberships._get_ownership_figures(self.date_to)
        members = {}
        for membership in memberships:
            control, interest = figures.get(membership.company_id.id, (0.0, 0.0))
            method = (
                membership.consolidation_method_manual
                or ownership.consolidation_method(
                    control,
                    is_parent=membership.company_id == cluster.parent_company_id,
                )
            )
            if method != ownership.NONE:
                members[membership.company_id] = (
                    method,
                    interest,
                    membership.date_start,
                )
        return members

    def _balances_sql(self, companies):
        """Balances per company, account, intercompany counterpart (the
        partner of another member, else NULL) and whether they come from
        before the period. One pass over the journal items, no join: what
        the account and the partner mean is sorted out on the grouped rows."""
        self.env["account.move.line"].flush_model(
            [
                "company_id",
                "account_id",
                "partner_id",
                "date",
                "balance",
                "parent_state",
            ]
        )
        # SQL: fenced by ``companies``, the members whose figures the user
        # may read or that approved this consolidation (see the caller)
        return SQL(
            """
            SELECT company_id, account_id,
                   CASE WHEN partner_id = ANY(%(partners)s) THEN partner_id END,
                   date < %(start)s,
                   SUM(balance)
              FROM account_move_line
             WHERE parent_state = 'posted'
               AND company_id = ANY(%(companies)s)
               AND date <= %(end)s
             GROUP BY 1, 2, 3, 4
            """,
            partners=companies.partner_id.ids,
            companies=companies.ids,
            start=self.date_from,
            end=self.date_to,
        )

    def _roles(self):
        accounts = self.env["consolidation.account"].search(
            [("cluster_id", "=", self.cluster_id.id), ("role", "!=", False)]
        )
        roles = {account.role: account for account in accounts}
        labels = (
            self.env["consolidation.account"]
            ._fields["role"]
            ._description_selection(self.env)
        )
        missing = [label for role, label in labels if role not in roles]
        if missing:
            raise UserError(
                self.env._(
                    "The consolidation chart of %(cluster)s lacks an account for: "
                    "%(roles)s.",
                    cluster=self.cluster_id.name,
                    roles=", ".join(missing),
                )
            )
        return roles

    def _mapped_balances(self, companies, roles):
        """([engine.Balance], [unmapped (company id, account id, code, amount)]):
        the members' balances mapped onto the chart. Balances of income and
        expense accounts before the period are last years' results: they go
        to retained earnings, at the historical rate."""
        companies = self._consolidable(companies)
        # SQL: the journal items of ``companies`` only, fenced just above to
        # the members whose figures the user may consolidate (their books,
        # or members that approved the consolidating company)
        self.env.cr.execute(self._balances_sql(companies))
        raw = self.env.cr.fetchall()
        company_of_partner = {
            company.partner_id.id: company.id for company in companies
        }
        # sudo: the accounts of the fenced companies' journal items, whose
        # books the user need not read (codes and types only)
        Account = self.env["account.account"].sudo()
        income_or_expense = {
            account.id: account.internal_group in ("income", "expense")
            for account in Account.browse({row[1] for row in raw})
        }
        # balance sheet accounts carry their whole history
        grouped = {}
        for company_id, account_id, partner_id, before, amount in raw:
            partner_company = company_of_partner.get(partner_id)
            if partner_company == company_id:
                partner_company = None
            key = (
                company_id,
                account_id,
                partner_company,
                before and income_or_expense[account_id],
            )
            grouped[key] = grouped.get(key, 0.0) + amount
        rows = [(*key, amount) for key, amount in grouped.items()]
        # an account's code depends on the company reading it
        codes = {}
        for company_id in {row[0] for row in rows}:
            account_ids = {row[1] for row in rows if row[0] == company_id}
            for account in Account.browse(account_ids).with_company(company_id):
                codes[company_id, account.id] = account.code or ""
        resolve = self.env["consolidation.mapping"]._resolver(self.cluster_id)
        Company = self.env["res.company"]
        balances, unmapped = [], []
        for company_id, account_id, partner_company_id, before, amount in rows:
            if self.currency_id.is_zero(amount):
                continue
            code = codes[company_id, account_id]
            target = resolve(company_id, account_id, code)
            if not target:
                unmapped.append((company_id, account_id, code, amount))
                continue
            if before:
                target = roles["retained"]
            balances.append(
                engine.Balance(
                    company=Company.browse(company_id),
                    member_account=account_id,
                    account=target,
                    section=target.section,
                    rate_type="historical" if before else target.rate_type,
                    amount=amount,
                    partner_company=partner_company_id
                    and Company.browse(partner_company_id),
                )
            )
        return balances, unmapped

    def _balances(self, companies, roles):
        balances, unmapped = self._mapped_balances(companies, roles)
        if unmapped:
            names = sorted(
                {
                    "{}: {}".format(
                        self.env["res.company"].browse(company_id).name,
                        # sudo: accounts of members the user may consolidate
                        self.env["account.account"]
                        .sudo()
                        .browse(account_id)
                        .with_company(company_id)
                        .display_name,
                    )
                    for company_id, account_id, _code, _amount in unmapped
                }
            )
            raise UserError(
                self.env._(
                    "These accounts carry balances but map onto no account of the "
                    "consolidation chart; map them first (Unmapped Accounts):\n"
                    "%(accounts)s",
                    accounts="\n".join(names),
                )
            )
        return balances

    def action_view_unmapped(self):
        """The accounts with a balance in the period that map onto nothing."""
        self.ensure_one()
        self._check_head()
        companies = self._consolidated_companies(self._members())
        _balances, unmapped = self._mapped_balances(companies, self._roles())
        # sudo: the rows are computed, never typed; they hold the balances of
        # the companies fenced in _mapped_balances, stamped with the approval
        # they were computed under, which the read rule checks
        Unmapped = self.env["consolidation.unmapped"].sudo()
        Unmapped.search([("run_id", "=", self.id)]).unlink()
        approvals = self.env["consolidation.approval"]._approvals_by_company(
            self.company_id, companies
        )
        Company = self.env["res.company"]
        Unmapped.create(
            [
                {
                    "run_id": self.id,
                    "company_id": company_id,
                    "approval_id": approvals.get(
                        Company.browse(company_id), Company
                    ).id,
                    "account_id": account_id,
                    "code": code,
                    "balance": amount,
                }
                for company_id, account_id, code, amount in unmapped
            ]
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cluster_consolidation.action_consolidation_unmapped"
        )
        action["domain"] = [("run_id", "=", self.id)]
        return action

    def _consolidable(self, companies):
        """Of ``companies``, those whose figures the user may consolidate in
        this run (see consolidation.approval's ``_consolidable``)."""
        self.ensure_one()
        return self.env["consolidation.approval"]._consolidable(
            self.company_id, companies
        )

    def _consolidated_companies(self, members):
        """The companies of ``members`` (see ``_members``), once the user is
        seen to have the right to read each one's figures; else a clear
        refusal that names only the members the user may read."""
        self.ensure_one()
        companies = self.env["res.company"].union(*members)
        refused = companies - self._consolidable(companies)
        if refused:
            Approval = self.env["consolidation.approval"]
            raise UserError(
                self.env._(
                    "%(parent)s may consolidate a member's books once a "
                    "member administrator of that member approved it "
                    "(Approvals, in the Consolidation menu), or where you are "
                    "its accountant. Not approved: %(companies)s. Ask for "
                    "their approval, or leave them out of the run's scope.",
                    parent=self.company_id.name,
                    companies=Approval._describe(refused),
                )
            )
        return companies

    def _check_head(self):
        """A run stays with the consolidating company it was made for."""
        self.ensure_one()
        if self.company_id != self.cluster_id.parent_company_id:
            raise UserError(
                self.env._(
                    "The cluster's consolidating company changed since %(run)s "
                    "was made: make a new consolidation.",
                    run=self.name,
                )
            )

    def _rate_lookup(self, currency):
        """A function day -> rate of ``currency`` against the consolidating
        company's currency, from that company's rates. Odoo would take 1 when
        there is none: a consolidation stops and says which rate is missing."""
        head = self.company_id
        if currency == head.currency_id:
            return lambda day: 1.0
        # sudo: the consolidating company's own rates (its root's, or the
        # shared ones), whatever company the user has active
        rates = (
            self.env["res.currency.rate"]
            .sudo()
            .search(
                [
                    ("currency_id", "=", currency.id),
                    ("company_id", "in", [head.root_id.id, False]),
                    ("name", "<=", self.date_to),
                ],
                order="name",
            )
        )
        table = [(rate.name, rate.rate) for rate in rates]
        dates = [day for day, _rate in table]

        def rate_on(day):
            index = bisect_right(dates, day)
            if not index:
                raise UserError(
                    self.env._(
                        "There is no exchange rate for %(currency)s on %(date)s in "
                        "the rates of %(company)s: add it, then run the "
                        "consolidation again.",
                        currency=currency.name,
                        date=format_date(self.env, day),
                        company=head.name,
                    )
                )
            return table[index - 1][1]

        return rate_on

    def _rates(self, members):
        """{company: {rate type: factor}} from each member's currency to the
        cluster's: closing on the last day, average of the daily rates over
        the period, historical on the day the member joined."""
        target = self.currency_id
        target_rate = self._rate_lookup(target)
        days = [
            self.date_from + timedelta(days=n)
            for n in range((self.date_to - self.date_from).days + 1)
        ]
        by_currency, result = {}, {}
        for company, (_method, _interest, joined) in members.items():
            source = company.currency_id
            if source == target:
                result[company] = dict.fromkeys(
                    ("closing", "average", "historical"), 1.0
                )
                continue
            if source not in by_currency:
                source_rate = self._rate_lookup(source)

                def factor(day, source_rate=source_rate):
                    return target_rate(day) / source_rate(day)

                by_currency[source] = (
                    factor,
                    factor(self.date_to),
                    sum(factor(day) for day in days) / len(days),
                )
            factor, closing, average = by_currency[source]
            result[company] = {
                "closing": closing,
                "average": average,
                "historical": factor(joined),
            }
        return result

    # Actions -----------------------------------------------------------------

    def action_run(self):
        for run in self:
            if run.state == "locked":
                raise UserError(
                    self.env._("Run %(run)s is locked; it cannot change.", run=run.name)
                )
            run._check_head()
            members = run._members()
            companies = run._consolidated_companies(members)
            roles = run._roles()
            balances = run._balances(companies, roles)
            rates = run._rates(members)
            accounts = self.env["consolidation.account"].search(
                [("cluster_id", "=", run.cluster_id.id)]
            )
            lines = engine.consolidate(
                balances,
                {
                    c: (method, interest)
                    for c, (method, interest, _j) in members.items()
                },
                rates,
                roles,
                {account: account.section for account in accounts},
                rounding=run.currency_id.round,
            )
            approvals = self.env["consolidation.approval"]._approvals_by_company(
                run.company_id, companies
            )
            no_approval = self.env["consolidation.approval"]
            # sudo: lines are computed, never typed, so users only read them;
            # they hold the figures of the companies fenced just above, each
            # stamped with the approval it was computed under for the rules
            Line = self.env["consolidation.run.line"].sudo()
            Line.search([("run_id", "=", run.id)]).unlink()
            Line.create(
                [
                    {
                        "run_id": run.id,
                        "company_id": line.company.id,
                        "approval_id": approvals.get(line.company, no_approval).id,
                        "account_id": line.account.id,
                        "kind": line.kind,
                        "member_account_id": line.member_account,
                        "partner_company_id": line.partner_company
                        and line.partner_company.id,
                        "balance": line.balance,
                        "rate": line.rate,
                        "translated": line.translated,
                        "weight": line.weight,
                        "amount": line.amount,
                    }
                    for line in lines
                ]
            )
            run.state = "done"
        return True

    def action_lock(self):
        self.filtered(lambda r: r.state == "done").state = "locked"

    def action_unlock(self):
        self.filtered(lambda r: r.state == "locked").state = "done"

    @api.ondelete(at_uninstall=False)
    def _unlink_except_locked(self):
        if any(run.state == "locked" for run in self):
            raise UserError(self.env._("A locked consolidation cannot be deleted."))

    def action_compare_previous(self):
        """Run the previous period of the same length (once) and show both."""
        self.ensure_one()
        if not self.previous_run_id:
            date_from, date_to = periods.previous_period(self.date_from, self.date_to)
            self.previous_run_id = self.create(
                {
                    "cluster_id": self.cluster_id.id,
                    "date_from": date_from,
                    "date_to": date_to,
                    "company_ids": [Command.set(self.company_ids.ids)],
                }
            )
        if self.previous_run_id.state == "draft":
            self.previous_run_id.action_run()
        action = self.action_view_lines()
        action["domain"] = [("run_id", "in", (self | self.previous_run_id).ids)]
        action["context"] = {"pivot_column_groupby": ["run_id"]}
        return action

    def _statements(self):
        """[(section, label, [(account, amount, previous amount)], total,
        previous total)] of the consolidated balance sheet and profit and
        loss, for the reports."""
        self.ensure_one()
        runs = self | self.previous_run_id
        Line = self.env["consolidation.run.line"]
        domain = [("run_id", "in", runs.ids)]
        # sudo: only counts the runs' lines, to refuse statements that would
        # silently leave out figures the user may no longer read
        if Line.sudo().search_count(domain) != Line.search_count(domain):
            raise UserError(
                self.env._(
                    "Some figures of %(run)s are no longer yours to read (a "
                    "member withdrew its approval): run the consolidation again.",
                    run=self.name,
                )
            )
        groups = self.env["consolidation.run.line"]._read_group(
            [("run_id", "in", runs.ids)], ["run_id", "account_id"], ["amount:sum"]
        )
        amounts = {}
        for run, account, amount in groups:
            now, before = amounts.get(account, (0.0, 0.0))
            amounts[account] = (
                (now + amount, before) if run == self else (now, before + amount)
            )
        # the sections' labels in the reader's language
        labels = dict(
            self.env["consolidation.account"]
            ._fields["section"]
            ._description_selection(self.env)
        )
        statements = []
        for section, _label in SECTIONS:
            rows = sorted(
                (
                    (account, now, before)
                    for account, (now, before) in amounts.items()
                    if account.section == section
                    and not (
                        self.currency_id.is_zero(now)
                        and self.currency_id.is_zero(before)
                    )
                ),
                key=lambda row: row[0].code,
            )
            statements.append(
                (
                    section,
                    labels[section],
                    rows,
                    sum(row[1] for row in rows),
                    sum(row[2] for row in rows),
                )
            )
        return statements

    def action_view_lines(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cluster_consolidation.action_consolidation_run_line"
        )
        action["domain"] = [("run_id", "in", self.ids)]
        return action
