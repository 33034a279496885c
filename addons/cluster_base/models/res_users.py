from odoo import models


class ResUsers(models.Model):
    _inherit = "res.users"

    def _get_clusters(self):
        """Clusters in which this user belongs to at least one member company,
        past or present."""
        self.ensure_one()
        return (
            self.env["cluster.membership"]
            .sudo()
            .search([("company_id", "in", self.company_ids.ids)])
            .cluster_id.sudo(False)
        )
