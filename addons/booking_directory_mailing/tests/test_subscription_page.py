# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.tests import HttpCase, tagged

from .common import MailingCommon


@tagged("post_install", "-at_install")
class TestSubscriptionPage(MailingCommon, HttpCase):
    """The public page a recipient reaches from a mailing's unsubscribe
    link, and the opt-in it offers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Lists = cls.env["mailing.list"]
        cls.list_a = Lists.create(
            {"name": "Lettre d'Ar Men", "company_ids": cls.company_a.ids}
        )
        cls.public_a = Lists.create(
            {
                "name": "Saison d'Ar Men",
                "company_ids": cls.company_a.ids,
                "is_public": True,
            }
        )
        cls.public_q = Lists.create(
            {
                "name": "Infolettre secrète de Transat",
                "company_ids": cls.company_q.ids,
                "is_public": True,
            }
        )
        cls.contact_q = cls.env["mailing.contact"].create(
            {
                "name": "Soazig Morvan",
                "email": "soazig@example.com",
                "company_ids": cls.company_q.ids,
                "tag_ids": [Command.create({"name": "Programmatrice VIP"})],
                "list_ids": [Command.link(cls.public_q.id)],
            }
        )
        cls.contact_a = cls.env["mailing.contact"].create(
            {
                "email": "erwan@example.com",
                "company_ids": cls.company_a.ids,
                "list_ids": [Command.link(cls.list_a.id)],
            }
        )
        cls.mailing = cls.env["mailing.mailing"].create(
            {
                "subject": "Saison",
                "mailing_model_id": cls.env["ir.model"]._get_id("mailing.list"),
                "contact_list_ids": [Command.link(cls.list_a.id)],
                "sender_company_ids": [Command.set(cls.company_a.ids)],
            }
        )

    def test_page_offers_only_the_mailing_clusters_public_lists(self):
        contact, email = self.contact_a, self.contact_a.email
        token = self.mailing._generate_mailing_recipient_token(contact.id, email)
        response = self.url_open(
            f"/mailing/{self.mailing.id}/unsubscribe?document_id={contact.id}"
            f"&email={email}&hash_token={token}"
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Saison d&#39;Ar Men", response.text)
        self.assertNotIn("Infolettre secrète de Transat", response.text)

    def test_opt_in_subscribes_a_contact_of_the_lists_cluster(self):
        # What the page's opt-in does, as the public route does it (sudo)
        self.public_a._update_subscription_from_email(
            "soazig@example.com", opt_out=False
        )
        subscribed = self.public_a.subscription_ids.contact_id
        self.assertTrue(subscribed)
        self.assertNotEqual(subscribed, self.contact_q)
        self.assertEqual(subscribed.company_ids, self.company_a)
        self.assertFalse(subscribed.tag_ids)
        self.assertNotEqual(subscribed.name, "Soazig Morvan")
        self.assertEqual(self.contact_q.list_ids, self.public_q)
