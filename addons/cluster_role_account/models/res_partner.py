# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.exceptions import AccessError


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

    def write(self, vals):
        """A contact's accounting settings are kept per company (receivable
        and payable accounts, payment terms, fiscal position, credit limit),
        and set in the current company: by its accountants only. Odoo's field
        groups are global to a user, so a booker of A who keeps B's books
        would otherwise set A's accounts on A's customers with B's role."""
        fence = self.env["res.users"]._accounting_company_fence(self.env.company)
        if fence is not None and self.env.company.id not in fence:
            settings = [
                name
                for name in vals
                if name in self._fields
                and self._fields[name].company_dependent
                and "account" in (self._fields[name]._modules or ())
            ]
            if settings:
                raise AccessError(
                    self.env._(
                        "Only your current company's accountants may change "
                        "its accounting settings on a contact."
                    )
                )
        return super().write(vals)
