# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class AccountAccount(models.Model):
    _inherit = "account.account"

    @api.depends_context("company")
    def _compute_opening_debit_credit(self):
        """The opening balances are read in raw SQL from the current
        company's opening entry: nothing outside the companies where the user
        is an accountant."""
        fence = self.env["res.users"]._accounting_company_fence(self.env.company)
        if fence is not None and not fence:
            self.opening_debit = 0
            self.opening_credit = 0
            self.opening_balance = 0
            return
        super()._compute_opening_debit_credit()
