from odoo import models


class ClusterCluster(models.Model):
    _inherit = "cluster.cluster"

    def _sync_directory_companies(self):
        """Share each cluster's directory with exactly its current members.

        Run in SQL because a directory holds tens of thousands of entries and
        only the relation rows change; partner_multi_company's record rule
        reads them.
        """
        self.env["res.partner"].flush_model(["directory_cluster_id", "company_ids"])
        for cluster in self:
            companies = tuple(cluster._get_member_companies().ids) or (0,)
            # SQL: fenced by this cluster's entries and its member companies
            self.env.cr.execute(
                """
                DELETE FROM res_company_res_partner_rel rel
                 USING res_partner p
                 WHERE p.id = rel.res_partner_id
                   AND p.directory_cluster_id = %s
                   AND rel.res_company_id NOT IN %s
                """,
                [cluster.id, companies],
            )
            # SQL: the same fence: this cluster's entries, its members
            self.env.cr.execute(
                """
                INSERT INTO res_company_res_partner_rel (res_partner_id, res_company_id)
                SELECT p.id, c.id
                  FROM res_partner p
                 CROSS JOIN res_company c
                 WHERE p.directory_cluster_id = %s
                   AND c.id IN %s
                ON CONFLICT DO NOTHING
                """,
                [cluster.id, companies],
            )
        self.env["res.partner"].invalidate_model(["company_ids", "company_id"])
        # The partner rule names the clusters of the active companies, and
        # rule domains are cached: membership changed, so drop them.
        self.env.registry.clear_cache()
