# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.osv import expression


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"
    _cluster_confidential = True

    # SQL: this override is the fence: company_id in the accountant's companies
    def _where_calc(self, domain, active_test=True):
        """Odoo sums journal items in SQL built from ``_where_calc``, which
        applies no record rule: the partner's receivable and payable
        (``credit``/``debit``), the running balance of the journal items
        (``cumulated_balance``, whose domain comes from the client), the
        accounts and taxes most used with a partner. The query carries the
        rule's fence: companies where the user is an accountant."""
        fence = self.env["res.users"]._accounting_company_fence()
        if fence is not None:
            # company_id is required on journal items; False keeps the empty
            # rows of the RIGHT JOIN that _get_most_frequent_accounts_for_partner
            # adds to list the accounts never used.
            fenced = [("company_id", "in", [*fence, False])]
            domain = expression.AND([domain or [], fenced])
        # SQL: fenced above by the companies where the user is an accountant
        return super()._where_calc(domain, active_test)
