# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models


class ResPartner(models.Model):
    _inherit = "res.partner"

    def _asset_difference_search(self, account_type, operator, operand):
        """Searching partners on ``credit``/``debit`` sums the current
        company's journal items in raw SQL: outside the companies where the
        user is an accountant, it finds nobody (as those figures read
        nothing there, see account.move.line's ``_where_calc``)."""
        fence = self.env["res.users"]._accounting_company_fence(self.env.company)
        if fence is not None and not fence:
            return [("id", "=", 0)]
        return super()._asset_difference_search(account_type, operator, operand)
