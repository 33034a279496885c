# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models

INTERACTION_TYPES = [
    ("call", "Call"),
    ("mail", "Mail"),
    ("meeting", "Meeting"),
    ("proposal", "Proposal Sent"),
]


class DirectoryInteraction(models.Model):
    """One exchange of a company with a directory contact ("correspondance"):
    a call, a mail, a meeting or a proposal, with a follow-up date.

    Its reminder activity and its messages hang on this company-owned record,
    never on the shared contact, so other members never see them.
    """

    _name = "directory.interaction"
    _cluster_confidential = True
    _description = "Directory Interaction"
    _inherit = ["mail.thread", "mail.activity.mixin", "directory.private.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True
    _rec_name = "summary"

    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="Company that owns this interaction. Only its users see it.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Contact",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    interaction_type = fields.Selection(
        INTERACTION_TYPES, string="Type", required=True, default="call"
    )
    date = fields.Datetime(required=True, default=fields.Datetime.now, index=True)
    summary = fields.Char(required=True, help="What was said, in one line.")
    description = fields.Html(string="Details")
    followup_date = fields.Date(
        string="Follow Up On",
        index=True,
        help="Date to get back to the contact. A reminder activity is scheduled "
        "for the author.",
    )
    followup_done = fields.Boolean(string="Followed Up")
    followup_done_date = fields.Date(
        string="Followed Up On",
        index=True,
        help="Day the follow-up was marked done; activity reports count "
        "follow-ups done in a period by this date.",
    )
    is_overdue = fields.Boolean(
        string="To Follow Up",
        compute="_compute_is_overdue",
        search="_search_is_overdue",
        help="The follow-up date has come and the follow-up is not done.",
    )

    @api.depends("followup_date", "followup_done")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for interaction in self:
            interaction.is_overdue = (
                bool(interaction.followup_date)
                and not interaction.followup_done
                and interaction.followup_date <= today
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(
                self.env._("Operation not supported on 'To Follow Up'.")
            )
        domain = [
            ("followup_done", "=", False),
            ("followup_date", "<=", fields.Date.context_today(self)),
        ]
        return domain if (operator == "=") == bool(value) else ["!", "&", *domain]

    @api.model_create_multi
    def create(self, vals_list):
        today = fields.Date.context_today(self)
        for vals in vals_list:
            if vals.get("followup_done") and not vals.get("followup_done_date"):
                vals["followup_done_date"] = today
        interactions = super().create(vals_list)
        interactions._schedule_followup()
        return interactions

    def write(self, vals):
        if "followup_done" in vals and "followup_done_date" not in vals:
            vals = dict(
                vals,
                followup_done_date=vals["followup_done"]
                and fields.Date.context_today(self),
            )
        result = super().write(vals)
        if "followup_date" in vals or "user_id" in vals:
            self._schedule_followup()
        if vals.get("followup_done"):
            self._reminders().with_context(
                directory_followup_done=True
            ).action_feedback(feedback=self.env._("Followed up."))
        return result

    def _reminders(self):
        todo = self.env.ref("mail.mail_activity_data_todo")
        return self.activity_ids.filtered(lambda a: a.activity_type_id == todo)

    def action_mark_followed_up(self):
        self.write({"followup_done": True})

    def _schedule_followup(self):
        """One reminder per interaction with a pending follow-up, on the
        interaction itself."""
        for interaction in self:
            interaction._reminders().unlink()
            if interaction.followup_date and not interaction.followup_done:
                interaction.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=interaction.followup_date,
                    summary=self.env._(
                        "Follow up with %(contact)s",
                        contact=interaction.partner_id.name,
                    ),
                    user_id=(interaction.user_id or self.env.user).id,
                )
