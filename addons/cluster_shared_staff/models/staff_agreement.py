# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import logging

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.base.models.res_partner import _tz_get
from odoo.addons.cluster_base.lib import periods

_logger = logging.getLogger(__name__)

FREQUENCY_MONTHS = {"monthly": 1, "quarterly": 3}
MEMBER_ADMIN_GROUP = "cluster_role.group_member_admin"
REPORT_READER_GROUP = "cluster_shared_staff.group_staff_user"
STAFF_MANAGER_GROUP = "cluster_shared_staff.group_staff_manager"


def companies_with_group(user, xmlid, companies):
    """The ``companies`` in which ``user`` holds the group ``xmlid`` through
    a role, and which are among the user's companies."""
    # sudo: another user's companies and roles, read only to check them
    # against ``companies``
    user = user.sudo()
    if user.share:
        return companies.browse()
    held = user._companies_with_group((xmlid,), companies.ids)
    return companies.browse(held) & user.company_ids


class StaffAgreement(models.Model):
    """One person employed by several member companies: who employs her, whom
    she works for, and how her cost is shared."""

    _name = "cluster.staff.agreement"
    _cluster_shared = (
        "The employer of record and the companies served read the terms they "
        "agreed on: who is shared, whom she serves and how her cost is split."
    )
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
    served_ids = fields.One2many(
        "cluster.staff.agreement.member",
        "agreement_id",
        string="Companies Served",
        copy=True,
    )
    served_company_ids = fields.Many2many(
        "res.company",
        compute="_compute_served_company_ids",
        search="_search_served_company_ids",
        string="Served Companies",
    )
    report_frequency = fields.Selection(
        [("weekly", "Weekly"), ("monthly", "Monthly")],
        string="Report Digest",
        required=True,
        default="monthly",
        help="How often the report recipients of each company served receive "
        "its activity report by e-mail.",
    )
    tz = fields.Selection(
        _tz_get,
        string="Timezone",
        required=True,
        default=lambda self: self.env.user.tz or "Europe/Paris",
        help="Days of the reports start and end at midnight in this timezone.",
    )
    report_count = fields.Integer(compute="_compute_report_count")
    is_employer = fields.Boolean(
        compute="_compute_is_employer",
        help="The current user runs this agreement for the employer of record.",
    )

    @api.depends("served_ids.company_id")
    def _compute_served_company_ids(self):
        for agreement in self:
            agreement.served_company_ids = agreement.served_ids.company_id

    def _search_served_company_ids(self, operator, value):
        return [("served_ids.company_id", operator, value)]

    def _compute_is_employer(self):
        user = self.env.user
        for agreement in self:
            agreement.is_employer = bool(
                companies_with_group(user, STAFF_MANAGER_GROUP, agreement.company_id)
            )

    def _count_by_agreement(self, model):
        """{agreement: count} of the records of ``model`` the user may read;
        empty for a user who may not read that model at all (the member
        administrator who confirms a company's participation)."""
        Model = self.env[model]
        if not Model.has_access("read"):
            return {}
        return dict(
            Model._read_group(
                [("agreement_id", "in", self.ids)], ["agreement_id"], ["__count"]
            )
        )

    def _compute_report_count(self):
        reports = self._count_by_agreement("cluster.staff.report")
        for agreement in self:
            agreement.report_count = reports.get(agreement, 0)

    def write(self, vals):
        """The employer of record never changes: the companies served
        confirmed their participation with this employer."""
        if "company_id" in vals and any(
            agreement.company_id.id != vals["company_id"] for agreement in self
        ):
            raise UserError(
                self.env._(
                    "The employer of record of an agreement cannot change. "
                    "Archive this agreement and make a new one."
                )
            )
        return super().write(vals)

    @api.constrains("user_id", "company_id")
    def _check_shared_person(self):
        for agreement in self:
            # sudo: the person's companies, only compared with the employer
            if agreement.company_id not in agreement.user_id.sudo().company_ids:
                raise ValidationError(
                    self.env._(
                        "The shared person must be a user of the employer of record."
                    )
                )

    @api.constrains("user_id", "served_ids")
    def _check_employees(self):
        for agreement in self:
            missing = agreement.served_ids.filtered(lambda m: not m.employee_id)
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
            return periods.last_closed_week(today)
        return periods.last_closed_period(today, FREQUENCY_MONTHS[frequency])

    # Actions ---------------------------------------------------------------

    def _action_of_agreements(self, xmlid):
        """The window action ``xmlid`` on the records of these agreements."""
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = [("agreement_id", "in", self.ids)]
        action["context"] = {"default_agreement_id": self.id}
        return action

    def action_view_reports(self):
        return self._action_of_agreements("cluster_shared_staff.action_staff_report")

    @api.model
    def _cron_send_reports(self):
        """Each employer's report of the last closed week or month, made and
        mailed once: a report already sent is never sent again.

        The job runs as superuser only to list the agreements; each report is
        then made and sent as one of its recipients, with that company alone
        allowed, so that it holds what she may read and nothing more."""
        # sudo: listing the agreements with confirmed companies to report to;
        # nothing of them is read or sent here
        agreements = self.sudo().search(
            [
                ("served_ids.state", "=", "confirmed"),
                ("served_ids.report_recipient_ids", "!=", False),
            ]
        )
        for agreement in agreements:
            date_from, date_to = agreement._last_closed_period(
                agreement.report_frequency
            )
            for served in agreement.served_ids.filtered(
                lambda m: m.state == "confirmed"
            ):
                # Without recipients there is nobody to send to; the report
                # is still there to make by hand.
                recipients = served._recipients()
                if recipients:
                    agreement._send_report_as(
                        recipients[0], served.company_id, date_from, date_to
                    )

    def _send_report_as(self, user, company, date_from, date_to):
        """Make and send the report of ``company`` as ``user``, one of its
        recipients, with ``company`` alone allowed. A report that cannot be
        made or sent stays a draft, and the others go on."""
        agreement = self.with_user(user).with_context(
            allowed_company_ids=company.ids, lang=user.lang
        )
        try:
            with self.env.cr.savepoint():
                report = agreement._get_report(company, date_from, date_to)
                if report.state == "draft":
                    report.action_compute()
                    report._send(notify_author=True)
        except (AccessError, UserError, ValidationError) as error:
            _logger.warning(
                "Staff report of agreement %s for company %s not sent: %s",
                self.id,
                company.id,
                error,
            )

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

    def _served_line(self, company):
        """The line of ``company``, which must have confirmed its
        participation. The messages name nothing: the company or the
        agreement may be one the user cannot read."""
        served = self.served_ids.filtered(lambda m: m.company_id == company)
        if not served:
            raise UserError(self.env._("This agreement does not serve this company."))
        if served.state != "confirmed":
            raise UserError(
                self.env._(
                    "This company has not confirmed its participation in the "
                    "agreement yet: a member administrator of the company "
                    "confirms it in Pooling, Staff Sharing."
                )
            )
        return served


class StaffAgreementServedCompany(models.Model):
    """A company served by an agreement. It takes part, gets its report and
    pays its share, only once one of its member administrators confirmed
    its participation; the employer of record takes part by making the
    agreement."""

    # The model's name predates the word "served": renaming it would rename
    # its table, access rights and XML ids in every database already installed.
    _name = "cluster.staff.agreement.member"
    _cluster_shared = (
        "The parties to an agreement read whom it serves, each company's key "
        "and whether it confirmed: the terms they agree on."
    )
    _description = "Company Served by a Staff Sharing Agreement"
    _order = "agreement_id, sequence, id"

    agreement_id = fields.Many2one(
        "cluster.staff.agreement", required=True, index=True, ondelete="cascade"
    )
    agreement_company_id = fields.Many2one(
        related="agreement_id.company_id", string="Employer of Record"
    )
    user_id = fields.Many2one(related="agreement_id.user_id", string="Shared Person")
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        help="A member company of the employer's cluster the shared person works for.",
    )
    state = fields.Selection(
        [("proposed", "Proposed"), ("confirmed", "Confirmed")],
        string="Participation",
        default="proposed",
        required=True,
        readonly=True,
        copy=False,
        help="Proposed: the company gets no report and pays nothing until one "
        "of its member administrators confirms its participation.",
    )
    confirmed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    confirmed_date = fields.Datetime(string="Confirmed On", readonly=True, copy=False)
    can_confirm = fields.Boolean(
        compute="_compute_can_confirm",
        help="The current user is a member administrator of this company.",
    )
    employee_id = fields.Many2one(
        "hr.employee",
        compute="_compute_employee_id",
        string="Employee Record",
        help="The shared person's employee record in this company.",
    )
    report_recipient_ids = fields.Many2many(
        "res.users",
        string="Report Recipients",
        help="Users of this company who may read its activity reports and "
        "receive them. They only ever receive this company's part.",
    )

    _sql_constraints = [
        (
            "company_unique",
            "UNIQUE(agreement_id, company_id)",
            "A company is served only once by an agreement.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        self._check_participation_untouched(vals_list)
        served = super().create(vals_list)
        served._confirm_employer()
        return served

    def write(self, vals):
        self._check_participation_untouched([vals])
        result = super().write(vals)
        if {"company_id", "agreement_id"} & set(vals):
            # sudo: only the participation of these lines, which the user
            # may write, goes back to proposed: another company or agreement
            # is to confirm again
            self.sudo().write(
                {"state": "proposed", "confirmed_by_id": False, "confirmed_date": False}
            )
            self._confirm_employer()
        return result

    def _check_participation_untouched(self, vals_list):
        if self.env.su:
            return
        if any(
            {"state", "confirmed_by_id", "confirmed_date"} & set(vals)
            for vals in vals_list
        ):
            raise AccessError(
                self.env._(
                    "Only a member administrator of a company served confirms "
                    "its participation, with the Confirm button."
                )
            )

    def _confirm_employer(self):
        """The employer of record takes part by making the agreement: its
        staff manager, whom the record rules let write it, is the one who
        confirms."""
        own = self.filtered(
            lambda m: (
                m.company_id == m.agreement_id.company_id and m.state != "confirmed"
            )
        )
        if own:
            # sudo: the employer's own line, written by its staff manager
            own.sudo().write(
                {
                    "state": "confirmed",
                    "confirmed_by_id": self.env.user.id,
                    "confirmed_date": fields.Datetime.now(),
                }
            )

    def _compute_can_confirm(self):
        user = self.env.user
        admin_of = companies_with_group(user, MEMBER_ADMIN_GROUP, self.company_id)
        for served in self:
            served.can_confirm = (
                served.state == "proposed" and served.company_id in admin_of
            )

    def action_confirm_participation(self):
        """A member administrator of the company served confirms that it
        takes part: from now on it gets its reports and pays its share."""
        user = self.env.user
        admin_of = companies_with_group(user, MEMBER_ADMIN_GROUP, self.company_id)
        if self.company_id - admin_of:
            raise AccessError(
                self.env._(
                    "Only a member administrator of the company served can "
                    "confirm its participation."
                )
            )
        to_confirm = self.filtered(lambda m: m.state == "proposed")
        # sudo: the member administrator confirms the lines of the companies
        # she administers (checked above) and nothing else
        to_confirm.sudo().write(
            {
                "state": "confirmed",
                "confirmed_by_id": user.id,
                "confirmed_date": fields.Datetime.now(),
            }
        )
        for served in to_confirm:
            # sudo: the agreement's own chatter, told which company confirmed
            served.agreement_id.sudo().message_post(
                body=self.env._(
                    "%(company)s confirmed its participation.",
                    company=served.company_id.name,
                ),
                author_id=user.partner_id.id,
            )
        return True

    @api.constrains("company_id", "agreement_id")
    def _check_company_in_cluster(self):
        for served in self:
            employer = served.agreement_id.company_id
            if served.company_id not in employer._get_cluster_companies():
                raise ValidationError(
                    self.env._(
                        "A company served must be a member of the employer of "
                        "record's cluster."
                    )
                )

    @api.constrains("report_recipient_ids", "company_id")
    def _check_recipients(self):
        for served in self:
            if served.report_recipient_ids - served._readers(
                served.report_recipient_ids
            ):
                raise ValidationError(
                    self.env._(
                        "The report recipients of a company served must be "
                        "internal users of that company who may read its "
                        "activity reports."
                    )
                )

    def _readers(self, users):
        """Those of ``users`` who may receive this company's report: its
        internal users who hold the report reader group there."""
        self.ensure_one()
        return users.filtered(
            # sudo: whether each user is internal, read only for this check
            lambda u: (
                not u.sudo().share
                and companies_with_group(u, REPORT_READER_GROUP, self.company_id)
            )
        )

    def _recipients(self):
        """The recipients who may still receive the report today: a recipient
        who lost her role or left the company is skipped."""
        self.ensure_one()
        return self._readers(self.report_recipient_ids)

    @api.depends("agreement_id.user_id", "company_id")
    def _compute_employee_id(self):
        domain = [
            ("user_id", "in", self.agreement_id.user_id.ids),
            ("company_id", "in", self.company_id.ids),
        ]
        # sudo: employee files are HR data; the agreement only needs to know
        # whether the person's record exists in each company served
        Employee = self.env["hr.employee"].sudo()
        employees = Employee._read_group(domain, ["user_id", "company_id"], ["id:min"])
        found = {(user.id, company.id): eid for user, company, eid in employees}
        for served in self:
            served.employee_id = found.get(
                (served.agreement_id.user_id.id, served.company_id.id), False
            )
