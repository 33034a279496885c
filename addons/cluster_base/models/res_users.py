# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        # The rule keeping people within their cluster lists the partners of
        # the internal users, and rule domains are cached: drop them
        self.env.registry.clear_cache()
        return users

    def _get_clusters(self):
        """Clusters in which this user belongs to at least one member company,
        past or present."""
        self.ensure_one()
        # sudo: the memberships of this user's companies; the clusters are
        # returned without sudo
        return (
            self.env["cluster.membership"]
            .sudo()
            .search([("company_id", "in", self.company_ids.ids)])
            .cluster_id.sudo(False)
        )
