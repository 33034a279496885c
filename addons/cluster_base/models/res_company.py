# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    cluster_membership_ids = fields.One2many(
        "cluster.membership", "company_id", string="Cluster Memberships"
    )
    cluster_id = fields.Many2one(
        "cluster.cluster",
        compute="_compute_cluster_id",
        search="_search_cluster_id",
        help="Cluster this company is a member of today.",
    )

    def _compute_cluster_id(self):
        # sudo: the current memberships of these companies only, to name
        # their cluster (which the user may or may not read)
        memberships = (
            self.env["cluster.membership"]
            .sudo()
            .search([("company_id", "in", self.ids), ("is_current", "=", True)])
        )
        cluster_by_company = {m.company_id.id: m.cluster_id.id for m in memberships}
        for company in self:
            company.cluster_id = cluster_by_company.get(company.id, False)

    def _search_cluster_id(self, operator, value):
        return [
            (
                "cluster_membership_ids",
                "any",
                [("is_current", "=", True), ("cluster_id", operator, value)],
            )
        ]

    def _get_cluster_companies(self, date=None):
        """Companies sharing a cluster with these companies on ``date`` (today
        by default), these companies included; a company outside any cluster
        only pools with itself."""
        date = date or fields.Date.context_today(self)
        # sudo: the memberships of these companies, then of their clusters'
        # members; only companies are returned, without sudo
        memberships = (
            self.env["cluster.membership"]
            .sudo()
            .search([("company_id", "in", self.ids)])
            .filtered(lambda m: m._is_current(date))
        )
        companies = memberships.cluster_id._get_member_companies(date)
        return self | companies.sudo(False)
