# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class ClusterCluster(models.Model):
    _inherit = "cluster.cluster"

    consolidation_rate_threshold = fields.Float(
        string="Rate Move Warning (%)",
        default=10.0,
        help="A consolidation warns when the rate of a member's currency "
        "moves by more than this within its period (highest over lowest): "
        "the average rate then says little of the period's transactions "
        "(IAS 21.40). 0 for no warning.",
    )
    consolidation_mismatch_tolerance = fields.Monetary(
        string="Mismatch Tolerance",
        help="Intercompany mismatches of at most this amount, in the "
        "cluster's currency, are not reported on a consolidation (they stay "
        "on their line, so that the statements still balance).",
    )

    @api.model_create_multi
    def create(self, vals_list):
        Company = self.env["res.company"]
        for vals in vals_list:
            parent = Company.browse(vals.get("parent_company_id"))
            self.env["consolidation.approval"]._check_settings_rights(parent, parent)
        return super().create(vals_list)

    def write(self, vals):
        """The consolidating company decides whose books a consolidation
        reads: changing it takes the right to consolidate both the old and
        the new one (an accountant or cluster accountant of each)."""
        if "parent_company_id" in vals:
            new = self.env["res.company"].browse(vals["parent_company_id"])
            for cluster in self:
                heads = cluster.parent_company_id | new
                for head in heads:
                    self.env["consolidation.approval"]._check_settings_rights(
                        head, head
                    )
        return super().write(vals)
