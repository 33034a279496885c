# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add ``companies_with_group(*xmlids)`` for rules that follow roles.

        Odoo's groups are global to a user: holding "Invoicing" through an
        accountant role in one company would open the invoices of every
        allowed company. A rule writes instead ``[('company_id', 'in',
        companies_with_group('account.group_account_invoice'))]`` and sees
        only the active companies where the user holds that group through a
        role. Rule domains are cached per user and active
        companies; role lines clear that cache when they change."""
        context = super()._eval_context()
        user = self.env.user
        active = context["company_ids"]

        def companies_with_group(*xmlids):
            return user._companies_with_group(xmlids, active)

        context["companies_with_group"] = companies_with_group
        return context
