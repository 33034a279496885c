from odoo import api, models


class ClusterMembership(models.Model):
    _inherit = "cluster.membership"

    @api.model_create_multi
    def create(self, vals_list):
        memberships = super().create(vals_list)
        memberships.cluster_id._sync_directory_companies()
        return memberships

    def write(self, vals):
        clusters = self.cluster_id
        result = super().write(vals)
        if {"company_id", "cluster_id", "date_start", "date_end"} & set(vals):
            (clusters | self.cluster_id)._sync_directory_companies()
        return result

    def unlink(self):
        clusters = self.cluster_id
        result = super().unlink()
        clusters.exists()._sync_directory_companies()
        return result
