# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models

COMPONENTS = [
    ("fee", "Fee"),
    ("costs", "Costs"),
    ("deposit", "Deposit"),
    ("deposit_deduction", "Deposit Deducted"),
    ("share", "Share of Receipts"),
    ("topup", "Guaranteed Minimum Top-up"),
    ("rent", "Rent"),
]


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    booking_component = fields.Selection(
        COMPONENTS,
        string="Deal Component",
        readonly=True,
        copy=False,
        help="What of a deal this line invoices: invoicing the deal again "
        "invoices only what its documents do not say yet.",
    )
