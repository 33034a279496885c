# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ConsolidationUnmapped(models.TransientModel):
    """A member's account with a balance in a run's period that maps onto no
    account of the consolidation chart: one company's figure."""

    _name = "consolidation.unmapped"
    _cluster_confidential = True
    _description = "Unmapped Account with a Balance"
    _order = "company_id, account_id"

    run_id = fields.Many2one("consolidation.run", required=True, ondelete="cascade")
    company_id = fields.Many2one("res.company", string="Member", required=True)
    approval_id = fields.Many2one(
        "consolidation.approval",
        help="The member's approval the row was computed under.",
    )
    account_id = fields.Many2one("account.account", required=True)
    code = fields.Char(help="The account's code in that member's chart.")
    member_currency_id = fields.Many2one(related="company_id.currency_id")
    balance = fields.Monetary(currency_field="member_currency_id")
