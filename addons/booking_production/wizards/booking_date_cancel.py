# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class BookingDateCancel(models.TransientModel):
    """Cancel dates, saying why: the reason stays on each date."""

    _name = "booking.date.cancel"
    _description = "Cancel Dates"

    date_ids = fields.Many2many("booking.date", string="Dates", required=True)
    reason = fields.Char(required=True, help="Why the dates are cancelled.")

    def action_cancel(self):
        self.ensure_one()
        self.date_ids.write({"state": "cancelled", "cancel_reason": self.reason})
        return {"type": "ir.actions.act_window_close"}
