# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models

# The groups that open the books, as in the record rules of
# security/cluster_role_account_security.xml.
ACCOUNTING_GROUPS = (
    "account.group_account_invoice",
    "account.group_account_readonly",
)


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model
    def _accounting_company_fence(self, companies=None):
        """The ids of the ``companies`` (by default the active ones) whose
        books the current user may read, for the figures that Odoo computes
        outside the record rules (SQL, ``_where_calc``, ``sudo()``). ``None``
        where Odoo's own behaviour applies, as the rules do: in superuser
        mode, and for users without any role. Call it on the environment of
        the computation (``self.env["res.users"]``), not on ``env.user``,
        which is always in superuser mode."""
        if self.env.su:
            return None
        # env.user is in superuser mode: it reads the user's own role lines
        user = self.env.user
        if not user.role_line_ids:
            return None
        companies = self.env.companies if companies is None else companies
        return user._companies_with_group(ACCOUNTING_GROUPS, companies.ids)
