# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64
import re
from datetime import timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tools.image import image_data_uri
from odoo.tools.misc import format_date

from odoo.addons.booking_deal.tests.common import SECRET, DealCommon

# a 1x1 PNG, as the signature widget sends
SIGNATURE = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGA"
    "WjR9awAAAABJRU5ErkJggg=="
)
PRECONTRACT = {
    "precontract_legal_name": "Association Cornouaille Scène",
    "company_registry": "442 000 125 00017",
    "vat": "FR40442000125",
    "show_licence": "PLATESV-R-2021-001234",
    "signatory_name": "Anne Le Goff",
    "signatory_capacity": "Directrice",
    "billing_name": "Service comptable",
    "billing_email": "compta@cornouaille.example",
    "technical_name": "Yann Kervella",
    "technical_phone": "02 98 00 00 00",
}


@tagged("post_install", "-at_install")
class TestDealPortal(DealCommon, HttpCase):
    """The venue's page of A's deal, opened by the deal's token without an
    account."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"]._load_module_terms(
            ["booking_deal", "booking_deal_portal"], ["fr_FR"], overwrite=True
        )
        cls.venue.lang = "fr_FR"
        env = cls._env_of(cls.booker)
        cls.deal = env["booking.deal"].create(cls._deal_values())
        cls.deal.action_agree()
        cls.deal.action_organiser_link()
        # another deal of A, and a deal of B with the same venue
        cls.other_deal = env["booking.deal"].create(
            cls._deal_values(note="<p>other deal CANARY-A2</p>")
        )
        cls.other_deal.action_organiser_link()
        production_b = cls._create_production(cls.company_b, name="Prod CANARY-B")
        date_b = cls._create_date(production_b, date="2027-05-01")
        date_b.action_confirm()
        cls.deal_b = cls.env["booking.deal"].create(
            cls._deal_values(
                production_id=production_b.id,
                date_ids=[(6, 0, date_b.ids)],
                note="<p>CANARY-B</p>",
            )
        )
        cls.deal_b.action_organiser_link()

    def _url(self, deal, suffix="", token=None):
        token = deal.access_token if token is None else token
        return f"/booking/deal/{deal.id}{suffix}?access_token={token}"

    def _csrf(self, page):
        marker = 'name="csrf_token" value="'
        start = page.index(marker) + len(marker)
        return page[start : page.index('"', start)]

    def _send_contract(self):
        self.deal.action_generate_contract()
        self.deal.contract_version_id.action_mark_sent()
        return self.deal.contract_version_id

    def test_token_opens_its_own_page_in_french(self):
        """The link opens the deal's page, in French for a French organiser,
        with its production and dates, and nothing of the deal's
        confidential note nor of the company's other deals."""
        response = self.url_open(self._url(self.deal))
        self.assertEqual(response.status_code, 200)
        page = response.text
        self.assertIn("Kan ar Mor", page)
        self.assertIn("Enregistrer le pré-contrat", page)
        self.assertIn("Le contrat n'a pas encore été envoyé", page)
        for secret in (SECRET, "CANARY-A2", "CANARY-B", "Prod CANARY-B"):
            self.assertNotIn(secret, page)

    def test_wrong_or_foreign_token_opens_nothing(self):
        """A wrong token, no token, or another deal's token (of the same
        company or of another one) answers 404 on every route."""
        version = self._send_contract()
        self.assertTrue(version)
        for url in (
            self._url(self.deal, token="wrong"),
            self._url(self.deal, token=""),
            self._url(self.deal, token=self.other_deal.access_token),
            self._url(self.deal, token=self.deal_b.access_token),
            self._url(self.deal_b, token=self.deal.access_token),
            self._url(self.deal, "/contract.pdf", token="wrong"),
            self._url(self.deal, "/contract.pdf", token=self.other_deal.access_token),
            self._url(
                self.deal.browse(self.deal.id + 10000), token=self.deal.access_token
            ),
        ):
            with self.subTest(url=url):
                response = self.url_open(url)
                self.assertEqual(response.status_code, 404)
                self.assertNotIn("Kan ar Mor", response.text)
        response = self.url_open(
            self._url(self.deal, "/precontract", token=self.other_deal.access_token),
            data={
                **PRECONTRACT,
                "csrf_token": self._csrf(self.url_open(self._url(self.deal)).text),
            },
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(self.venue.signatory_name)
        result = self.make_jsonrpc_request(
            self._url(self.deal, "/sign", token=self.deal_b.access_token),
            {"name": "Intrus", "signature": SIGNATURE},
        )
        self.assertIn("error", result)
        self.assertEqual(version.state, "sent")

    def test_organiser_fills_its_precontract_and_the_booker_is_alerted(self):
        """The organiser saves its pré-contrat: stored on the directory
        entry with its billing and technical contacts, logged on the deal;
        the booker gets an activity once it is complete. An invalid SIRET
        is refused in French and nothing is stored."""
        page = self.url_open(self._url(self.deal)).text
        response = self.url_open(
            self._url(self.deal, "/precontract"),
            data={
                **PRECONTRACT,
                "company_registry": "442 000 125 00018",
                "csrf_token": self._csrf(page),
            },
        )
        self.assertIn("pas valide : vérifiez ses 14 chiffres", response.text)
        self.assertFalse(self.venue.signatory_name)
        response = self.url_open(
            self._url(self.deal, "/precontract"),
            data={**PRECONTRACT, "csrf_token": self._csrf(page)},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("votre pré-contrat est enregistré", response.text)
        self.venue.invalidate_recordset()
        self.assertTrue(self.venue.precontract_complete)
        self.assertEqual(self.venue.vat, "FR40442000125")
        self.assertEqual(
            self.venue.billing_contact_id.email, "compta@cornouaille.example"
        )
        self.assertEqual(self.venue.technical_contact_id.parent_id, self.venue)
        # saved again, already complete: no second alert
        self.url_open(
            self._url(self.deal, "/precontract"),
            data={**PRECONTRACT, "csrf_token": self._csrf(page)},
        )
        activities = self.deal.activity_ids
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.user_id, self.booker)
        self.assertFalse(self.other_deal.activity_ids)

    def test_organiser_reads_and_signs_its_sent_contract(self):
        """A draft contract is neither shown nor signed. Once the booker
        sends it, the organiser reads its PDF and signs it with the
        portal's signature: the version is signed, the chatter says who and
        when, and it cannot be signed again."""
        self.deal.action_generate_contract()
        draft = self.deal.contract_version_id
        response = self.url_open(self._url(self.deal, "/contract.pdf"))
        self.assertEqual(response.status_code, 404, "a draft is not shown")
        self.assertNotIn(
            "portal.signature_form", self.url_open(self._url(self.deal)).text
        )
        refused = self.make_jsonrpc_request(
            self._url(self.deal, "/sign"), {"name": "X", "signature": SIGNATURE}
        )
        self.assertIn("error", refused)
        self.assertEqual(draft.state, "draft")
        version = self._send_contract()
        response = self.url_open(self._url(self.deal, "/contract.pdf"))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, version.attachment_id.raw)
        self.assertIn("portal.signature_form", self.url_open(self._url(self.deal)).text)
        result = self.make_jsonrpc_request(
            self._url(self.deal, "/sign"),
            {"name": "Anne Le Goff", "signature": SIGNATURE},
        )
        self.assertTrue(result.get("force_refresh"), result)
        self.assertEqual(version.state, "signed")
        self.assertEqual(version.signed_by, "Anne Le Goff")
        self.assertTrue(version.signed_on)
        self.assertEqual(base64.b64decode(version.signature)[:4], b"\x89PNG")
        self.assertIn("Anne Le Goff", self.deal.message_ids[:1].body)
        again = self.make_jsonrpc_request(
            self._url(self.deal, "/sign"), {"name": "X", "signature": SIGNATURE}
        )
        self.assertIn("error", again)
        self.assertIn("Signé par", self.url_open(self._url(self.deal)).text)

    def test_signed_contract_prints_the_drawn_signature_and_stays_frozen(self):
        """Signed on the portal, the contract prints the drawn signature,
        the signer's name and the day in its signature block: in the
        version's signed PDF, which the organiser's link then serves, and in
        the contract the booker prints. Neither the deal changing after
        nor a new signature changes the signed PDF."""
        version = self._send_contract()
        result = self.make_jsonrpc_request(
            self._url(self.deal, "/sign"),
            {"name": "Anne Le Goff", "signature": SIGNATURE},
        )
        self.assertTrue(result.get("force_refresh"), result)
        image = image_data_uri(version.signature)
        # Odoo renders a report's HTML instead of its PDF under test
        signed = base64.b64decode(version.signed_file).decode()
        env_booker = self._env_of(self.booker)
        printed = (
            env_booker["ir.actions.report"]
            ._render_qweb_html("booking_deal.report_deal_contract", self.deal.ids)[0]
            .decode()
        )
        # the day, in French, in the reader's timezone whichever it is
        days = {
            format_date(
                self.env,
                (version.signed_on + timedelta(hours=hours)).date(),
                lang_code="fr_FR",
            )
            for hours in (-12, 0, 14)
        }
        for html in (signed, printed):
            self.assertIn(image, html)
            self.assertRegex(html, r"Signé par\s*<span>Anne Le Goff</span>")
            self.assertTrue(
                any(re.search(rf"Date :\s*<span>{day}</span>", html) for day in days),
                days,
            )
        self.assertEqual(version.signed_file_name, f"{version.name} signé.pdf")
        response = self.url_open(self._url(self.deal, "/contract.pdf"))
        self.assertEqual(response.text, signed)
        # frozen: the deal changes, a second signature is refused
        self.deal.note = "<p>changed after the signature</p>"
        self.assertIn(
            "error",
            self.make_jsonrpc_request(
                self._url(self.deal, "/sign"), {"name": "X", "signature": SIGNATURE}
            ),
        )
        with self.assertRaises(UserError):
            version.with_env(env_booker).signed_file = base64.b64encode(b"other")
        self.assertEqual(base64.b64decode(version.signed_file).decode(), signed)
        self.assertEqual(
            self.url_open(self._url(self.deal, "/contract.pdf")).text, signed
        )

    def test_revoked_link_opens_nothing(self):
        """The booker revokes the link: the old token answers 404; the new
        link works."""
        old = self.deal.access_token
        self.deal.action_revoke_organiser_link()
        self.assertEqual(
            self.url_open(self._url(self.deal, token=old)).status_code, 404
        )
        self.deal.action_organiser_link()
        self.assertNotEqual(self.deal.access_token, old)
        self.assertEqual(self.url_open(self._url(self.deal)).status_code, 200)

    def test_organiser_link_is_the_bookers_not_the_accountants(self):
        """A's accountant reads the link but cannot make or revoke one; B's
        booker reads nothing of the deal."""
        env_acc = self._env_of(self.accountant)
        read = self.deal.with_env(env_acc).web_read({"organiser_url": {}})[0]
        self.assertIn(self.deal.access_token, read["organiser_url"])
        with self.assertRaises(AccessError):
            self.deal.with_env(env_acc).action_revoke_organiser_link()
        env_b = self._env_of(self.booker_b_only)
        with self.assertRaises(AccessError):
            self.deal.with_env(env_b).web_read({"organiser_url": {}})

    def test_a_logged_in_user_needs_the_token_too(self):
        """A's accountant, logged in and reading the deal, opens nothing
        without the token: the page acts as the organiser (it signs)."""
        self._send_contract()
        self.authenticate(self.accountant.login, self.accountant.login)
        self.assertEqual(self.url_open(self._url(self.deal, token="")).status_code, 404)
        result = self.make_jsonrpc_request(
            f"/booking/deal/{self.deal.id}/sign",
            {"name": "Compta", "signature": SIGNATURE},
        )
        self.assertIn("error", result)
        self.assertEqual(self.deal.contract_version_id.state, "sent")

    def test_the_page_writes_only_the_precontract_fields(self):
        """Fields posted beyond the pré-contrat's (the entry's name, its
        directory, another partner's id) are ignored."""
        page = self.url_open(self._url(self.deal)).text
        name, cluster = self.venue.name, self.venue.directory_cluster_id
        self.url_open(
            self._url(self.deal, "/precontract"),
            data={
                **PRECONTRACT,
                "name": "Renamed CANARY",
                "directory_cluster_id": "0",
                "billing_contact_id": str(self.venue_transat.id),
                "csrf_token": self._csrf(page),
            },
        )
        self.venue.invalidate_recordset()
        self.assertEqual(self.venue.name, name)
        self.assertEqual(self.venue.directory_cluster_id, cluster)
        self.assertNotEqual(self.venue.billing_contact_id, self.venue_transat)
        self.assertEqual(self.venue.billing_contact_id.parent_id, self.venue)
