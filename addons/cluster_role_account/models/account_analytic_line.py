# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.osv import expression


class AccountAnalyticLine(models.Model):
    _inherit = "account.analytic.line"
    _cluster_confidential = True

    def _outside_books_domain(self):
        """Analytic lines readable outside the companies where the user is an
        accountant, as one normalised domain term for the rule
        ``account_analytic_line_rule_accountant``. None here: analytic lines
        are the books. A module that keeps other records as analytic lines
        (cluster_role_timesheet) ORs its own condition onto ``super()``, so
        that no module edits this module's rule."""
        return expression.normalize_domain(expression.FALSE_DOMAIN)
