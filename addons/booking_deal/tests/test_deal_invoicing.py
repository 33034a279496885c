# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import BaseCase, tagged

from ..lib import invoicing
from .common import DealCommon

MOVE_SPEC = {
    "move_type": {},
    "amount_untaxed": {},
    "amount_tax": {},
    "ref": {},
    "company_id": {},
    "partner_id": {},
}


@tagged("post_install", "-at_install")
class TestInvoicingDifferences(BaseCase):
    def test_documents_invoice_only_the_difference(self):
        """The doctests of lib/invoicing.py: the difference, its document
        and the signed totals of the documents' lines."""
        self.assertEqual(doctest.testmod(invoicing).failed, 0)


@tagged("post_install", "-at_install")
@freeze_time("2027-03-20")
class TestDealInvoicing(DealCommon):
    """A keeps books (French fiscal country, a generic chart); its
    accountant invoices the deals its booker agrees and settles."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._give_a_books()
        cls.accountant_b = cls._create_user_with_roles(
            "bd_accountant_b", [(cls.role_accountant, cls.company_b)]
        )

    def _agreed(self, **values):
        deal = self._env_of(self.booker)["booking.deal"].create(
            self._deal_values(**values)
        )
        deal.action_agree()
        return deal

    def _as(self, user, records):
        return records.with_env(self._env_of(user))

    def _settled(self, deal, bands=None):
        settlement = self._env_of(self.booker)["booking.settlement"].create(
            {"deal_id": deal.id, "band_ids": bands or self._bands()}
        )
        settlement.action_validate()
        return settlement

    def test_accountant_invoices_the_fee_and_the_deposit_once(self):
        """A cession of 2 shows at 2,000.00 with 300.00 of costs and a 30 %
        deposit: the deposit invoice (1,200.00 + 5.5 %) and the fee invoice
        (fee, costs and the deposit deducted on their own lines), A's, to the
        organiser, naming the contract; invoicing again makes nothing."""
        deal = self._agreed(
            deal_type="cession", fee=2000.0, costs=300.0, deposit_percent=30.0
        )
        self._as(self.accountant, deal).action_invoice()
        moves = self._as(self.accountant, deal).invoice_ids
        self.assertEqual(len(moves), 2)
        deposit, fee = moves.sorted("id")
        read = deposit.with_env(self._env_of(self.accountant)).web_read(MOVE_SPEC)[0]
        self.assertEqual(read["move_type"], "out_invoice")
        self.assertEqual(read["company_id"], self.company_a.id)
        self.assertEqual(read["partner_id"], self.venue.id)
        self.assertEqual(read["ref"], deal.contract_number)
        self.assertAlmostEqual(read["amount_untaxed"], 1200.0)
        self.assertAlmostEqual(read["amount_tax"], 66.0)
        lines = {line.booking_component: line for line in fee.invoice_line_ids}
        self.assertEqual(set(lines), {"fee", "costs", "deposit_deduction"})
        self.assertAlmostEqual(lines["fee"].price_subtotal, 4000.0)
        self.assertAlmostEqual(lines["costs"].price_subtotal, 300.0)
        self.assertAlmostEqual(lines["deposit_deduction"].price_subtotal, -1200.0)
        self.assertEqual(lines["fee"].tax_ids, self.tax_sale)
        self.assertAlmostEqual(fee.amount_untaxed, 3100.0)
        self._as(self.accountant, deal).action_invoice()
        self.assertEqual(self._as(self.accountant, deal).invoice_count, 2)

    def test_a_booker_without_the_accountant_role_cannot_invoice(self):
        """The booker sees no Invoice button and, calling it anyway, is told
        who invoices; nothing is created."""
        deal = self._agreed(deal_type="cession", fee=2000.0)
        env = self._env_of(self.booker)
        arch = env["booking.deal"].get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertNotIn("action_invoice", arch)
        with self.assertRaisesRegex(AccessError, "Only the accountants of Ar Men"):
            deal.with_env(env).action_invoice()
        self.assertFalse(
            self.env["account.move"].search_count([("booking_deal_id", "=", deal.id)])
        )

    def test_an_accountant_elsewhere_does_not_invoice_where_she_books(self):
        """Booker in A and accountant in B, both ticked: she sees the
        Invoice button (her groups are global) but invoicing A's deal is
        refused in words, and nothing is created."""
        mixed = self._create_user_with_roles(
            "bd_mixed",
            [
                (self.role_booker, self.company_a),
                (self.role_accountant, self.company_b),
            ],
        )
        deal = self._agreed(deal_type="cession", fee=2000.0)
        env = self._env_of(mixed, self.company_a | self.company_b)
        with self.assertRaisesRegex(AccessError, "Only the accountants of Ar Men"):
            deal.with_env(env).action_invoice()
        self.assertFalse(deal.with_env(env).invoice_count)
        self.assertFalse(
            self.env["account.move"].search_count([("booking_deal_id", "=", deal.id)])
        )

    def test_a_draft_deal_is_not_invoiced(self):
        """Invoicing a deal still in negotiation is refused in words."""
        deal = self._env_of(self.booker)["booking.deal"].create(
            self._deal_values(deal_type="cession", fee=100.0)
        )
        with self.assertRaisesRegex(UserError, "Agree the deal"):
            self._as(self.accountant, deal).action_invoice()

    def test_the_settlement_invoices_the_variable_part_to_the_cent_once(self):
        """The coréalisation of the worked example: one invoice of the share
        (885.61) and the top-up (5,114.39), each with A's 5.5 %; invoicing
        again makes nothing."""
        deal = self._agreed()
        settlement = self._settled(deal)
        self._as(self.accountant, settlement).action_invoice()
        move = self._as(self.accountant, settlement).invoice_ids
        self.assertEqual(move.move_type, "out_invoice")
        lines = {line.booking_component: line for line in move.invoice_line_ids}
        self.assertAlmostEqual(lines["share"].price_subtotal, 885.61)
        self.assertAlmostEqual(lines["topup"].price_subtotal, 5114.39)
        self.assertAlmostEqual(move.amount_tax, 48.71 + 281.29)
        self.assertEqual(move.booking_deal_id, deal)
        self._as(self.accountant, settlement).action_invoice()
        self.assertEqual(self._as(self.accountant, settlement).invoice_count, 1)

    def test_a_corrected_box_office_gives_a_credit_note_of_the_difference(self):
        """Without a minimum: 100 full-price tickets fewer after correction
        give a credit note of the share's difference only."""
        deal = self._agreed(minimum=0.0)
        settlement = self._settled(deal)
        self._as(self.accountant, settlement).action_invoice()
        first = settlement.producer_share
        settlement.with_env(self._env_of(self.booker)).action_reset_draft()
        settlement.band_ids[0].with_env(self._env_of(self.booker)).sold = 50
        settlement.with_env(self._env_of(self.booker)).action_validate()
        self.assertLess(settlement.producer_share, first)
        self._as(self.accountant, settlement).action_invoice()
        moves = self._as(self.accountant, settlement).invoice_ids.sorted("id")
        self.assertEqual(moves.mapped("move_type"), ["out_invoice", "out_refund"])
        self.assertAlmostEqual(
            moves[1].amount_untaxed, first - settlement.producer_share, places=2
        )

    def test_a_location_rent_is_a_vendor_bill(self):
        """The producer rents the venue: the rent is the organiser's bill
        to the company, with A's purchase tax."""
        deal = self._agreed(deal_type="location", rent=800.0, minimum=0.0)
        settlement = self._settled(deal)
        self._as(self.accountant, settlement).action_invoice()
        move = self._as(self.accountant, settlement).invoice_ids
        self.assertEqual(move.move_type, "in_invoice")
        self.assertAlmostEqual(move.amount_untaxed, 1600.0)
        self.assertEqual(move.invoice_line_ids.tax_ids, self.tax_rent)

    def test_the_deals_payment_state_follows_its_invoices(self):
        """Posted, the fee invoice leaves the deal not paid; paid, the deal
        is paid (in payment until the bank reconciles it)."""
        deal = self._agreed(deal_type="cession", fee=1000.0)
        self.assertEqual(deal.payment_state, "not_invoiced")
        env = self._env_of(self.accountant)
        deal.with_env(env).action_invoice()
        move = deal.with_env(env).invoice_ids
        move.invoice_date = "2027-03-20"
        move.action_post()
        self.assertEqual(deal.payment_state, "not_paid")
        env["account.payment.register"].with_context(
            active_model="account.move", active_ids=move.ids
        ).create({})._create_payments()
        self.assertIn(deal.payment_state, ("in_payment", "paid"))
        read = deal.with_env(self._env_of(self.booker)).web_read(
            {"payment_state": {}, "invoice_count": {}}
        )[0]
        self.assertIn(read["payment_state"], ("in_payment", "paid"))
        self.assertEqual(read["invoice_count"], 0, "the booker keeps no books")

    def test_another_companys_accountant_sees_nothing_of_the_invoices(self):
        """B's accountant finds none of A's deal documents, reads none, and
        the organiser's receivable in B adds up nothing of A's (A's
        accountant reads it); A's booker reads no receivable at all."""
        deal = self._agreed(deal_type="cession", fee=1000.0)
        deal.with_env(self._env_of(self.accountant)).action_invoice()
        move = self.env["booking.deal"].browse(deal.id).invoice_ids
        move.invoice_date = "2027-03-20"
        move.action_post()
        env_b = self._env_of(self.accountant_b)
        found = env_b["account.move"].web_search_read(
            [("booking_deal_id", "!=", False)], MOVE_SPEC
        )
        self.assertEqual(found["length"], 0)
        with self.assertRaises(AccessError):
            move.with_env(env_b).web_read(MOVE_SPEC)
        with self.assertRaises(AccessError):
            deal.with_env(env_b).action_invoice()
        spec = {"credit": {}, "total_invoiced": {}}
        self.assertFalse(
            env_b["res.partner"].browse(self.venue.id).web_read(spec)[0]["credit"]
        )
        booker = self._env_of(self.booker)["res.partner"].browse(self.venue.id)
        with self.assertRaises(AccessError):
            booker.web_read(spec)
        accountant = self._env_of(self.accountant)["res.partner"].browse(self.venue.id)
        self.assertAlmostEqual(accountant.web_read(spec)[0]["credit"], 2110.0)

    def test_missing_taxes_stop_invoicing_with_their_names(self):
        """A company without deal taxes: invoicing names them, creates
        nothing."""
        self.tax_sale.active = False
        deal = self._agreed(deal_type="cession", fee=1000.0)
        with self.assertRaisesRegex(UserError, "Set the taxes of deals"):
            self._as(self.accountant, deal).action_invoice()
        self.assertFalse(deal.invoice_ids)

    def _export_position(self):
        """A's export fiscal position, for organisers in Belgium: A's 5.5 %
        becomes a 0 % export tax, the sales journal's income account an
        export income account."""
        export_tax = self._create_tax(
            self.company_a, self.tax_sale.tax_group_id, "TVA 0 % export", "sale", 0.0
        )
        income = (
            self.env["account.journal"]
            .search([("company_id", "=", self.company_a.id), ("type", "=", "sale")])
            .default_account_id
        )
        export_income = income.copy({"code": "706900", "name": "Export sales"})
        position = self.env["account.fiscal.position"].create(
            {
                "name": "Export",
                "company_id": self.company_a.id,
                "auto_apply": True,
                "country_id": self.env.ref("base.be").id,
                "tax_ids": [
                    Command.create(
                        {"tax_src_id": self.tax_sale.id, "tax_dest_id": export_tax.id}
                    )
                ],
                "account_ids": [
                    Command.create(
                        {
                            "account_src_id": income.id,
                            "account_dest_id": export_income.id,
                        }
                    )
                ],
            }
        )
        return position, export_tax, export_income

    def test_an_international_deal_invoices_under_the_organisers_position(self):
        """A Brussels organiser: the booker's versus deal gets A's export
        fiscal position, and the accountant's deposit invoice carries it,
        its line under the 0 % export tax and the export income account."""
        position, export_tax, export_income = self._export_position()
        brussels = self._create_entry(
            self.booker_a,
            name="Salle Henri Pousseur",
            country_id=self.env.ref("base.be").id,
        )
        deal = self._agreed(
            organiser_id=brussels.id,
            deal_type="versus",
            minimum=2500.0,
            producer_percent=70.0,
            expenses=1500.0,
            deposit_percent=50.0,
            new_creation=False,
        )
        read = deal.with_env(self._env_of(self.booker)).web_read(
            {"fiscal_position_id": {"fields": {"display_name": {}}}}
        )[0]
        self.assertEqual(
            read["fiscal_position_id"], {"id": position.id, "display_name": "Export"}
        )
        self._as(self.accountant, deal).action_invoice()
        move = self._as(self.accountant, deal).invoice_ids
        self.assertEqual(move.fiscal_position_id, position)
        line = move.invoice_line_ids
        self.assertEqual(line.booking_component, "deposit")
        self.assertAlmostEqual(line.price_subtotal, 2500.0)
        self.assertEqual(line.tax_ids, export_tax)
        self.assertEqual(line.account_id, export_income)
        self.assertAlmostEqual(move.amount_tax, 0.0)

    def test_a_french_organiser_keeps_the_company_taxes(self):
        """The venue in France: no fiscal position, the deal's invoice keeps
        A's 5.5 %; a booker may still choose one for a deal."""
        position, _export_tax, _income = self._export_position()
        deal = self._agreed(deal_type="cession", fee=1000.0)
        self.assertFalse(deal.fiscal_position_id)
        self._as(self.accountant, deal).action_invoice()
        self.assertEqual(deal.invoice_ids.invoice_line_ids.tax_ids, self.tax_sale)
        deal.with_env(self._env_of(self.booker)).fiscal_position_id = position
        self.assertEqual(deal.fiscal_position_id, position)

    def test_another_companys_fiscal_position_is_refused_in_french(self):
        """B's fiscal position set on A's deal by its booker, working in
        French: refused in her words, naming the field only, and the deal
        keeps none."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["booking_deal", "cluster_role"], ["fr_FR"], overwrite=True
        )
        foreign = self.env["account.fiscal.position"].create(
            {"name": "Export de B", "company_id": self.company_b.id}
        )
        deal = self._agreed(deal_type="cession", fee=1000.0)
        with self.assertRaises(UserError) as refused:
            deal.with_env(self._env_of(self.booker)).with_context(lang="fr_FR").write(
                {"fiscal_position_id": foreign.id}
            )
        self.assertIn("Position fiscale", str(refused.exception))
        self.assertIn("Sociétés incompatibles", str(refused.exception))
        self.assertNotIn("Export de B", str(refused.exception))
        self.assertNotIn(self.company_b.name, str(refused.exception))
        self.assertFalse(deal.fiscal_position_id)
