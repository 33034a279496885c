# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class BookingProductionUnavailability(models.Model):
    """Days on which the production cannot play: a creation residency, a
    dancer's leave, another engagement."""

    _name = "booking.production.unavailability"
    _inherit = ["cluster.owned.mixin"]
    _description = "Production Unavailability"
    _cluster_confidential = True
    _cluster_owner_fields = ("company_id", "production_id")
    _check_company_auto = True
    _order = "production_id, date_from, id"
    _rec_name = "reason"

    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    production_id = fields.Many2one(
        "booking.production",
        required=True,
        index=True,
        ondelete="cascade",
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
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To", required=True)
    reason = fields.Char(help="Why the production cannot play then.")

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        if any(item.date_to < item.date_from for item in self):
            raise ValidationError(
                self.env._("An unavailability cannot end before it starts.")
            )
