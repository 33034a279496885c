from odoo import fields, models


class ConsolidationUnmapped(models.TransientModel):
    _name = "consolidation.unmapped"
    _description = "Unmapped Account with a Balance"
    _order = "company_id, account_id"

    run_id = fields.Many2one("consolidation.run", required=True, ondelete="cascade")
    company_id = fields.Many2one("res.company", string="Member", required=True)
    account_id = fields.Many2one("account.account", required=True)
    code = fields.Char(help="The account's code in that member's chart.")
    member_currency_id = fields.Many2one(related="company_id.currency_id")
    balance = fields.Monetary(currency_field="member_currency_id")
