# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib.fence import companies_allowed, one_circle


class MailingContact(models.Model):
    _inherit = "mailing.contact"
    _cluster_confidential = True

    company_ids = fields.Many2many(
        "res.company",
        string="Companies",
        required=True,
        default=lambda self: self._default_company_ids(),
        help="Companies whose mailing users see this contact. Contacts "
        "without companies, made before this module, are seen only by the "
        "instance administrators.",
    )

    def _default_company_ids(self):
        """The companies of the lists the contact is added from (the lists'
        Recipients screen), so that their joint mailings reach it; else the
        current company."""
        list_ids = self.env.context.get("default_list_ids")
        if isinstance(list_ids, (list, tuple)) and list_ids:
            # Read as the user: only lists she may read give their companies
            lists = self.env["mailing.list"].search([("id", "in", list(list_ids))])
            if lists.company_ids:
                return lists.company_ids
        return self.env.company

    @api.constrains("company_ids")
    def _check_company_ids(self):
        for contact in self:
            # sudo: companies the user may not read, compared, never shown
            companies = contact.sudo().company_ids
            if not companies:
                # The superuser may leave it empty: only the instance
                # administrators then see the record
                if self.env.su:
                    continue
                raise ValidationError(
                    self.env._("Choose the companies this mailing contact belongs to.")
                )
            if not companies_allowed(self.env, companies):
                raise ValidationError(
                    self.env._(
                        "The companies of a mailing contact must be of one "
                        "cluster and include one of yours."
                    )
                )

    @api.constrains("list_ids", "company_ids")
    def _check_list_ids(self):
        """Lists linked directly (not through a subscription record) are
        checked as subscriptions are: of the contact's circle, readable."""
        Lists = self.env["mailing.list"]
        # sudo: the lists and their companies, read to compare clusters only;
        # whether the user reads the lists is checked below
        for contact in self.sudo().filtered("list_ids"):
            lists = contact.list_ids
            readable = self.env.su or Lists.search_count(
                [("id", "in", lists.ids)]
            ) == len(lists)
            if not readable or not all(
                one_circle(companies | contact.company_ids)
                for companies in {mailing_list.company_ids for mailing_list in lists}
            ):
                raise ValidationError(
                    self.env._(
                        "A contact subscribes only to mailing lists of her "
                        "companies' cluster."
                    )
                )
