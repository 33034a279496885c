# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class ClusterOwnership(models.Model):
    _inherit = "cluster.ownership"

    @api.model_create_multi
    def create(self, vals_list):
        links = super().create(vals_list)
        links._check_holding_rights()
        return links

    def write(self, vals):
        self._check_holding_rights()
        result = super().write(vals)
        self._check_holding_rights()
        return result

    def unlink(self):
        self._check_holding_rights()
        return super().unlink()

    def _check_holding_rights(self):
        """Holdings decide each member's method and weight: changing one
        takes the right to consolidate both the holder and the held."""
        for link in self:
            self.env["consolidation.approval"]._check_settings_rights(
                link.cluster_id.parent_company_id, link.holder_id | link.held_id
            )
