# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    deal_fee_tax_id = fields.Many2one(
        related="company_id.deal_fee_tax_id", readonly=False
    )
    deal_share_tax_id = fields.Many2one(
        related="company_id.deal_share_tax_id", readonly=False
    )
    deal_topup_tax_id = fields.Many2one(
        related="company_id.deal_topup_tax_id", readonly=False
    )
    deal_costs_tax_id = fields.Many2one(
        related="company_id.deal_costs_tax_id", readonly=False
    )
    deal_rent_tax_id = fields.Many2one(
        related="company_id.deal_rent_tax_id", readonly=False
    )
    deal_sacem_rate = fields.Float(related="company_id.deal_sacem_rate", readonly=False)
    deal_sacd_rate = fields.Float(related="company_id.deal_sacd_rate", readonly=False)
