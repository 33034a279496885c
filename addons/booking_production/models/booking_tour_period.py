# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class BookingTourPeriod(models.Model):
    """A stretch of a tour: a date range and the territory the booker
    prospects for it (a country, some of its regions or provinces)."""

    _name = "booking.tour.period"
    _inherit = ["cluster.owned.mixin"]
    _description = "Tour Period"
    _cluster_confidential = True
    _cluster_owner_fields = ("company_id", "tour_id")
    _check_company_auto = True
    _order = "date_from, id"

    name = fields.Char(required=True)
    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    tour_id = fields.Many2one(
        "booking.tour",
        required=True,
        index=True,
        ondelete="cascade",
    )
    production_id = fields.Many2one(
        related="tour_id.production_id",
        store=True,
        index=True,
        precompute=True,
        # As the user, as the company below
        compute_sudo=False,
    )
    company_id = fields.Many2one(
        related="tour_id.company_id",
        # As the user, not as superuser (Odoo's default for related fields):
        # an onchange given another company's record by id would name it
        compute_sudo=False,
        store=True,
        required=True,
        index=True,
        precompute=True,
    )
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To", required=True)
    country_id = fields.Many2one("res.country")
    state_ids = fields.Many2many(
        "res.country.state",
        string="Territory",
        domain="[('country_id', '=?', country_id)]",
        help="Regions, departments or provinces targeted in this period.",
    )
    note = fields.Text()

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        if any(period.date_to < period.date_from for period in self):
            raise ValidationError(self.env._("A period cannot end before it starts."))
