# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL, float_repr, float_round, split_every
from odoo.tools.misc import format_date

from odoo.addons.cluster_base.lib import ownership, periods

from ..lib import controls, engine, statements
from .consolidation_account import REQUIRED_ROLES

KINDS = [
    ("contribution", "Member Contribution"),
    ("cta", "Translation Difference"),
    ("minority", "Minority Interests"),
    ("equity_method", "Equity Method"),
    ("elimination", "Intercompany Elimination"),
    ("mismatch", "Intercompany Mismatch"),
    ("acquisition", "Acquisition"),
    ("carried", "Brought Forward"),
    ("disposal", "Disposal"),
    ("interest_change", "Change of Interest"),
    ("manual", "Manual Entry"),
]
BUCKETS = [
    (engine.PRE, "Before Acquisition"),
    (engine.PRIOR, "Earlier Periods"),
    (engine.PERIOD, "This Period"),
]
NATURES = [
    (engine.BALANCE, "Intercompany Balance"),
    (engine.FLOW, "Intercompany Flow"),
    (engine.DIVIDEND, "Dividends Received"),
]


def _days(first, last):
    """Every day from ``first`` to ``last``, both included."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


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
    entry_ids = fields.One2many(
        "consolidation.entry", "run_id", string="Manual Entries"
    )
    entry_count = fields.Integer(compute="_compute_entry_count")
    mismatch_count = fields.Integer(compute="_compute_mismatch_count")
    year_to_date = fields.Boolean(
        string="Year to Date",
        help="The profit and loss from the start of the fiscal year; "
        "otherwise of the period only, earlier months of the year being "
        "brought forward in retained earnings.",
    )
    opening_run_id = fields.Many2one(
        "consolidation.run",
        string="Opening From",
        readonly=True,
        help="The locked run of the period before, whose closing figures "
        "were this run's opening ones.",
    )
    warning = fields.Text(readonly=True)
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

    def _compute_entry_count(self):
        counts = dict(
            self.env["consolidation.entry"]._read_group(
                [("run_id", "in", self.ids)], ["run_id"], ["__count"]
            )
        )
        for run in self:
            run.entry_count = counts.get(run, 0)

    def _compute_mismatch_count(self):
        """The intercompany mismatches beyond the cluster's tolerance: the
        smaller ones stay on their line, but are not reported."""
        lines = self.env["consolidation.run.line"].search_read(
            [("run_id", "in", self.ids), ("kind", "=", "mismatch")],
            ["run_id", "amount"],
        )
        for run in self:
            tolerance = run.cluster_id.consolidation_mismatch_tolerance
            run.mismatch_count = sum(
                1
                for line in lines
                if line["run_id"][0] == run.id
                and run.currency_id.compare_amounts(abs(line["amount"]), tolerance) > 0
            )

    # Inputs -----------------------------------------------------------------

    def _members(self):
        """{company: (method, interest, date joined, date left or False)} of
        the members consolidated on the last day of the period, and of those
        that left during it. An equity-accounted
        member's interest is the group's share of it: the holdings of the
        consolidating company and of its subsidiaries added up (IAS 28.27),
        which is what cluster_base calls control."""
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
        in_scope = cluster.membership_ids.filtered(
            lambda m: not self.company_ids or m.company_id in self.company_ids
        )
        members = {}
        # members at the end of the period, and those that left during it,
        # consolidated up to the day they left (IFRS 10.B88)
        current = in_scope.filtered(lambda m: m._is_current(self.date_to))
        left = (
            in_scope.filtered(
                lambda m: m.date_end and self.date_from <= m.date_end < self.date_to
            )
            - current
        )
        for memberships, day in [(current, self.date_to)] + [
            (membership, membership.date_end) for membership in left
        ]:
            figures = memberships._get_ownership_figures(day)
            for membership in memberships:
                control, interest = figures.get(membership.company_id.id, (0.0, 0.0))
                method = (
                    membership.consolidation_method_manual
                    or ownership.consolidation_method(
                        control,
                        is_parent=membership.company_id == cluster.parent_company_id,
                    )
                )
                if method == ownership.EQUITY:
                    interest = control
                if method != ownership.NONE:
                    members[membership.company_id] = (
                        method,
                        interest,
                        membership.date_start,
                        membership in left and membership.date_end,
                    )
        return members

    def _acquisitions(self, members):
        """{company: consolidation.acquisition}, the latest acquisition of
        each member up to the end of the period."""
        records = self.env["consolidation.acquisition"].search(
            [
                ("cluster_id", "=", self.cluster_id.id),
                ("member_id", "in", [company.id for company in members]),
                ("date", "<=", self.date_to),
            ],
            order="date desc",
        )
        result = {}
        for record in records:
            result.setdefault(record.member_id, record)
        return result

    def _window_start(self):
        """The first day whose results are the run's profit or loss: the
        period's, or the fiscal year's for a year-to-date run."""
        if not self.year_to_date:
            return self.date_from
        return self.company_id.compute_fiscalyear_dates(self.date_to)["date_from"]

    def _fiscal_year_shift(self):
        """Months to add to a date for its calendar year to be the year in
        which its fiscal year ends."""
        return 12 - int(self.company_id.fiscalyear_last_month or 12)

    def _year_buckets(self, first_day):
        """The first days of the fiscal years from the one of ``first_day`` to
        the run's window, then the window's first day: the thresholds that
        sort a day into its bucket in SQL (``width_bucket``), and the label of
        each bucket ("2025" for the fiscal year ending in 2025, "period" for
        the window; bucket 0, before the first threshold, never happens)."""
        start = self._window_start()
        shift = relativedelta(months=self._fiscal_year_shift())
        thresholds, labels = [], [None]
        if first_day and first_day < start:
            for year in range((first_day + shift).year, (start + shift).year + 1):
                year_start = date(year, 1, 1) - shift
                if year_start < start:
                    thresholds.append(year_start)
                    labels.append(str(year))
        return [*thresholds, start], [*labels, "period"]

    def _balance_rows(self, companies, acquisitions, disposals):
        """Balances per company, account, intercompany counterpart (the
        partner of another member, else NULL) and bucket label: "pre" up to
        the member's acquisition, the year of an earlier fiscal year, or
        "period" for the run's window. With them, the amount in the cluster's
        currency for the items made in it, and how many items were made in
        another. One pass over the journal items, no join: what the account
        and the partner mean is sorted out on the grouped rows, and the
        buckets are days compared with constants."""
        self.env["account.move.line"].flush_model(
            [
                "company_id",
                "account_id",
                "partner_id",
                "date",
                "balance",
                "amount_currency",
                "currency_id",
                "parent_state",
            ]
        )
        cr = self.env.cr
        # SQL: an expression of the run's last day, for the query below,
        # fenced by ``companies``
        end = SQL("%s::date", self.date_to)
        if disposals:
            # members that left are consolidated up to the day they left
            # SQL: an expression of the members' disposal days (constants), for
            # the query below, fenced by ``companies``
            end = SQL(
                "CASE company_id %s ELSE %s END",
                SQL(" ").join(
                    SQL("WHEN %s THEN %s::date", company.id, day)
                    for company, day in disposals.items()
                ),
                end,
            )
        # SQL: fenced by ``companies``, the members whose figures the user
        # may read or that approved this consolidation (see the caller); the
        # earliest day only sets where the fiscal years start (the index on
        # the date finds it)
        cr.execute(
            SQL(
                """
                SELECT MIN(date) FROM account_move_line
                 WHERE parent_state = 'posted' AND company_id = ANY(%s)
                """,
                companies.ids,
            )
        )
        thresholds, labels = self._year_buckets(cr.fetchone()[0])
        # SQL: an expression of the fiscal years' first days (constants), for
        # the query below, fenced by ``companies``
        bucket = SQL("width_bucket(date, %s::date[])", thresholds)
        if acquisitions:
            # SQL: an expression of the members' acquisition days (constants)
            bucket = SQL(
                "CASE WHEN date <= CASE company_id %s END THEN -1 ELSE %s END",
                SQL(" ").join(
                    SQL("WHEN %s THEN %s::date", company.id, record.date)
                    for company, record in acquisitions.items()
                ),
                bucket,
            )
        # The groups are at most members x accounts x counterparts x buckets,
        # a few thousand however many items there are; PostgreSQL cannot
        # know it (it counts the distinct partners and days the keys are
        # computed from) and would sort every item to group them instead of
        # hashing them, several times slower. Sorting is off for this query
        # only.
        # SQL: the session's own planner setting, read then set for this
        # transaction only (set_config(..., true)); no table is read
        cr.execute("SELECT current_setting('enable_sort')")
        (enable_sort,) = cr.fetchone()
        cr.execute("SELECT set_config('enable_sort', 'off', true)")
        # SQL: fenced by ``companies`` as above
        cr.execute(
            SQL(
                """
                SELECT company_id, account_id,
                       CASE WHEN partner_id = ANY(%(partners)s) THEN partner_id END,
                       %(bucket)s,
                       SUM(balance),
                       SUM(amount_currency) FILTER (WHERE currency_id = %(currency)s),
                       COUNT(*) FILTER (WHERE currency_id != %(currency)s)
                  FROM account_move_line
                 WHERE parent_state = 'posted'
                   AND company_id = ANY(%(companies)s)
                   AND date <= %(end)s
                 GROUP BY 1, 2, 3, 4
                """,
                partners=companies.partner_id.ids,
                companies=companies.ids,
                bucket=bucket,
                currency=self.currency_id.id,
                end=end,
            )
        )
        rows = cr.fetchall()
        # SQL: the planner setting put back as it was; no table is read
        cr.execute(SQL("SELECT set_config('enable_sort', %s, true)", enable_sort))
        return [
            (*row[:3], "pre" if row[3] < 0 else labels[row[3]], *row[4:])
            for row in rows
        ]

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
        missing = [
            label
            for role, label in labels
            if role in REQUIRED_ROLES and role not in roles
        ]
        if missing:
            raise UserError(self._missing_roles_message(missing))
        return roles

    def _missing_roles_message(self, labels):
        return self.env._(
            "The consolidation chart of %(cluster)s lacks an account for: %(roles)s.",
            cluster=self.cluster_id.name,
            roles=", ".join(labels),
        )

    def _never_eliminated(self, companies):
        """Ids of the members' accounts whose items are never intercompany
        items, whatever their partner: bank and cash, outstanding payments
        and receipts, realised exchange differences (IAS 21.45 keeps these
        in profit or loss)."""
        # sudo: the settings and payment methods of the fenced companies,
        # account ids only
        companies = companies.sudo()
        outstanding = (
            self.env["account.payment.method.line"]
            .sudo()
            .search([("journal_id.company_id", "in", companies.ids)])
            .payment_account_id
        )
        accounts = (
            companies.income_currency_exchange_account_id
            | companies.expense_currency_exchange_account_id
            | outstanding
        )
        return set(accounts.ids)

    def _mapped_balances(self, companies, roles, acquisitions=None, disposals=None):
        """([engine.Balance], [unmapped (company id, account id, code, amount)]):
        the members' balances mapped onto the chart and sorted into the
        engine's buckets (see lib/engine.py)."""
        acquisitions = acquisitions or {}
        companies = self._consolidable(companies)
        # SQL: the journal items of ``companies`` only, fenced just above to
        # the members whose figures the user may consolidate (their books,
        # or members that approved the consolidating company)
        raw = self._balance_rows(
            companies,
            {c: a for c, a in acquisitions.items() if c in companies},
            {c: day for c, day in (disposals or {}).items() if c in companies},
        )
        company_of_partner = {
            company.partner_id.id: company.id for company in companies
        }
        # sudo: the accounts of the fenced companies' journal items, whose
        # books the user need not read (codes and types only)
        Account = self.env["account.account"].sudo()
        accounts = Account.browse({row[1] for row in raw})
        group_of = {account.id: account.internal_group for account in accounts}
        never = self._never_eliminated(companies) | set(
            accounts.filtered(
                lambda a: a.account_type in ("asset_cash", "liability_credit_card")
            ).ids
        )
        acquired = {company.id for company in acquisitions}
        grouped = {}
        for (
            company_id,
            account_id,
            partner_id,
            label,
            amount,
            in_cluster,
            others,
        ) in raw:
            partner_company = company_of_partner.get(partner_id)
            if partner_company == company_id or account_id in never:
                partner_company = None
            group = group_of[account_id]
            if group in ("asset", "liability", "off_balance"):
                # the balance sheet carries its whole history, at closing
                bucket, rate_type = engine.PERIOD, None
            elif label == "pre":
                bucket, rate_type = engine.PRE, "historical"
            elif group == "equity":
                if company_id not in acquired:
                    # no acquisition record: at the chart's (historical) rate
                    bucket, rate_type = engine.PERIOD, None
                else:
                    # post-acquisition equity movements (dividends declared,
                    # capital raised): at their period's or year's average
                    bucket = engine.PERIOD
                    rate_type = "average" if label == "period" else ("year", int(label))
            elif label == "period":
                bucket, rate_type = engine.PERIOD, None
            else:
                bucket, rate_type = engine.PRIOR, ("year", int(label))
            key = (company_id, account_id, partner_company, bucket, rate_type)
            total, amount_in, known = grouped.get(key, (0.0, 0.0, True))
            grouped[key] = (
                total + amount,
                amount_in + (in_cluster or 0.0),
                known and not others,
            )
        # an account's code depends on the company reading it
        codes = {}
        for company_id in {key[0] for key in grouped}:
            account_ids = {key[1] for key in grouped if key[0] == company_id}
            for account in Account.browse(account_ids).with_company(company_id):
                codes[company_id, account.id] = account.code or ""
        resolve = self.env["consolidation.mapping"]._resolver(self.cluster_id)
        Company = self.env["res.company"]
        balances, unmapped = [], []
        for key, (amount, in_cluster, known) in grouped.items():
            company_id, account_id, partner_company_id, bucket, rate_type = key
            if self.currency_id.is_zero(amount):
                continue
            code = codes[company_id, account_id]
            target = resolve(company_id, account_id, code)
            if not target:
                unmapped.append((company_id, account_id, code, amount))
                continue
            if (
                group_of[account_id] in ("income", "expense")
                and bucket != engine.PERIOD
            ):
                target = roles["retained"]
            nature = target.ic_nature if partner_company_id else None
            balances.append(
                engine.Balance(
                    company=Company.browse(company_id),
                    member_account=account_id,
                    account=target,
                    section=target.section,
                    rate_type=rate_type or target.rate_type,
                    amount=amount,
                    partner_company=partner_company_id
                    and Company.browse(partner_company_id),
                    bucket=bucket,
                    nature=None if nature == "none" else nature,
                    at_transaction_rates=in_cluster if known else None,
                )
            )
        return balances, unmapped

    def _balances(self, companies, roles, acquisitions, disposals):
        balances, unmapped = self._mapped_balances(
            companies, roles, acquisitions, disposals
        )
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

    def _fiscal_year_days(self, year, after, before):
        """The days of the fiscal year ending in ``year`` from ``after`` to
        ``before``, both included."""
        end_month = int(self.company_id.fiscalyear_last_month or 12)
        end = date(year, end_month, 1) + relativedelta(months=1, days=-1)
        start = end - relativedelta(years=1) + timedelta(days=1)
        return _days(max(start, after), min(end, before))

    def _rates(self, members, acquisitions, years):
        """{company: {rate type: factor}} from each member's currency to the
        cluster's: closing on the last day; average of the daily rates over
        the days of the window it was a member; historical on the day it was
        acquired (or joined, without an acquisition record); and, for each
        earlier fiscal year whose results it brings, that year's average
        (``("year", year)``)."""
        target = self.currency_id
        target_rate = self._rate_lookup(target)
        start = self._window_start()
        lookups, averages, result = {}, {}, {}

        def average(source, days):
            # members in one currency share their averages over the same days
            key = (source, days[0], days[-1])
            if key not in averages:
                factor = lookups[source]
                averages[key] = sum(factor(day) for day in days) / len(days)
            return averages[key]

        for company, (_method, _interest, joined, left) in members.items():
            source = company.currency_id
            acquisition = acquisitions.get(company)
            end = left or self.date_to
            since = acquisition.date if acquisition else joined
            if source == target:
                result[company] = dict.fromkeys(
                    ("closing", "average", "historical"), 1.0
                ) | {("year", year): 1.0 for year in years.get(company, ())}
                continue
            if source not in lookups:
                source_rate = self._rate_lookup(source)

                def factor(day, source_rate=source_rate):
                    return target_rate(day) / source_rate(day)

                lookups[source] = factor
            factor = lookups[source]
            days = _days(max(start, since + timedelta(days=1)), end) or [end]
            rates = {
                # for a member that left: its balances on the day it left
                "closing": factor(end),
                "average": average(source, days),
                "historical": factor(since),
            }
            for year in years.get(company, ()):
                year_days = self._fiscal_year_days(
                    year, since + timedelta(days=1), start - timedelta(days=1)
                ) or [since]
                rates["year", year] = average(source, year_days)
            result[company] = rates
        return result

    def _stale_rates(self, members):
        """Warnings for the currencies whose latest rate on the last day of
        the period is older than the period: the closing rate is stale."""
        warnings = []
        head = self.company_id
        currencies = self.env["res.currency"].union(
            *(company.currency_id for company in members)
        )
        for currency in currencies - self.currency_id:
            # sudo: the consolidating company's own rates, as _rate_lookup
            latest = (
                self.env["res.currency.rate"]
                .sudo()
                .search(
                    [
                        ("currency_id", "=", currency.id),
                        ("company_id", "in", [head.root_id.id, False]),
                        ("name", "<=", self.date_to),
                    ],
                    order="name desc",
                    limit=1,
                )
            )
            if latest and latest.name < self.date_from:
                warnings.append(
                    self.env._(
                        "The closing rate of %(currency)s is of %(date)s, before "
                        "the period: add the rate of %(end)s to the rates of "
                        "%(company)s and run again.",
                        currency=currency.name,
                        date=format_date(self.env, latest.name),
                        end=format_date(self.env, self.date_to),
                        company=head.name,
                    )
                )
        return warnings

    def _rate_swings(self, members):
        """Warnings for the currencies whose rate against the cluster's moved
        by more than the cluster's threshold within the period."""
        threshold = self.cluster_id.consolidation_rate_threshold
        if threshold <= 0:
            return []
        target_rate = self._rate_lookup(self.currency_id)
        # the days each currency is a member's within the period
        days = {}
        for company, (_method, _interest, joined, left) in members.items():
            days.setdefault(company.currency_id, set()).update(
                _days(
                    max(self.date_from, joined or self.date_from), left or self.date_to
                )
            )
        warnings = []
        for currency, currency_days in days.items():
            if currency == self.currency_id:
                continue
            source_rate = self._rate_lookup(currency)
            swing = controls.rate_swing(
                [target_rate(day) / source_rate(day) for day in sorted(currency_days)]
            )
            if swing * 100 > threshold:
                moved, limit = f"{swing * 100:.1f}", f"{threshold:g}"
                warnings.append(
                    self.env._(
                        "The rate of %(currency)s moved by %(swing)s%% within the "
                        "period, more than the %(threshold)s%% set on the "
                        "cluster: its average rate may not reflect the period's "
                        "transactions.",
                        currency=currency.name,
                        swing=moved,
                        threshold=limit,
                    )
                )
        return warnings

    def _unremeasured(self, companies, rates):
        """Warnings for the open intercompany items in a foreign currency
        that a member did not remeasure at the closing rate in its books
        (IAS 21.23(a)): per member, partner, account and currency, the
        balance in the member's currency against the amount in the foreign
        currency at the member's own rate of the run's last day, beyond the
        cluster's tolerance (the difference in the cluster's currency)."""
        companies = self._consolidable(companies)
        # SQL: the items of ``companies``, fenced just above to the members
        # whose figures the user may consolidate, with another member as
        # partner
        self.env.cr.execute(
            SQL(
                """
                SELECT l.company_id, l.account_id, l.partner_id, l.currency_id,
                       SUM(l.balance), SUM(l.amount_currency)
                  FROM account_move_line l
                  JOIN account_account a ON a.id = l.account_id
                  JOIN res_company c ON c.id = l.company_id
                 WHERE l.parent_state = 'posted'
                   AND l.company_id = ANY(%(companies)s)
                   AND l.partner_id = ANY(%(partners)s)
                   AND l.partner_id != c.partner_id
                   AND l.currency_id != c.currency_id
                   AND l.date <= %(end)s
                   AND split_part(a.account_type, '_', 1) IN ('asset', 'liability')
                   AND a.account_type NOT IN ('asset_cash', 'liability_credit_card')
                   AND NOT l.account_id = ANY(%(never)s)
                 GROUP BY 1, 2, 3, 4
                """,
                companies=companies.ids,
                partners=companies.partner_id.ids,
                end=self.date_to,
                never=list(self._never_eliminated(companies)),
            )
        )
        rows = self.env.cr.fetchall()
        tolerance = self.cluster_id.consolidation_mismatch_tolerance
        Company = self.env["res.company"]
        # sudo: the members' own rates and accounts, of members fenced above
        Currency = self.env["res.currency"].sudo()
        Account = self.env["account.account"].sudo()
        partners = {company.partner_id.id: company for company in companies}
        warnings = []
        for company_id, account_id, partner_id, currency_id, balance, amount in rows:
            # sudo: the rates of a member fenced by ``_consolidable`` (the caller),
            # which the user may not read in her own company's context
            company = Company.browse(company_id)
            currency = Currency.browse(currency_id)
            rate = Currency._get_conversion_rate(
                currency, company.currency_id, company.sudo(), self.date_to
            )
            gap = controls.remeasurement_gap(balance, amount, rate)
            closing = rates.get(company, {}).get("closing", 1.0)
            if self.currency_id.compare_amounts(abs(gap * closing), tolerance) <= 0:
                continue
            warnings.append(
                self.env._(
                    "%(member)s has not remeasured at the closing rate its open "
                    "%(currency)s balance with %(partner)s on %(account)s: "
                    "%(balance)s in its books, %(expected)s at the rate of "
                    "%(date)s, a difference of %(gap)s (IAS 21.23).",
                    member=company.name,
                    currency=currency.name,
                    partner=partners[partner_id].name,
                    account=Account.browse(account_id)
                    .with_company(company)
                    .display_name,
                    balance=company.currency_id.format(balance),
                    expected=company.currency_id.format(amount * rate),
                    date=format_date(self.env, self.date_to),
                    gap=company.currency_id.format(gap),
                )
            )
        return warnings

    # Actions -----------------------------------------------------------------

    def _previous_locked(self):
        """The locked run of the cluster that ends the day before this one's
        window starts: this run's opening figures are its closing ones."""
        return self.search(
            [
                ("cluster_id", "=", self.cluster_id.id),
                ("state", "=", "locked"),
                ("date_to", "=", self._window_start() - timedelta(days=1)),
                ("id", "!=", self.id),
            ],
            order="id desc",
            limit=1,
        )

    def _openings(self, opening_run):
        """{company: post-acquisition results brought forward, in the
        cluster's currency}, from the closing figures of ``opening_run``."""
        if not opening_run:
            return {}
        groups = self.env["consolidation.run.line"]._read_group(
            [
                ("run_id", "=", opening_run.id),
                ("kind", "=", "contribution"),
                "|",
                ("bucket", "=", engine.PRIOR),
                "&",
                ("bucket", "=", engine.PERIOD),
                ("section", "in", ("income", "expense")),
            ],
            ["company_id"],
            ["translated:sum"],
        )
        return dict(groups)

    def _brought_forward(self, opening_run, roles):
        """The consolidation entries of earlier periods that stay in equity:
        the eliminated flows and dividends, their rate differences and
        mismatches, as ``opening_run`` left them (its results in retained
        earnings). Balances are eliminated again at each closing."""
        if not opening_run:
            return []
        groups = self.env["consolidation.run.line"]._read_group(
            [
                ("run_id", "=", opening_run.id),
                ("kind", "in", ("elimination", "mismatch", "carried")),
                ("nature", "!=", engine.BALANCE),
            ],
            ["company_id", "account_id"],
            ["amount:sum"],
        )
        carried = {}
        for company, account, amount in groups:
            if account.section in ("income", "expense"):
                account = roles["retained"]
            key = (company, account)
            carried[key] = carried.get(key, 0.0) + amount
        return [
            engine.Line(
                company, account, "carried", amount=self.currency_id.round(amount)
            )
            for (company, account), amount in carried.items()
            if not self.currency_id.is_zero(amount)
        ]

    def _engine_members(self, members, acquisitions, rates, roles, openings):
        """The engine's members, with their acquisition (the cost read from
        the holder's books) and opening figures."""
        resolve = self.env["consolidation.mapping"]._resolver(self.cluster_id)
        result, warnings = {}, []
        parent = self.company_id
        for company, (method, interest, _joined, left) in members.items():
            record = acquisitions.get(company)
            acquisition = None
            if record and record.holder_id in members:
                account = record.investment_account_id
                # sudo: the code of the holder's account, to map it
                code = account.sudo().with_company(record.holder_id).code or ""
                target = resolve(record.holder_id.id, account.id, code)
                if not target:
                    raise UserError(
                        self.env._(
                            "The investment account of %(acquisition)s maps "
                            "onto no account of the consolidation chart.",
                            acquisition=record.display_name,
                        )
                    )
                acquisition = engine.Acquisition(
                    holder=record.holder_id,
                    cost=self._acquisition_cost(record),
                    rate=rates[company]["historical"],
                    investment_account=target,
                    fair_values=tuple(
                        (fair_value.account_id, fair_value.amount)
                        for fair_value in record.fair_value_ids
                    ),
                )
            elif company != parent:
                warnings.append(
                    self.env._(
                        "%(member)s has no acquisition record: the investment in "
                        "it and its equity at acquisition are not eliminated.",
                        member=company.name,
                    )
                )
            changes = ()
            if acquisition and method == ownership.FULL:
                changes = self._interest_changes(
                    company, record, target, left, roles, resolve
                )
            result[company] = engine.Member(
                method,
                interest,
                acquisition,
                openings.get(company),
                bool(left),
                changes,
            )
        return result, warnings

    def _interest_changes(self, company, record, target, left, roles, resolve):
        """The changes of the consolidating company's interest in
        ``company`` since its acquisition ``record`` while it kept control
        (IFRS 10.23, B96), from the cluster's dated holdings: on each day a
        holding changes the interest, the member's net assets in its books,
        its result of the run's window up to that day, the holder's
        investment movement since the day before, and the holder's gain or
        loss booked in the same entries (shares sold)."""
        end = left or self.date_to
        membership = self.cluster_id.membership_ids.filtered(
            lambda m: m.company_id == company
        )
        days = sorted(
            {
                link.date_start
                for link in self.cluster_id.ownership_ids
                if record.date < link.date_start <= end
            }
        )
        if not days:
            return ()
        holder = self._consolidable(record.holder_id)
        member = self._consolidable(company)
        start = self._window_start()
        target_rate = self._rate_lookup(self.currency_id)
        source_rate = self._rate_lookup(company.currency_id)
        control, before = membership._get_ownership_figures(record.date).get(
            company.id, (0.0, 0.0)
        )
        if ownership.consolidation_method(control) != ownership.FULL:
            # holdings recorded from a day after the acquisition's: the
            # interest at acquisition is the first one that gives control
            before = None
        changes, since = [], record.date
        for day in days:
            control, after = membership._get_ownership_figures(day).get(
                company.id, (0.0, 0.0)
            )
            if ownership.consolidation_method(control) != ownership.FULL:
                continue
            if before is None:
                before = after
                continue
            if abs(after - before) <= ownership.TOLERANCE:
                continue
            # SQL: the member's and the holder's items, both fenced just above
            # to companies whose figures the user may consolidate
            self.env.cr.execute(
                SQL(
                    """
                    SELECT SUM(balance) FILTER (
                               WHERE split_part(a.account_type, '_', 1)
                                     IN ('asset', 'liability')),
                           SUM(balance) FILTER (
                               WHERE split_part(a.account_type, '_', 1)
                                     IN ('income', 'expense')
                                 AND l.date >= %(start)s)
                      FROM account_move_line l
                      JOIN account_account a ON a.id = l.account_id
                     WHERE l.parent_state = 'posted'
                       AND l.company_id = ANY(%(member)s)
                       AND l.date <= %(day)s
                    """,
                    start=start,
                    member=member.ids,
                    day=day,
                )
            )
            net_assets, profit = self.env.cr.fetchone()
            # SQL: the holder's journal entries on its investment in the member,
            # fenced to the holder's companies (consolidable, as above)
            self.env.cr.execute(
                SQL(
                    """
                    SELECT l.account_id, SUM(l.balance)
                      FROM account_move_line l
                      JOIN account_account a ON a.id = l.account_id
                     WHERE l.move_id IN (
                               SELECT move_id FROM account_move_line
                                WHERE parent_state = 'posted'
                                  AND company_id = ANY(%(holder)s)
                                  AND account_id = %(account)s
                                  AND partner_id = %(partner)s
                                  AND date > %(since)s AND date <= %(day)s)
                       AND (l.account_id = %(account)s
                            OR split_part(a.account_type, '_', 1)
                               IN ('income', 'expense'))
                     GROUP BY l.account_id
                    """,
                    holder=holder.ids,
                    account=record.investment_account_id.id,
                    partner=company.partner_id.id,
                    since=since,
                    day=day,
                )
            )
            investment, gains = 0.0, []
            for account_id, amount in self.env.cr.fetchall():
                if account_id == record.investment_account_id.id:
                    investment = amount
                    continue
                # a gain of an earlier period is in the holder's retained
                # earnings already
                account = self.env["account.account"].browse(account_id)
                # sudo: the code of the holder's account, to map it
                code = account.sudo().with_company(record.holder_id).code or ""
                mapped = (
                    resolve(record.holder_id.id, account_id, code)
                    if day >= start
                    else roles["retained"]
                )
                if not mapped:
                    raise UserError(
                        self.env._(
                            "The gain or loss on the shares of %(member)s "
                            "sold on %(date)s is on an account that maps onto "
                            "no account of the consolidation chart.",
                            member=company.name,
                            date=format_date(self.env, day),
                        )
                    )
                gains.append((mapped, amount))
            changes.append(
                engine.InterestChange(
                    before=before,
                    after=after,
                    net_assets=net_assets or 0.0,
                    rate=target_rate(day) / source_rate(day),
                    holder=record.holder_id,
                    investment_account=target,
                    investment=investment,
                    gains=tuple(gains),
                    profit_before=(profit or 0.0) if day >= start else 0.0,
                )
            )
            before, since = after, day
        return tuple(changes)

    def _acquisition_cost(self, record):
        """The cost of an acquisition, from the holder's investment account on
        the acquisition date: the items whose partner is the member, or the
        whole account when none has it."""
        holder = self._consolidable(record.holder_id)
        # SQL: the holder's items on one account, the holder fenced just
        # above to a member whose figures the user may consolidate
        self.env.cr.execute(
            SQL(
                """
                SELECT SUM(balance) FILTER (WHERE partner_id = %(partner)s),
                       SUM(balance)
                  FROM account_move_line
                 WHERE parent_state = 'posted'
                   AND company_id = ANY(%(holder)s)
                   AND account_id = %(account)s
                   AND date <= %(date)s
                """,
                partner=record.member_id.partner_id.id,
                holder=holder.ids,
                account=record.investment_account_id.id,
                date=record.date,
            )
        )
        own, whole = self.env.cr.fetchone()
        return own if own is not None else (whole or 0.0)

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
            acquisitions = run._acquisitions(members)
            disposals = {
                company: left for company, (*_m, left) in members.items() if left
            }
            balances = run._balances(companies, roles, acquisitions, disposals)
            years = {}
            for balance in balances:
                if isinstance(balance.rate_type, tuple):
                    years.setdefault(balance.company, set()).add(balance.rate_type[1])
            rates = run._rates(members, acquisitions, years)
            opening_run = run._previous_locked()
            engine_members, warnings = run._engine_members(
                members, acquisitions, rates, roles, run._openings(opening_run)
            )
            try:
                lines = engine.consolidate(
                    balances,
                    engine_members,
                    rates,
                    roles,
                    rounding=run.currency_id.round,
                )
            except engine.MissingRole as error:
                labels = dict(
                    self.env["consolidation.account"]
                    ._fields["role"]
                    ._description_selection(self.env)
                )
                raise UserError(
                    run._missing_roles_message([labels[error.args[0]]])
                ) from error
            lines += run._brought_forward(opening_run, roles)
            run._store_acquisitions(acquisitions, engine_members, balances)
            approvals = self.env["consolidation.approval"]._approvals_by_company(
                run.company_id, companies
            )
            run._write_lines(lines, approvals)
            # the posted manual entries stay among the run's lines
            run.entry_ids.filtered(lambda e: e.state == "posted")._store_run_lines()
            run.write(
                {
                    "state": "done",
                    "opening_run_id": opening_run.id,
                    "warning": "\n".join(
                        warnings
                        + run._stale_rates(members)
                        + run._rate_swings(members)
                        + run._unremeasured(companies, rates)
                    )
                    or False,
                }
            )
        return True

    def _write_lines(self, lines, approvals):
        """Replace the run's lines by the engine's ``lines``, each stamped
        with the approval (by company) it was computed under, for the rules.
        They are inserted in batches of one statement each: the ORM's create
        prepares each value of each line (the currency of every amount, the
        related code and section), which took longer than the consolidation
        itself. The values are the ORM's: amounts rounded to their currency,
        rates and weights to their digits, related fields written out."""
        # sudo: lines are computed, never typed, so users only read them;
        # they hold the figures of the companies fenced by the caller
        Line = self.env["consolidation.run.line"].sudo()
        Line.search([("run_id", "=", self.id)]).unlink()
        Line.flush_model()
        fields = Line._fields
        rate_digits = fields["rate"].get_digits(self.env)[1]
        weight_digits = fields["weight"].get_digits(self.env)[1]

        def money(currency, amount):
            if not currency:
                return float(amount or 0.0)
            return float_repr(currency.round(amount or 0.0), currency.decimal_places)

        def digits(value, scale):
            return float_repr(float_round(value or 0.0, precision_digits=scale), scale)

        # the lines' members, currencies and accounts read at once, not line
        # by line
        companies = self.env["res.company"].union(*(line.company for line in lines))
        companies.currency_id.fetch(["rounding", "decimal_places"])
        self.env["consolidation.account"].union(
            *(line.account for line in lines)
        ).fetch(["code", "section"])
        no_approval = self.env["consolidation.approval"]
        uid, now = self.env.uid, self.env.cr.now()
        # SQL: the values of the run's own lines, inserted below
        rows = (
            SQL(
                "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
                "%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                self.id,
                line.company.id or None,
                approvals.get(line.company, no_approval).id or None,
                line.account.id,
                line.account.code or None,
                line.account.section or None,
                line.kind,
                line.bucket or None,
                line.nature or None,
                line.member_account or None,
                line.partner_company.id if line.partner_company else None,
                money(line.company.currency_id, line.balance),
                digits(line.rate, rate_digits),
                money(self.currency_id, line.translated),
                digits(line.weight, weight_digits),
                money(self.currency_id, line.amount),
                uid,
                now,
                uid,
                now,
            )
            for line in lines
        )
        # SQL: the run's own lines, computed above from the fenced companies
        for batch in split_every(1000, rows, list):
            self.env.cr.execute(
                SQL(
                    """
                    INSERT INTO consolidation_run_line
                        (run_id, company_id, approval_id, account_id, account_code,
                         section, kind, bucket, nature, member_account_id,
                         partner_company_id, balance, rate, translated, weight,
                         amount, create_uid, create_date, write_uid, write_date)
                    VALUES %s
                    """,
                    SQL(", ").join(batch),
                )
            )
        Line.invalidate_model()
        self.invalidate_recordset(["line_ids"])

    def _store_acquisitions(self, acquisitions, members, balances):
        """Keep on each acquisition record the cost, net assets and goodwill
        the run found, for the accountant to check against the books."""
        for company, record in acquisitions.items():
            acquisition = members[company].acquisition
            if not acquisition:
                continue
            net_assets = -sum(
                balance.amount
                for balance in balances
                if balance.company == company and balance.bucket == engine.PRE
            )
            fair_value = sum(amount for _account, amount in acquisition.fair_values)
            record.write(
                {
                    "cost": acquisition.cost,
                    "net_assets": net_assets,
                    "goodwill": acquisition.cost / acquisition.rate
                    - engine.acquisition_interest(members[company])
                    * (net_assets + fair_value),
                }
            )

    def action_lock(self):
        self.filtered(lambda r: r.state == "done").state = "locked"

    def action_unlock(self):
        self.filtered(lambda r: r.state == "locked").state = "done"

    @api.ondelete(at_uninstall=False)
    def _unlink_except_locked(self):
        if any(run.state == "locked" for run in self):
            raise UserError(self.env._("A locked consolidation cannot be deleted."))

    def action_compare_previous(self):
        """Run the previous period of the same length (once) and show this
        run's statements with it beside them, never the two added up."""
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
        return self.action_view_statements()

    def _statement_labels(self):
        """The statements' fixed lines in the reader's language, by the keys
        of lib.statements.LABELS."""
        return {
            "asset": self.env._("Assets"),
            "equity": self.env._("Equity"),
            "liability": self.env._("Liabilities"),
            "income": self.env._("Income"),
            "expense": self.env._("Expenses"),
            "total_asset": self.env._("Total assets"),
            "total_equity": self.env._("Total equity"),
            "total_liability": self.env._("Total liabilities"),
            "total_equity_liability": self.env._("Total equity and liabilities"),
            "total_income": self.env._("Total income"),
            "total_expense": self.env._("Total expenses"),
            "result": self.env._("Result of the period"),
            "net_result": self.env._("Net result"),
            "owners": self.env._("Attributable to owners of the parent"),
            "minority": self.env._("Attributable to minority interests"),
            "reclassified": self.env._(
                "Items that may be reclassified to profit or loss"
            ),
            "oci": self.env._("Other comprehensive income"),
            "total_ci": self.env._("Total comprehensive income"),
        }

    def _account_balances(self):
        """{consolidation account id: consolidated balance} of this run
        alone; refused when some of its lines are no longer the user's to
        read, rather than statements that silently leave figures out."""
        if not self:
            return {}
        Line = self.env["consolidation.run.line"]
        domain = [("run_id", "=", self.id)]
        # sudo: only counts the run's lines, to compare with what the user reads
        if Line.sudo().search_count(domain) != Line.search_count(domain):
            raise UserError(
                self.env._(
                    "Some figures of %(run)s are no longer yours to read (a "
                    "member withdrew its approval): run the consolidation again.",
                    run=self.name,
                )
            )
        return {
            account.id: amount
            for account, amount in Line._read_group(
                domain, ["account_id"], ["amount:sum"]
            )
        }

    def _statements(self):
        """This run's consolidated statements, each row with the compared
        run's figure and the variance: {"balance_sheet", "profit_or_loss",
        "oci": [lib.statements.Row], "equity": [(label, opening, result,
        oci, other, closing)]}, labels in the reader's language."""
        self.ensure_one()
        chart = self.env["consolidation.account"].search(
            [("cluster_id", "=", self.cluster_id.id)]
        )
        accounts = [
            statements.Account(a.id, a.code, a.name, a.section, a.role or None)
            for a in chart
        ]
        now = self._account_balances()
        previous = self.previous_run_id
        before = previous._account_balances()
        earlier = previous.previous_run_id._account_balances() if previous else {}
        labels = self._statement_labels()

        def translate(rows):
            return [
                replace(row, label=labels[row.label]) if row.label in labels else row
                for row in rows
            ]

        return {
            "balance_sheet": translate(statements.balance_sheet(accounts, now, before)),
            "profit_or_loss": translate(
                statements.profit_or_loss(accounts, now, before)
            ),
            "oci": translate(
                statements.other_comprehensive_income(accounts, now, before, earlier)
            ),
            "equity": [
                (labels.get(row[0], row[0]), *row[2:])
                for row in statements.changes_in_equity(accounts, now, before)
            ],
        }

    def action_view_entries(self):
        """The run's manual entries; a new one is for this run."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cluster_consolidation.action_consolidation_entry"
        )
        action["domain"] = [("run_id", "=", self.id)]
        action["context"] = {"default_run_id": self.id, "default_date": self.date_to}
        return action

    def action_view_lines(self):
        """The lines behind the run's statements: by account, then member."""
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "cluster_consolidation.action_consolidation_run_line"
        )
        action["domain"] = [("run_id", "in", self.ids)]
        return action

    def action_view_statements(self):
        """The run's statements on screen, one line each, the compared run's
        figures beside them; a line opens on to the members' amounts."""
        self.ensure_one()
        statements = self._statements()
        titles = dict(
            self.env["consolidation.statement.line"]
            ._fields["statement"]
            ._description_selection(self.env)
        )
        rows = []
        for statement in ("balance_sheet", "profit_or_loss", "oci"):
            rows.append(
                {"statement": statement, "kind": "title", "name": titles[statement]}
            )
            rows += [
                {
                    "statement": statement,
                    "kind": row.kind,
                    "name": row.label,
                    "account_id": row.account_id,
                    "amount": row.amount or 0.0,
                    "previous": row.previous or 0.0,
                    "variance": row.variance or 0.0,
                    "variance_percent": row.variance_percent or 0.0,
                }
                for row in statements[statement]
            ]
        # sudo: the rows are computed from the run's lines, all of which the
        # user reads (_statements refuses otherwise); the read rule keeps
        # them to the consolidating company's cluster accountants
        Line = self.env["consolidation.statement.line"].sudo()
        Line.search(
            [("run_id", "=", self.id), ("create_uid", "=", self.env.uid)]
        ).unlink()
        Line.create(
            [
                {**row, "run_id": self.id, "sequence": sequence}
                for sequence, row in enumerate(rows)
            ]
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Statements: %(run)s", run=self.name),
            "res_model": "consolidation.statement.line",
            "view_mode": "list",
            "views": [(False, "list")],
            "domain": [("run_id", "=", self.id), ("create_uid", "=", self.env.uid)],
            "context": {"create": False},
        }

    @api.model
    def action_latest_statements(self):
        """The menu's statements: those of the latest computed run the user
        reads, one run at a time (the lines of several runs never add up);
        the list of runs when none is computed yet."""
        run = self.search([("state", "!=", "draft")], limit=1)
        if not run:
            return self.env["ir.actions.act_window"]._for_xml_id(
                "cluster_consolidation.action_consolidation_run"
            )
        return run.action_view_statements()
