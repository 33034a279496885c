# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.osv import expression


class AccountMove(models.Model):
    _inherit = "account.move"
    _cluster_confidential = True

    # SQL: this override is the fence: company_id in the accountant's companies
    def _where_calc(self, domain, active_test=True):
        """The journal's dashboard sums open and draft invoices in SQL built
        from ``_where_calc``, which applies no record rule: the query carries
        the rule's fence (companies where the user is an accountant)."""
        fence = self.env["res.users"]._accounting_company_fence()
        if fence is not None:
            domain = expression.AND([domain or [], [("company_id", "in", fence)]])
        # SQL: fenced above by the companies where the user is an accountant
        return super()._where_calc(domain, active_test)
