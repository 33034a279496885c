# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models
from odoo.exceptions import UserError

from ..lib import settlement as engine

# What each component of a settlement is, to find the company's tax for it
# when none is set: shows are sold with VAT at the tickets' rate (CGI art.
# 278-0 bis F), a venue is rented at the normal rate
DEFAULT_TAXES = {
    engine.FEE: ("deal_fee_tax_id", "sale", 5.5),
    engine.SHARE: ("deal_share_tax_id", "sale", 5.5),
    engine.TOPUP: ("deal_topup_tax_id", "sale", 5.5),
    engine.COSTS: ("deal_costs_tax_id", "sale", 5.5),
    engine.RENT: ("deal_rent_tax_id", "purchase", 20.0),
}


class ResCompany(models.Model):
    _inherit = "res.company"

    deal_fee_tax_id = fields.Many2one(
        "account.tax", string="Tax on Fees", check_company=True
    )
    deal_share_tax_id = fields.Many2one(
        "account.tax", string="Tax on Shares of Receipts", check_company=True
    )
    deal_topup_tax_id = fields.Many2one(
        "account.tax", string="Tax on Minimum Top-ups", check_company=True
    )
    deal_costs_tax_id = fields.Many2one(
        "account.tax", string="Tax on Costs", check_company=True
    )
    deal_rent_tax_id = fields.Many2one(
        "account.tax", string="Tax on Rents", check_company=True
    )
    deal_sacem_rate = fields.Float(
        string="SACEM Rate (%)",
        digits=(5, 2),
        default=8.8,
        help="Authors' rights a deal with SACEM rights uses by default.",
    )
    deal_sacd_rate = fields.Float(
        string="SACD Rate (%)",
        digits=(5, 2),
        default=12.0,
        help="Authors' rights a deal with SACD rights uses by default (the "
        "SACD's minimum for Paris: 12 % of receipts excl. VAT).",
    )

    def _deal_taxes(self):
        """{component: account.tax} of this company for settlements: the
        tax set in the settings, else the company's percentage tax of the
        usual rate (5.5 % on sales, 20 % on rents)."""
        self.ensure_one()
        taxes = {}
        missing = []
        Tax = self.env["account.tax"]
        for component, (name, use, amount) in DEFAULT_TAXES.items():
            field = self._fields[name]
            tax = self[field.name] or Tax.search(
                [
                    ("company_id", "=", self.id),
                    ("type_tax_use", "=", use),
                    ("amount_type", "=", "percent"),
                    ("amount", "=", amount),
                    ("price_include", "=", False),
                ],
                limit=1,
            )
            label = field._description_string(self.env)
            if not tax:
                missing.append(label)
            elif tax.amount_type != "percent" or tax.price_include:
                raise UserError(
                    self.env._(
                        "%(field)s: choose a percentage tax excluded from the price.",
                        field=label,
                    )
                )
            taxes[component] = tax
        if missing:
            raise UserError(
                self.env._(
                    "Set the taxes of deals in the settings first: %(taxes)s.",
                    taxes=", ".join(missing),
                )
            )
        return taxes
