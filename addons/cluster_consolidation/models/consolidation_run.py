from bisect import bisect_right
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL
from odoo.tools.misc import format_date

from odoo.addons.cluster_base.lib import ownership, periods

from ..lib import engine
from .consolidation_account import ROLES, SECTIONS

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

    name = fields.Char(compute="_compute_name", store=True)
    cluster_id = fields.Many2one("cluster.cluster", required=True, index=True)
    company_id = fields.Many2one(
        related="cluster_id.parent_company_id",
        string="Consolidating Company",
        store=True,
        index=True,
    )
    currency_id = fields.Many2one(related="cluster_id.currency_id")
    date_from = fields.Date(required=True)
    date_to = fields.Date(required=True)
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

    @api.depends("cluster_id.name", "date_from", "date_to")
    def _compute_name(self):
        for run in self:
            run.name = self.env._(
                "%(cluster)s, %(start)s to %(end)s",
                cluster=run.cluster_id.name or "",
                start=run.date_from or "",
                end=run.date_to or "",
            )

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
        missing = [label for role, label in ROLES if role not in roles]
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
        self.env.cr.execute(self._balances_sql(companies))
        raw = self.env.cr.fetchall()
        company_of_partner = {
            company.partner_id.id: company.id for company in companies
        }
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
        members = self._members()
        companies = self.env["res.company"].union(*members)
        _balances, unmapped = self._mapped_balances(companies, self._roles())
        Unmapped = self.env["consolidation.unmapped"]
        Unmapped.search([("run_id", "=", self.id)]).unlink()
        Unmapped.create(
            [
                {
                    "run_id": self.id,
                    "company_id": company_id,
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

    def _rate_lookup(self, currency):
        """A function day -> rate of ``currency`` against the consolidating
        company's currency, from that company's rates. Odoo would take 1 when
        there is none: a consolidation stops and says which rate is missing."""
        head = self.cluster_id.parent_company_id
        if currency == head.currency_id:
            return lambda day: 1.0
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
            members = run._members()
            roles = run._roles()
            companies = self.env["res.company"].union(*members)
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
            run.line_ids.unlink()
            self.env["consolidation.run.line"].create(
                [
                    {
                        "run_id": run.id,
                        "company_id": line.company.id,
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
        groups = self.env["consolidation.run.line"]._read_group(
            [("run_id", "in", runs.ids)], ["run_id", "account_id"], ["amount:sum"]
        )
        amounts = {}
        for run, account, amount in groups:
            now, before = amounts.get(account, (0.0, 0.0))
            amounts[account] = (
                (now + amount, before) if run == self else (now, before + amount)
            )
        labels = dict(SECTIONS)
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


class ConsolidationRunLine(models.Model):
    _name = "consolidation.run.line"
    _cluster_confidential = True
    _description = "Consolidation Line"
    _order = "run_id, account_code, company_id, id"

    run_id = fields.Many2one(
        "consolidation.run", required=True, index=True, ondelete="cascade"
    )
    account_id = fields.Many2one(
        "consolidation.account",
        string="Consolidation Account",
        required=True,
        index=True,
    )
    account_code = fields.Char(related="account_id.code", store=True, precompute=True)
    section = fields.Selection(
        related="account_id.section", store=True, precompute=True
    )
    company_id = fields.Many2one("res.company", string="Member", index=True)
    kind = fields.Selection(KINDS, required=True)
    member_account_id = fields.Many2one(
        "account.account",
        help="The member's own account the amount comes from.",
    )
    partner_company_id = fields.Many2one(
        "res.company",
        string="Counterpart Member",
        help="For intercompany amounts: the other member of the pair.",
    )
    member_currency_id = fields.Many2one(related="company_id.currency_id")
    currency_id = fields.Many2one(related="run_id.currency_id")
    balance = fields.Monetary(
        string="Member Balance", currency_field="member_currency_id"
    )
    rate = fields.Float(digits=(12, 6), help="Member currency to cluster currency.")
    translated = fields.Monetary(help="Balance in the cluster's currency.")
    weight = fields.Float(
        digits=(5, 4),
        help="1 for full, the interest for proportional, 0 for the equity method.",
    )
    amount = fields.Monetary(string="Consolidated")

    def action_view_journal_items(self):
        """The journal items behind a member's contribution, if the user may
        read that member's books; otherwise the aggregate is all there is."""
        self.ensure_one()
        if not self.member_account_id:
            raise UserError(
                self.env._("This line is computed; it has no journal items.")
            )
        run = self.run_id
        domain = [
            ("company_id", "=", self.company_id.id),
            ("account_id", "=", self.member_account_id.id),
            ("parent_state", "=", "posted"),
            ("date", "<=", run.date_to),
        ]
        if not self.member_account_id.include_initial_balance:
            # an income or expense account: the period's items, or, on the
            # retained earnings line, those of the years before
            before = self.account_id.role == "retained"
            domain.append(("date", "<" if before else ">=", run.date_from))
        if not self.env["account.move.line"].search_count(domain, limit=1):
            raise UserError(
                self.env._(
                    "You may not read the books of %(company)s: its consolidated "
                    "figures are all you see.",
                    company=self.company_id.name,
                )
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Journal Items"),
            "res_model": "account.move.line",
            "view_mode": "list,form",
            "domain": domain,
            "context": {"allowed_company_ids": self.company_id.ids},
        }
