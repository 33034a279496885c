# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

AUDIENCES = [
    ("all_ages", "All Ages"),
    ("young", "Young Audience"),
    ("adult", "Adults"),
]


class BookingProduction(models.Model):
    """A production ("spectacle") a company books: its team on tour, its
    technical riders, its indicative fee range and the days it cannot play.
    Tours and performance dates hang on it. Confidential to its company."""

    _name = "booking.production"
    _inherit = ["mail.thread", "mail.activity.mixin", "cluster.owned.mixin"]
    _description = "Production"
    _cluster_confidential = True
    _check_company_auto = True
    _order = "name, id"

    name = fields.Char(string="Title", required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
        help="Company that books this production. Only its users see it.",
    )
    active = fields.Boolean(default=True)
    color = fields.Integer()
    discipline_ids = fields.Many2many(
        "directory.discipline",
        string="Disciplines",
        help="Disciplines and aesthetics, as the directory qualifies venues.",
    )
    audience = fields.Selection(AUDIENCES, default="all_ages")
    duration = fields.Integer(string="Duration (min)", help="In minutes.")
    member_ids = fields.One2many(
        "booking.production.member", "production_id", string="Team"
    )
    rider_ids = fields.One2many(
        "booking.production.rider", "production_id", string="Technical Riders"
    )
    current_rider_id = fields.Many2one(
        "booking.production.rider",
        compute="_compute_current_rider_id",
        help="The latest version of the technical rider: the one contracts annex.",
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    fee_min = fields.Monetary(
        string="Fee From", help="Indicative fee range, lower end, per show."
    )
    fee_max = fields.Monetary(
        string="Fee Up To", help="Indicative fee range, upper end, per show."
    )
    unavailability_ids = fields.One2many(
        "booking.production.unavailability",
        "production_id",
    )
    description = fields.Html(
        help="What programmers read about the production: pitch, press, "
        "technical needs in a few words."
    )
    tour_ids = fields.One2many("booking.tour", "production_id", string="Tours")
    date_ids = fields.One2many("booking.date", "production_id", string="Dates")
    member_count = fields.Integer(compute="_compute_counts")
    rider_count = fields.Integer(compute="_compute_counts")
    unavailability_count = fields.Integer(compute="_compute_counts")
    tour_count = fields.Integer(compute="_compute_counts")
    date_count = fields.Integer(compute="_compute_counts")

    _sql_constraints = [
        (
            "duration_positive",
            "CHECK(duration >= 0)",
            "A duration cannot be negative.",
        ),
    ]

    @api.depends("rider_ids.version")
    def _compute_current_rider_id(self):
        for production in self:
            riders = production.rider_ids.sorted("version", reverse=True)
            production.current_rider_id = riders[:1]

    @api.depends(
        "member_ids", "rider_ids", "unavailability_ids", "tour_ids", "date_ids"
    )
    def _compute_counts(self):
        for production in self:
            production.member_count = len(production.member_ids)
            production.rider_count = len(production.rider_ids)
            production.unavailability_count = len(production.unavailability_ids)
            production.tour_count = len(production.tour_ids)
            production.date_count = len(production.date_ids)

    @api.constrains("fee_min", "fee_max")
    def _check_fee_range(self):
        for production in self:
            if production.fee_max and production.fee_min > production.fee_max:
                raise ValidationError(
                    self.env._("The fee range must run from the lower fee up.")
                )

    def _action_of(self, xmlid):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = [("production_id", "=", self.id)]
        action["context"] = {
            "default_production_id": self.id,
            "search_default_production_id": self.id,
        }
        return action

    def action_view_members(self):
        return self._action_of("booking_production.booking_production_member_action")

    def action_view_riders(self):
        return self._action_of("booking_production.booking_production_rider_action")

    def action_view_unavailability(self):
        return self._action_of(
            "booking_production.booking_production_unavailability_action"
        )

    def action_view_tours(self):
        return self._action_of("booking_production.booking_tour_action")

    def action_view_dates(self):
        return self._action_of("booking_production.booking_date_action")
