# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class BookingProduction(models.Model):
    _inherit = "booking.production"

    # Not stored: each booker counts the lines her rules let through
    prospection_line_count = fields.Integer(
        compute="_compute_prospection_line_count", string="Prospects"
    )

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_prospection_line_count(self):
        counts = dict(
            self.env["booking.prospection.line"]._read_group(
                [("production_id", "in", self.ids)], ["production_id"], ["__count"]
            )
        )
        for production in self:
            production.prospection_line_count = counts.get(production, 0)

    def action_view_prospection(self):
        """The production's portfolio, by stage."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "booking_prospection.booking_prospection_line_action"
        )
        action["domain"] = [("production_id", "=", self.id)]
        action["context"] = {
            "default_production_id": self.id,
            "default_company_id": self.company_id.id,
        }
        return action
