# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class ResCompany(models.Model):
    _inherit = "res.company"

    @api.model_create_multi
    def create(self, vals_list):
        """A new company starts with the default prospection stages."""
        companies = super().create(vals_list)
        self.env["booking.prospection.stage"]._create_default_stages(companies)
        return companies
