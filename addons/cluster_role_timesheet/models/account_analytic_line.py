# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.osv import expression


class AccountAnalyticLine(models.Model):
    _inherit = "account.analytic.line"

    def _outside_books_domain(self):
        """Timesheets are analytic lines too: outside the companies where the
        user is an accountant, a timesheet opens to its author and to the
        company's timesheet approvers; hr_timesheet's own group rules then
        apply on top. cluster_role_account's rule reads this through
        ``analytic_lines_outside_books()``."""
        approver_companies = self.env.user._companies_with_group(
            ("hr_timesheet.group_hr_timesheet_approver",), self.env.companies.ids
        )
        timesheets = [
            ("project_id", "!=", False),
            "|",
            ("user_id", "=", self.env.user.id),
            ("company_id", "in", approver_companies),
        ]
        return expression.normalize_domain(
            expression.OR([super()._outside_books_domain(), timesheets])
        )
