# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.exceptions import AccessError


class DigestDigest(models.Model):
    _inherit = "digest.digest"

    def _compute_kpi_account_total_revenue_value(self):
        """The scheduler builds each user's digest; Odoo sums the revenue as
        superuser once the user holds the invoicing group, which a role user
        keeps from her last selection of companies. The revenue of a company
        goes only to the users who are accountants there (an AccessError
        drops the figure from that user's digest, as Odoo does)."""
        _start, _end, companies = self._get_kpi_compute_parameters()
        fence = self.env["res.users"]._accounting_company_fence(companies)
        if fence is not None and set(fence) != set(companies.ids):
            raise AccessError(
                self.env._("The revenue is only for the company's accountants.")
            )
        return super()._compute_kpi_account_total_revenue_value()
