# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import HttpCase, tagged

from odoo.addons.booking_deal.tests.common import DealCommon


@tagged("post_install", "-at_install")
class TestDealTour(DealCommon, HttpCase):
    """A keeps books (a generic chart): the whole way from a confirmed date
    to the invoice of its signed contract, in headless Chromium."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._give_a_books()

    def test_tour_confirmed_date_to_invoice(self):
        """In the browser: A's booker opens a confirmed date, makes its
        deal, generates and sends the contract; the organiser signs it from
        its link; A's accountant invoices the signed deal (a booker keeps no
        books). The contract is signed and the fee invoice, to the
        organiser, names it."""
        date = self._create_date(self.production, date="2027-04-02")
        date.action_confirm()
        self.venue.signatory_name = "Anne Le Goff"
        self.start_tour(
            f"/odoo/action-booking_production.booking_date_action/{date.id}",
            "booking_deal_contract_tour",
            login=self.booker.login,
        )
        deal = self.env["booking.deal"].search([("date_ids", "in", date.ids)])
        self.assertEqual(len(deal), 1)
        self.assertEqual(deal.contract_state, "sent")
        self.start_tour(deal.get_portal_url(), "booking_deal_sign_tour")
        version = deal.contract_version_id
        self.assertEqual(deal.contract_state, "signed")
        self.assertEqual(version.signed_by, "Anne Le Goff")
        self.assertTrue(version.signature)
        self.start_tour(
            f"/odoo/action-booking_deal.booking_deal_action/{deal.id}",
            "booking_deal_invoice_tour",
            login=self.accountant.login,
        )
        invoice = deal.invoice_ids
        self.assertEqual(len(invoice), 1)
        self.assertEqual(invoice.move_type, "out_invoice")
        self.assertEqual(invoice.company_id, self.company_a)
        self.assertEqual(invoice.partner_id, self.venue)
        self.assertTrue(deal.contract_number)
        self.assertEqual(invoice.ref, deal.contract_number)
        self.assertIn(deal.contract_number, invoice.invoice_origin)
        self.assertEqual(sum(invoice.invoice_line_ids.mapped("price_subtotal")), 2500)
