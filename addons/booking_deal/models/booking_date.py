# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command, models


class BookingDate(models.Model):
    _inherit = "booking.date"

    def action_new_deal(self):
        """A new deal on this confirmed date, its production, organiser
        (the venue when the date names none) and date filled in."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New Deal"),
            "res_model": "booking.deal",
            "views": [(False, "form")],
            "target": "current",
            "context": {
                "default_production_id": self.production_id.id,
                "default_organiser_id": (self.organiser_id or self.venue_id).id,
                "default_date_ids": [Command.set(self.ids)],
            },
        }
