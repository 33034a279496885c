# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

from ..lib.fence import companies_allowed, one_circle, shares_circle


class MailingList(models.Model):
    _inherit = "mailing.list"
    _cluster_confidential = True

    company_ids = fields.Many2many(
        "res.company",
        string="Companies",
        required=True,
        default=lambda self: self.env.company,
        help="Companies whose mailing users see this list and its contacts. "
        "Lists without companies, made before this module, are seen only by "
        "the instance administrators.",
    )
    segment_id = fields.Many2one(
        "directory.segment",
        string="Directory Segment",
        readonly=True,
        index="btree_not_null",
        help="Directory filter this list is refreshed from.",
    )

    @api.constrains("company_ids")
    def _check_company_ids(self):
        for mailing_list in self:
            # sudo: companies the user may not read, compared, never shown
            companies = mailing_list.sudo().company_ids
            if not companies:
                # The superuser may leave it empty: only the instance
                # administrators then see the record
                if self.env.su:
                    continue
                raise ValidationError(
                    self.env._("Choose the companies this mailing list belongs to.")
                )
            if not companies_allowed(self.env, companies):
                raise ValidationError(
                    self.env._(
                        "The companies of a mailing list must be of one cluster "
                        "and include one of yours."
                    )
                )

    @api.constrains("segment_id", "company_ids")
    def _check_segment_id(self):
        Segment = self.env["directory.segment"]
        for mailing_list in self.filtered("segment_id"):
            # sudo: the segment's and the list's companies, read to compare
            # clusters only; whether the user reads the segment is checked
            sudo_list = mailing_list.sudo()
            segment = sudo_list.segment_id
            readable = self.env.su or Segment.search_count([("id", "=", segment.id)])
            if not readable or not one_circle(
                segment.company_id | sudo_list.company_ids
            ):
                raise ValidationError(
                    self.env._(
                        "A mailing list is fed by a segment of its own companies."
                    )
                )

    @api.constrains("contact_ids", "company_ids")
    def _check_contact_ids(self):
        """Contacts linked directly (not through a subscription record) are
        checked as subscriptions are: of the list's circle, readable."""
        Contacts = self.env["mailing.contact"]
        # sudo: the contacts and their companies, read to compare clusters
        # only; whether the user reads the contacts is checked below
        for mailing_list in self.sudo().filtered("contact_ids"):
            contacts = mailing_list.contact_ids
            readable = self.env.su or Contacts.search_count(
                [("id", "in", contacts.ids)]
            ) == len(contacts)
            if not readable or not all(
                one_circle(companies | mailing_list.company_ids)
                for companies in {contact.company_ids for contact in contacts}
            ):
                raise ValidationError(
                    self.env._(
                        "A mailing list holds contacts of its companies' cluster only."
                    )
                )

    def _update_subscription_from_email(self, email, opt_out=True, force_message=None):
        """Opting in from the subscription page subscribes the first contact
        with that e-mail to every list, whatever its cluster; each list gets
        instead a contact of its own circle, made from the first one when
        there is none."""
        if not opt_out:
            email_normalized = tools.email_normalize(email)
            Contact = self.env["mailing.contact"].with_context(active_test=False)
            contacts = Contact.search([("email_normalized", "=", email_normalized)])
            if email_normalized and contacts:
                for mailing_list in self - contacts.subscription_ids.list_id:
                    own = contacts.filtered(
                        lambda contact, mailing_list=mailing_list: (
                            contact.company_ids
                            and shares_circle(
                                contact.company_ids, mailing_list.company_ids
                            )
                        )
                    )[:1]
                    if not own:
                        # Only the address the person gave on the page:
                        # nothing of another cluster's contact travels
                        own = Contact.create(
                            {
                                "email": email,
                                "company_ids": mailing_list.company_ids.ids,
                            }
                        )
                    self.env["mailing.subscription"].create(
                        {"contact_id": own.id, "list_id": mailing_list.id}
                    )
        return super()._update_subscription_from_email(
            email, opt_out=opt_out, force_message=force_message
        )
