# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class BookingTour(models.Model):
    """A named campaign for a production ("season 2027-28", "spring tour in
    Québec"), made of periods, each a date range and a target territory."""

    _name = "booking.tour"
    _inherit = ["mail.thread", "mail.activity.mixin", "cluster.owned.mixin"]
    _description = "Tour"
    _cluster_confidential = True
    _cluster_owner_fields = ("company_id", "production_id")
    _check_company_auto = True
    _order = "date_from desc, name, id"

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    production_id = fields.Many2one(
        "booking.production",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    company_id = fields.Many2one(
        related="production_id.company_id",
        # As the user, not as superuser (Odoo's default for related fields):
        # an onchange given another company's record by id would name it
        compute_sudo=False,
        store=True,
        required=True,
        index=True,
        precompute=True,
    )
    period_ids = fields.One2many("booking.tour.period", "tour_id", string="Periods")
    date_ids = fields.One2many("booking.date", "tour_id", string="Dates")
    date_from = fields.Date(
        string="From",
        compute="_compute_dates",
        store=True,
        help="First period's start.",
    )
    date_to = fields.Date(
        string="To", compute="_compute_dates", store=True, help="Last period's end."
    )
    date_count = fields.Integer(compute="_compute_date_count")
    note = fields.Html()

    @api.depends("period_ids.date_from", "period_ids.date_to")
    def _compute_dates(self):
        for tour in self:
            starts = [d for d in tour.period_ids.mapped("date_from") if d]
            ends = [d for d in tour.period_ids.mapped("date_to") if d]
            tour.date_from = min(starts, default=False)
            tour.date_to = max(ends, default=False)

    @api.depends("date_ids")
    def _compute_date_count(self):
        for tour in self:
            tour.date_count = len(tour.date_ids)

    def action_view_dates(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "booking_production.booking_date_action"
        )
        action["domain"] = [("tour_id", "=", self.id)]
        action["context"] = {
            "default_production_id": self.production_id.id,
            "default_tour_id": self.id,
        }
        return action
