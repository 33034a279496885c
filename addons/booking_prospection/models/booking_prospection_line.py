# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.booking_directory_notes.models.directory_note import INTEREST_LEVELS

# Who may be prospected: a structure of a directory, or a person who
# programs one. The cluster is checked by directory.private.mixin.
PROSPECT_DOMAIN = [
    ("directory_cluster_id", "!=", False),
    "|",
    "|",
    ("is_company", "=", True),
    ("directory_role_ids.is_programmer", "=", True),
    ("programmed_structure_ids", "!=", False),
]


class BookingProspectionLine(models.Model):
    """One structure or programmer of the directory in a company's
    prospection portfolio for a production's tour period, with the stage it
    has reached, the next thing to do and how keen it seems.

    Calls, mails and proposals logged from a line are the company's
    interactions with the contact (booking_directory_notes): they show on the
    contact for the company's users and in the shared booker's reports."""

    _name = "booking.prospection.line"
    _inherit = ["mail.thread", "mail.activity.mixin", "directory.private.mixin"]
    _cluster_confidential = True
    _description = "Prospection Line"
    _order = "interest desc, next_action_date, id desc"
    _check_company_auto = True

    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="Company whose prospection this is. Only its users see it.",
    )
    production_id = fields.Many2one(
        "booking.production",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
        tracking=True,
    )
    tour_period_id = fields.Many2one(
        "booking.tour.period",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
        domain="[('production_id', '=', production_id)]",
        tracking=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Prospect",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
        domain=PROSPECT_DOMAIN,
        help="A venue, festival or other structure of the directory, or a "
        "person who programs one.",
    )
    stage_id = fields.Many2one(
        "booking.prospection.stage",
        compute="_compute_stage_id",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        group_expand="_read_group_stage_ids",
        tracking=True,
    )
    user_id = fields.Many2one(string="Booker", tracking=True)
    next_action_date = fields.Date(
        string="Next Action", index=True, help="When to get back to this prospect."
    )
    interest = fields.Selection(
        INTEREST_LEVELS,
        default="0",
        help="How interested this prospect seems in the production.",
    )
    is_won = fields.Boolean(related="stage_id.is_won")
    is_lost = fields.Boolean(related="stage_id.is_lost")
    # The prospect's territory, stored so that the portfolio can be grouped
    # by it; an entry of the company's own directory, checked on write
    country_id = fields.Many2one(
        related="partner_id.country_id", store=True, string="Country"
    )
    city = fields.Char(related="partner_id.city")
    territory = fields.Char(
        compute="_compute_territory",
        store=True,
        help="French department of the prospect, or its state or province.",
    )
    interaction_ids = fields.One2many(
        "directory.interaction", "prospection_line_id", string="Interactions"
    )
    interaction_count = fields.Integer(compute="_compute_interaction_count")

    _sql_constraints = [
        (
            "tour_period_partner_unique",
            "unique(tour_period_id, partner_id)",
            "This prospect is already in the portfolio of this tour period.",
        )
    ]

    @api.model_create_multi
    def create(self, vals_list):
        self._check_own_portfolio(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        self._check_own_portfolio([vals])
        return super().write(vals)

    @api.model
    def _check_own_portfolio(self, vals_list):
        """Refuse, naming nothing, a production or tour period the user may
        not read, before the row is written: the database's unique
        (period, prospect) index answers before Odoo's company check, which
        would tell whether another company prospects that venue."""
        for field in ("production_id", "tour_period_id"):
            records = self.env[self._fields[field].comodel_name].browse(
                {vals[field] for vals in vals_list if vals.get(field)}
            )
            if records - records._filtered_access("read"):
                raise ValidationError(
                    self.env._(
                        "Choose one of your productions and one of its tour periods."
                    )
                )

    @api.depends("company_id")
    def _compute_stage_id(self):
        """A new line starts at its company's first stage; one moved to
        another company, at that company's."""
        for line in self:
            if line.company_id and line.stage_id.company_id != line.company_id:
                line.stage_id = self.env["booking.prospection.stage"].search(
                    [("company_id", "=", line.company_id.id)], limit=1
                )

    @api.depends("partner_id.department", "partner_id.state_id")
    def _compute_territory(self):
        for line in self:
            line.territory = line.partner_id.department or line.partner_id.state_id.name

    def _compute_interaction_count(self):
        counts = dict(
            self.env["directory.interaction"]._read_group(
                [("prospection_line_id", "in", self.ids)],
                ["prospection_line_id"],
                ["__count"],
            )
        )
        for line in self:
            line.interaction_count = counts.get(line, 0)

    @api.depends("partner_id", "production_id", "tour_period_id")
    def _compute_display_name(self):
        for line in self:
            line.display_name = self.env._(
                "%(prospect)s, %(production)s (%(period)s)",
                prospect=line.partner_id.name,
                production=line.production_id.name,
                period=line.tour_period_id.name,
            )

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        """Every stage of the companies whose portfolio is shown (of the
        current company when it is empty), so that a line can be dropped on
        a stage no line has reached yet."""
        companies = self.search(domain).company_id or self.env.company
        return stages.search([("company_id", "in", companies.ids)])

    @api.constrains("partner_id")
    def _check_partner_prospect(self):
        partners = self.partner_id
        # As the writer: a contact she may not read is no prospect either
        prospects = partners.with_context(active_test=False).search(
            [("id", "in", partners.ids), *PROSPECT_DOMAIN]
        )
        if partners - prospects:
            raise ValidationError(
                self.env._(
                    "Only a structure or a programmer of your cluster's "
                    "directory can be added to a portfolio."
                )
            )

    @api.constrains("production_id", "tour_period_id")
    def _check_tour_period_production(self):
        for line in self:
            # sudo: compares the period's production with the line's; a
            # period of another company is refused by the company check,
            # and the message names neither
            if line.tour_period_id.sudo().production_id != line.production_id:
                raise ValidationError(
                    self.env._("The tour period must be one of the production's.")
                )

    @api.onchange("production_id")
    def _onchange_production_id(self):
        if self.tour_period_id.production_id != self.production_id:
            self.tour_period_id = False

    def action_log_call(self):
        return self._action_log("call", self.env._("Log a Call"))

    def action_log_mail(self):
        return self._action_log("mail", self.env._("Log a Mail"))

    def action_log_proposal(self):
        return self._action_log("proposal", self.env._("Log a Proposal"))

    def action_view_interactions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "booking_directory_notes.directory_interaction_action"
        )
        action["domain"] = [("prospection_line_id", "=", self.id)]
        action["context"] = self._interaction_defaults("call")
        return action

    def _action_log(self, interaction_type, title):
        """The quick form of an interaction with the prospect, for the
        line's company: it goes to the company's history with the contact."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": title,
            "res_model": "directory.interaction",
            "view_mode": "form",
            "views": [
                (
                    self.env.ref(
                        "booking_directory_notes.directory_interaction_view_form_quick"
                    ).id,
                    "form",
                )
            ],
            "target": "new",
            "context": self._interaction_defaults(interaction_type),
        }

    def _interaction_defaults(self, interaction_type):
        return {
            "default_partner_id": self.partner_id.id,
            "default_company_id": self.company_id.id,
            "default_interaction_type": interaction_type,
            "default_prospection_line_id": self.id,
        }

    def _interaction_logged(self, interactions):
        """A call, mail or proposal logged from a line: a line not contacted
        yet moves to its company's first contacted stage, and the follow-up
        of the interaction becomes the line's next action."""
        for line in self:
            logged = interactions.filtered(
                lambda i, line=line: i.prospection_line_id == line
            )
            vals = {}
            if not line.stage_id.is_contacted:
                contacted = self.env["booking.prospection.stage"].search(
                    [
                        ("company_id", "=", line.company_id.id),
                        ("is_contacted", "=", True),
                        ("is_won", "=", False),
                        ("is_lost", "=", False),
                    ],
                    limit=1,
                )
                if contacted:
                    vals["stage_id"] = contacted.id
            followups = logged.filtered("followup_date").mapped("followup_date")
            if followups:
                vals["next_action_date"] = max(followups)
            if vals:
                line.write(vals)
