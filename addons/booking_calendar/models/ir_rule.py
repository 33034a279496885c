# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add ``cluster_company_ids(company_ids)``: the current members of
        the clusters of ``company_ids``, these included (a company outside
        any cluster pools with itself only). The cluster calendar's rule
        shows these companies' days as busy; it gives ids, which cost
        nothing per row. Rule domains are cached per user, active companies
        and day, and any change of membership drops that cache
        (cluster_base)."""
        context = super()._eval_context()
        # sudo: companies and their memberships, read to build the rule; only
        # ids of the clusters of the companies given come out
        Company = self.env["res.company"].sudo()
        context["cluster_company_ids"] = lambda company_ids: (
            Company.browse(company_ids)._get_cluster_companies().ids
            if company_ids
            else []
        )
        return context
