# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add ``directory_cluster_ids``: the clusters whose directory the
        active companies share today. The directory's partner rule
        (``res_partner_rule_directory``) compares it with the entry's own
        column, which costs nothing per row."""
        context = super()._eval_context()
        # sudo: memberships of the user's companies, read to build the rule
        context["directory_cluster_ids"] = (
            self.env["res.company"].sudo().browse(context["company_ids"]).cluster_id.ids
        )
        return context
