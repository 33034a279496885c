# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ConsolidationFairValue(models.Model):
    """A difference between the fair value and the book value of an asset or
    liability of the acquired member at the acquisition date (IFRS 3.18),
    entered by the cluster accountant."""

    _name = "consolidation.fair.value"
    _cluster_confidential = True
    _description = "Fair-Value Adjustment"
    _check_company_auto = True

    acquisition_id = fields.Many2one(
        "consolidation.acquisition", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(
        related="acquisition_id.company_id", store=True, index=True
    )
    name = fields.Char(string="Description", required=True)
    account_id = fields.Many2one(
        "consolidation.account",
        string="Consolidation Account",
        required=True,
        help="The account of the consolidation chart the adjusted asset or "
        "liability sits in.",
    )
    member_currency_id = fields.Many2one(related="acquisition_id.member_currency_id")
    amount = fields.Monetary(
        currency_field="member_currency_id",
        required=True,
        help="Fair value less book value, in the member's currency: positive "
        "for an asset worth more (or a liability worth less) than its books "
        "say.",
    )

    @api.constrains("account_id", "acquisition_id")
    def _check_chart(self):
        for adjustment in self:
            if adjustment.account_id.cluster_id != adjustment.acquisition_id.cluster_id:
                raise ValidationError(
                    self.env._(
                        "A fair-value adjustment goes to an account of the "
                        "cluster's own consolidation chart."
                    )
                )
            if adjustment.account_id.section not in ("asset", "liability"):
                raise ValidationError(
                    self.env._("A fair-value adjustment is on an asset or a liability.")
                )
