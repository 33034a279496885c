# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64
import io

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tools import pdf

from .common import DealCommon

VERSION_SPEC = {
    "name": {},
    "state": {},
    "annex_note": {},
    "attachment_id": {"fields": {"display_name": {}}},
}


def _one_page_pdf(text):
    """A one-page PDF, as a rider's file would be."""
    writer = pdf.PdfFileWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": text})
    stream = io.BytesIO()
    writer.write(stream)
    return stream.getvalue()


def _pages(data):
    return len(pdf.PdfFileReader(io.BytesIO(data)).pages)


@tagged("post_install", "-at_install")
class TestContractVersion(DealCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env_booker = cls._env_of(cls.booker)
        cls.deal = cls.env_booker["booking.deal"].create(cls._deal_values())
        cls.deal.action_agree()

    def _rider(self, data, name):
        return self._create_rider(
            self.production,
            file=base64.b64encode(data),
            file_name=name,
        )

    def test_each_generation_is_kept_with_the_rider_appended(self):
        """A's booker generates the contract twice: two versions, each with
        its own PDF owned by A; the current rider's page follows the
        contract's and is listed among the annexes."""
        self._rider(_one_page_pdf("rider"), "fiche-technique.pdf")
        # tests render reports as HTML unless told to run wkhtmltopdf
        deal = self.deal.with_context(force_report_rendering=True)
        deal.action_generate_contract()
        deal.action_generate_contract()
        first, second = self.deal.contract_version_ids.sorted("version")
        self.assertEqual((first.version, second.version), (1, 2))
        self.assertEqual(self.deal.contract_version_id, second)
        attachment = second.attachment_id
        self.assertEqual(attachment.company_id, self.company_a)
        self.assertEqual(
            (attachment.res_model, attachment.res_id), (second._name, second.id)
        )
        self.assertNotEqual(first.attachment_id, attachment)
        plain, _kind = deal.env["ir.actions.report"]._render_qweb_pdf(
            "booking_deal.report_deal_contract", self.deal.ids
        )
        self.assertEqual(_pages(attachment.raw), _pages(plain) + 1)
        self.assertIn("appended", second.annex_note)
        read = second.web_read(VERSION_SPEC)[0]
        self.assertEqual(read["state"], "draft")

    def test_a_rider_that_is_not_a_pdf_is_listed_as_sent_separately(self):
        """A rider uploaded as a word-processor file, or a broken PDF, does
        not stop the contract: the annex list says it is sent separately."""
        self._rider(b"PK\x03\x04 not a pdf", "fiche.docx")
        self.deal.action_generate_contract()
        version = self.deal.contract_version_id
        self.assertIn("not a PDF (fiche.docx), sent separately", version.annex_note)
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("booking_deal.report_deal_contract", self.deal.ids)[0]
            .decode()
        )
        self.assertIn("fiche.docx", html)
        self._rider(b"%PDF-1.4 broken", "cassee.pdf")
        self.deal.action_generate_contract()
        self.assertIn("sent separately", self.deal.contract_version_id.annex_note)

    def test_a_signed_version_cannot_change_nor_be_regenerated(self):
        """Once the scanned signed PDF is uploaded and the version marked
        signed, the version refuses any change or deletion, and the deal
        refuses a new generation, with a clear error; the chatter says who
        signed and when."""
        self.deal.action_generate_contract()
        version = self.deal.contract_version_id
        with self.assertRaisesRegex(UserError, "Upload the signed PDF"):
            version.action_mark_signed()
        # as the web client does: the scan saved on the form, then the button
        version.web_save(
            {
                "signed_file": base64.b64encode(_one_page_pdf("signed")).decode(),
                "signed_file_name": "contrat-signe.pdf",
            },
            VERSION_SPEC,
        )
        version.action_mark_signed()
        self.assertEqual(version.state, "signed")
        self.assertTrue(version.signed_on)
        self.assertIn(
            "signed by",
            self.deal.message_ids[:1].body,
        )
        with self.assertRaisesRegex(UserError, "is signed: it cannot change"):
            version.write({"signed_by": "Someone else"})
        with self.assertRaisesRegex(UserError, "is signed: it cannot change"):
            version.unlink()
        with self.assertRaisesRegex(UserError, "cannot be regenerated"):
            self.deal.action_generate_contract()
        with self.assertRaisesRegex(UserError, "cannot be regenerated"):
            version.create({"deal_id": self.deal.id})

    def test_a_version_is_created_a_draft(self):
        """A version created through the API with a state of its own is a
        draft all the same: only a signature signs it."""
        version = self.env_booker["booking.contract.version"].create(
            {"deal_id": self.deal.id, "state": "signed", "signed_by": "Forged"}
        )
        self.assertEqual(version.state, "draft")
        self.deal.action_generate_contract()

    def test_a_versions_file_cannot_be_swapped(self):
        """The generated file cannot be replaced, nor pointed at another
        record's attachment."""
        self.deal.action_generate_contract()
        version = self.deal.contract_version_id
        other = self.env["ir.attachment"].create(
            {"name": "other.pdf", "raw": b"x", "res_model": "res.partner"}
        )
        with self.assertRaisesRegex(UserError, "cannot be replaced"):
            version.write({"attachment_id": other.id})

    def test_accountant_reads_versions_and_other_companies_see_nothing(self):
        """A's accountant reads the versions and their file but cannot
        generate; B's booker neither reads the version nor its file."""
        self.deal.action_generate_contract()
        version = self.deal.contract_version_id
        env_acc = self._env_of(self.accountant)
        read = version.with_env(env_acc).web_read(VERSION_SPEC)[0]
        self.assertEqual(read["name"], version.name)
        self.assertTrue(version.attachment_id.with_env(env_acc).raw)
        with self.assertRaises(AccessError):
            self.deal.with_env(env_acc).action_generate_contract()
        env_b = self._env_of(self.booker_b_only)
        self.assertFalse(
            env_b["booking.contract.version"].search([("id", "=", version.id)])
        )
        with self.assertRaises(AccessError):
            version.with_env(env_b).web_read(VERSION_SPEC)
        with self.assertRaises(AccessError):
            version.attachment_id.with_env(env_b).read(["raw"])

    def test_booker_and_accountant_open_the_screens(self):
        """The version's and the deal's screens load for a user holding only
        the Booker role and for the accountant; the generate button is the
        booker's alone."""
        self.deal.action_generate_contract()
        for user in (self.booker, self.accountant):
            env = self._env_of(user)
            views = env["booking.contract.version"].get_views(
                [(False, "list"), (False, "form")]
            )
            self.assertIn("signed_file", views["views"]["form"]["arch"])
            deal_arch = env["booking.deal"].get_views([(False, "form")])["views"][
                "form"
            ]["arch"]
            self.assertEqual(
                "action_generate_contract" in deal_arch, user == self.booker
            )
            read = self.deal.with_env(env).web_read(
                {"contract_state": {}, "contract_version_id": {"fields": {}}}
            )[0]
            self.assertEqual(read["contract_state"], "draft")
