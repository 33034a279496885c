# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class MailingFilter(models.Model):
    _inherit = "mailing.filter"
    _cluster_confidential = True

    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="Company whose mailing users use this saved filter. Filters "
        "without a company, made before this module, are seen only by the "
        "instance administrators.",
    )

    @api.constrains("company_id")
    def _check_company_id(self):
        for mailing_filter in self:
            if not self.env.su and mailing_filter.company_id not in (
                self.env.user.company_ids
            ):
                raise ValidationError(
                    self.env._("A saved filter belongs to one of your companies.")
                )
