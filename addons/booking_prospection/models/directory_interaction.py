# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class DirectoryInteraction(models.Model):
    _inherit = "directory.interaction"

    prospection_line_id = fields.Many2one(
        "booking.prospection.line",
        string="Prospection",
        index="btree_not_null",
        ondelete="set null",
        check_company=True,
        help="The portfolio line this interaction was logged from.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        """Logged from a portfolio line, an interaction moves the line on."""
        interactions = super().create(vals_list)
        interactions.prospection_line_id._interaction_logged(interactions)
        return interactions
