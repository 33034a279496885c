from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare

from odoo.addons.base.models.res_partner import _tz_get

FREQUENCY_MONTHS = {"monthly": 1, "quarterly": 3}


class StaffAgreement(models.Model):
    """One person employed by several member companies: who employs her, whom
    she works for, and how her cost is shared."""

    _name = "cluster.staff.agreement"
    _description = "Staff Sharing Agreement"
    _inherit = ["mail.thread"]
    _order = "name"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company",
        string="Employer of Record",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
        help="Company that employs and pays the person, and recharges the "
        "others their share.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Shared Person",
        required=True,
        index=True,
        tracking=True,
        help="The user whose time and activity are shared. She needs an "
        "employee record in each company served.",
    )
    member_ids = fields.One2many(
        "cluster.staff.agreement.member",
        "agreement_id",
        string="Companies Served",
        copy=True,
    )
    member_company_ids = fields.Many2many(
        "res.company",
        compute="_compute_member_company_ids",
        search="_search_member_company_ids",
        string="Member Companies",
    )
    allocation_method = fields.Selection(
        [
            ("time", "By Time Logged"),
            ("keys", "By Fixed Keys"),
            ("mixed", "Fixed Base plus Time"),
        ],
        required=True,
        default="time",
        tracking=True,
        help="By time: each company pays in proportion to the hours logged on "
        "its projects. By keys: each company pays its agreed percentage. Mixed: "
        "the fixed base is shared by keys, the rest by time.",
    )
    fixed_percent = fields.Float(
        string="Fixed Base (%)",
        default=50.0,
        help="Part of the cost shared by keys under the mixed method; the rest "
        "follows the time logged.",
    )
    cost_ids = fields.One2many(
        "cluster.staff.cost", "agreement_id", string="Cost Basis", copy=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    recharge_frequency = fields.Selection(
        [("monthly", "Monthly"), ("quarterly", "Quarterly")],
        required=True,
        default="monthly",
        help="Period of the cost allocations and of the recharge invoices.",
    )
    report_frequency = fields.Selection(
        [("weekly", "Weekly"), ("monthly", "Monthly")],
        string="Report Digest",
        required=True,
        default="monthly",
        help="How often each employer's managers receive their activity report "
        "by mail.",
    )
    tz = fields.Selection(
        _tz_get,
        string="Timezone",
        required=True,
        default=lambda self: self.env.user.tz or "Europe/Paris",
        help="Days of the reports start and end at midnight in this timezone.",
    )
    report_count = fields.Integer(compute="_compute_counts")
    allocation_count = fields.Integer(compute="_compute_counts")

    _sql_constraints = [
        (
            "fixed_percent_range",
            "CHECK(fixed_percent >= 0 AND fixed_percent <= 100)",
            "The fixed base is a percentage between 0 and 100.",
        ),
    ]

    @api.depends("member_ids.company_id")
    def _compute_member_company_ids(self):
        for agreement in self:
            agreement.member_company_ids = agreement.member_ids.company_id

    def _search_member_company_ids(self, operator, value):
        return [("member_ids.company_id", operator, value)]

    def _compute_counts(self):
        reports = dict(
            self.env["cluster.staff.report"]._read_group(
                [("agreement_id", "in", self.ids)], ["agreement_id"], ["__count"]
            )
        )
        allocations = dict(
            self.env["cluster.staff.allocation"]._read_group(
                [("agreement_id", "in", self.ids)], ["agreement_id"], ["__count"]
            )
        )
        for agreement in self:
            agreement.report_count = reports.get(agreement, 0)
            agreement.allocation_count = allocations.get(agreement, 0)

    @api.constrains("allocation_method", "member_ids")
    def _check_keys(self):
        for agreement in self:
            if agreement.allocation_method == "time":
                continue
            total = sum(agreement.member_ids.mapped("key_percent"))
            if float_compare(total, 100.0, precision_digits=2):
                raise ValidationError(
                    self.env._(
                        "The keys of agreement %(agreement)s add up to %(total)s %%;"
                        " they must add up to 100 %%.",
                        agreement=agreement.name,
                        total=round(total, 2),
                    )
                )

    @api.constrains("user_id", "member_ids")
    def _check_employees(self):
        for agreement in self:
            missing = agreement.member_ids.filtered(lambda m: not m.employee_id)
            if missing:
                raise ValidationError(
                    self.env._(
                        "%(person)s has no employee record in %(companies)s. Create "
                        "it in each company served before sharing her.",
                        person=agreement.user_id.name,
                        companies=", ".join(missing.company_id.mapped("name")),
                    )
                )

    # Periods -------------------------------------------------------------

    def _last_closed_period(self, frequency, today=None):
        """(first day, last day) of the last whole week, month or quarter
        before ``today``."""
        today = today or fields.Date.context_today(self)
        if frequency == "weekly":
            start = today - relativedelta(days=today.weekday() + 7)
            return start, start + relativedelta(days=6)
        months = FREQUENCY_MONTHS[frequency]
        this_period = today.replace(
            month=(today.month - 1) // months * months + 1, day=1
        )
        start = this_period - relativedelta(months=months)
        return start, this_period - relativedelta(days=1)

    # Actions ---------------------------------------------------------------

    def _action_of_agreements(self, xmlid):
        """The window action ``xmlid`` on the records of these agreements."""
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = [("agreement_id", "in", self.ids)]
        action["context"] = {"default_agreement_id": self.id}
        return action

    def action_view_reports(self):
        return self._action_of_agreements("cluster_shared_staff.action_staff_report")

    def action_view_allocations(self):
        return self._action_of_agreements(
            "cluster_shared_staff.action_staff_allocation"
        )

    def action_allocate_last_period(self):
        """Allocate (or re-allocate) the last closed recharge period."""
        self.ensure_one()
        date_from, _date_to = self._last_closed_period(self.recharge_frequency)
        allocation = self.env["cluster.staff.allocation"].search(
            [("agreement_id", "=", self.id), ("date_from", "=", date_from)]
        ) or self.env["cluster.staff.allocation"].create(
            {"agreement_id": self.id, "date_from": date_from}
        )
        allocation.action_compute()
        return {
            "type": "ir.actions.act_window",
            "res_model": "cluster.staff.allocation",
            "res_id": allocation.id,
            "view_mode": "form",
        }

    @api.model
    def _cron_send_reports(self):
        """Each employer's report of the last closed week or month, made and
        mailed once: a report already sent is never sent again."""
        for agreement in self.search([("member_ids.manager_ids", "!=", False)]):
            date_from, date_to = agreement._last_closed_period(
                agreement.report_frequency
            )
            # Without recipients there is nobody to send to; the report is
            # still there to make by hand.
            for member in agreement.member_ids.filtered("manager_ids"):
                report = agreement._get_report(member.company_id, date_from, date_to)
                if report.state == "draft":
                    report.action_compute()
                    report.action_send()

    def _get_report(self, company, date_from, date_to):
        self.ensure_one()
        Report = self.env["cluster.staff.report"]
        return Report.search(
            [
                ("agreement_id", "=", self.id),
                ("company_id", "=", company.id),
                ("date_from", "=", date_from),
                ("date_to", "=", date_to),
            ]
        ) or Report.create(
            {
                "agreement_id": self.id,
                "company_id": company.id,
                "date_from": date_from,
                "date_to": date_to,
            }
        )

    def _member(self, company):
        member = self.member_ids.filtered(lambda m: m.company_id == company)
        if not member:
            raise UserError(
                self.env._(
                    "%(company)s is not served by agreement %(agreement)s.",
                    company=company.name,
                    agreement=self.name,
                )
            )
        return member


class StaffAgreementMember(models.Model):
    _name = "cluster.staff.agreement.member"
    _description = "Company Served by a Staff Sharing Agreement"
    _order = "agreement_id, sequence, id"

    agreement_id = fields.Many2one(
        "cluster.staff.agreement", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        help="A member company the shared person works for.",
    )
    key_percent = fields.Float(
        string="Key (%)",
        help="Agreed share of the cost under the keys and mixed methods.",
    )
    employee_id = fields.Many2one(
        "hr.employee",
        compute="_compute_employee_id",
        string="Employee Record",
        help="The shared person's employee record in this company.",
    )
    manager_ids = fields.Many2many(
        "res.users",
        string="Report Recipients",
        help="Managers of this company who receive its activity report. They "
        "only ever receive this company's part.",
    )

    _sql_constraints = [
        (
            "company_unique",
            "UNIQUE(agreement_id, company_id)",
            "A company is served only once by an agreement.",
        ),
        (
            "key_range",
            "CHECK(key_percent >= 0 AND key_percent <= 100)",
            "A key is a percentage between 0 and 100.",
        ),
    ]

    @api.depends("agreement_id.user_id", "company_id")
    def _compute_employee_id(self):
        # Employee files are HR data: the agreement only needs to know
        # whether the record exists, whoever looks at it.
        employees = (
            self.env["hr.employee"]
            .sudo()
            ._read_group(
                [
                    ("user_id", "in", self.agreement_id.user_id.ids),
                    ("company_id", "in", self.company_id.ids),
                ],
                ["user_id", "company_id"],
                ["id:min"],
            )
        )
        found = {(user.id, company.id): eid for user, company, eid in employees}
        for member in self:
            member.employee_id = found.get(
                (member.agreement_id.user_id.id, member.company_id.id), False
            )


class StaffCost(models.Model):
    _name = "cluster.staff.cost"
    _description = "Cost of a Shared Person"
    _order = "date_from desc"

    agreement_id = fields.Many2one(
        "cluster.staff.agreement", required=True, index=True, ondelete="cascade"
    )
    date_from = fields.Date(string="Valid From", required=True)
    date_to = fields.Date(string="Valid Until")
    basis = fields.Selection(
        [("monthly", "Monthly Cost"), ("hourly", "Hourly Cost")],
        required=True,
        default="monthly",
        help="Monthly: the full cost of each month. Hourly: the cost of each "
        "hour logged for the companies served.",
    )
    amount = fields.Monetary(
        required=True, help="Loaded cost: salary, charges and expenses."
    )
    currency_id = fields.Many2one(related="agreement_id.currency_id")

    _sql_constraints = [
        ("amount_positive", "CHECK(amount > 0)", "A cost is a positive amount."),
        (
            "dates_in_order",
            "CHECK(date_to IS NULL OR date_to >= date_from)",
            "A cost ends after it starts.",
        ),
    ]
