# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add ``analytic_lines_outside_books()``: the domain of the analytic
        lines that stay readable in the companies where the user is not an
        accountant (``account.analytic.line._outside_books_domain``, which
        modules extend in Python, e.g. timesheets)."""
        context = super()._eval_context()
        lines = self.env["account.analytic.line"]
        context["analytic_lines_outside_books"] = lines._outside_books_domain
        return context
