from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib.fence import companies_allowed


class MailingContact(models.Model):
    _inherit = "mailing.contact"
    _cluster_confidential = True

    company_ids = fields.Many2many(
        "res.company",
        string="Companies",
        required=True,
        default=lambda self: self.env.company,
        help="Companies whose mailing users see this contact. Contacts "
        "without companies, made before this module, are seen only by the "
        "instance administrators.",
    )

    @api.constrains("company_ids")
    def _check_company_ids(self):
        for contact in self:
            if not contact.sudo().company_ids:
                raise ValidationError(
                    self.env._("Choose the companies this mailing contact belongs to.")
                )
            # sudo: companies the user may not read, compared, never shown
            if not companies_allowed(self.env, contact.sudo().company_ids):
                raise ValidationError(
                    self.env._(
                        "The companies of a mailing contact must be of one "
                        "cluster and include one of yours."
                    )
                )
