# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add ``other_cluster_company_ids(company_ids)``: the current members
        of the clusters of ``company_ids``, these excepted (a company outside
        any cluster pools with itself only). The cluster calendar's rule
        shows these companies' days as busy; it gives ids, which cost
        nothing per row. Rule domains are cached per user, active companies
        and day, and any change of membership drops that cache
        (cluster_base)."""
        context = super()._eval_context()
        context["other_cluster_company_ids"] = self._other_cluster_company_ids
        return context

    @api.model
    def _other_cluster_company_ids(self, company_ids):
        # sudo: companies and their memberships, read to build the rule; only
        # ids of the members of the given companies' clusters come out
        companies = self.env["res.company"].sudo().browse(company_ids)
        return (companies._get_cluster_companies() - companies).ids
