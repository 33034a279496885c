# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class ClusterMembership(models.Model):
    _inherit = "cluster.membership"

    @api.model_create_multi
    def create(self, vals_list):
        memberships = super().create(vals_list)
        memberships.filtered("consolidation_method_manual")._check_method_rights()
        return memberships

    def write(self, vals):
        if "consolidation_method_manual" in vals:
            self._check_method_rights()
        return super().write(vals)

    def _check_method_rights(self):
        """A member's method decides how its books are consolidated: setting
        it takes the right to consolidate them."""
        for membership in self:
            self.env["consolidation.approval"]._check_settings_rights(
                membership.cluster_id.parent_company_id, membership.company_id
            )
