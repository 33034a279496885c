# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import DEAL_SPEC, SETTLEMENT_SPEC, DealCommon


@tagged("post_install", "-at_install")
class TestDealFlow(DealCommon):
    def test_booker_makes_a_deal_and_settles_it_to_the_cent(self):
        """A user holding only the Booker role in A saves a coréalisation on
        the two confirmed dates from the web client, enters the box office
        and validates: the statement is the engine's worked example, to the
        cent, each component taxed with A's own tax."""
        env = self._env_of(self.booker)
        saved = env["booking.deal"].web_save(self._deal_values(), DEAL_SPEC)[0]
        self.assertEqual(saved["show_count"], 2)
        self.assertEqual(saved["rights_rate"], 12.0)
        deal = env["booking.deal"].browse(saved["id"])
        deal.action_agree()
        action = deal.action_new_settlement()
        settlement = env["booking.settlement"].browse(action["res_id"])
        saved = settlement.web_save({"band_ids": self._bands()}, SETTLEMENT_SPEC)[0]
        # dates 1 and 2 of a new creation: tickets at 2.1 %
        self.assertEqual({b["vat_rate"] for b in saved["band_ids"]}, {2.1})
        settlement.action_validate()
        saved = settlement.web_read(SETTLEMENT_SPEC)[0]
        self.assertEqual(saved["state"], "validated")
        self.assertAlmostEqual(saved["producer_total"], 6000.00, places=2)
        self.assertAlmostEqual(saved["balance"], 6823.63, places=2)
        lines = {line["code"]: line for line in saved["line_ids"]}
        self.assertAlmostEqual(lines["share"]["amount"], 885.61, places=2)
        self.assertAlmostEqual(lines["share"]["vat_amount"], 48.71, places=2)
        self.assertAlmostEqual(lines["topup"]["amount"], 5114.39, places=2)
        self.assertAlmostEqual(lines["topup"]["vat_amount"], 281.29, places=2)
        self.assertEqual(lines["topup"]["tax_id"]["id"], self.tax_sale.id)
        self.assertAlmostEqual(lines["levy_transfer"]["amount"], 493.63, places=2)
        self.assertAlmostEqual(deal.producer_total, 6000.00, places=2)

    def test_the_rate_of_new_creation_tickets_follows_the_dates_rank(self):
        """The 140th performance of a new creation is taxed at 2.1 %, the
        141st at 5.5 %."""
        env = self._env_of(self.booker)
        deal = env["booking.deal"].create(self._deal_values(first_performance=140))
        settlement = env["booking.settlement"].create({"deal_id": deal.id})
        settlement.write(
            {
                "band_ids": [
                    (0, 0, {"name": "J1", "date_id": self.date.id, "price": 10.0}),
                    (0, 0, {"name": "J2", "date_id": self.date_2.id, "price": 10.0}),
                ]
            }
        )
        self.assertEqual(settlement.band_ids.mapped("vat_rate"), [2.1, 5.5])

    def test_a_company_tax_chosen_in_the_settings_is_used(self):
        """A tax set for a component in the settings wins over the default
        one."""
        group = self.tax_sale.tax_group_id
        fee_tax = self._create_tax(self.company_a, group, "TVA 10 %", "sale", 10.0)
        self.company_a.deal_fee_tax_id = fee_tax
        env = self._env_of(self.booker)
        deal = env["booking.deal"].create(
            self._deal_values(deal_type="cession", fee=1000.0)
        )
        settlement = env["booking.settlement"].create(
            {"deal_id": deal.id, "band_ids": self._bands()}
        )
        fee = settlement.line_ids.filtered(lambda line: line.code == "fee")
        self.assertEqual(fee.tax_id, fee_tax)
        self.assertAlmostEqual(fee.vat_amount, 200.0)  # 2 shows x 1,000 x 10 %

    def test_accountant_reads_deals_and_settlements_but_changes_nothing(self):
        """The accountant of A reads A's deals and settlements from the web
        client; creating or validating is refused."""
        deal = self.env["booking.deal"].create(self._deal_values())
        settlement = self.env["booking.settlement"].create(
            {"deal_id": deal.id, "band_ids": self._bands()}
        )
        env = self._env_of(self.accountant)
        found = env["booking.deal"].web_search_read([("id", "=", deal.id)], DEAL_SPEC)
        self.assertEqual(found["length"], 1)
        read = settlement.with_env(env).web_read(SETTLEMENT_SPEC)[0]
        self.assertAlmostEqual(read["balance"], 6823.63, places=2)
        with self.assertRaises(AccessError):
            env["booking.deal"].create(self._deal_values())
        with self.assertRaises(AccessError):
            settlement.with_env(env).action_validate()

    def test_bad_input_is_refused_in_words_and_nothing_is_lost(self):
        """A deal without dates, on an option, with a share over 100 % or
        with a negative fee; a box office with negative tickets; a company
        without taxes; a validated settlement changed: each is a clear
        error, and the validated statement stays as it was."""
        env = self._env_of(self.booker)
        Deal = env["booking.deal"]
        cases = [
            ({"date_ids": [(5, 0, 0)]}, "at least one confirmed date"),
            ({"date_ids": [(6, 0, self.option.ids)]}, "confirmed dates only"),
            ({"producer_percent": 120.0}, "between 0 and 100"),
            ({"fee": -5.0}, "cannot be negative"),
        ]
        for values, message in cases:
            with self.subTest(message=message):
                refusal = self._refused(
                    lambda v=values: Deal.create(self._deal_values(**v))
                )
                self.assertIn(message, refusal)
        deal = Deal.create(self._deal_values())
        settlement = env["booking.settlement"].create({"deal_id": deal.id})
        refusal = self._refused(
            lambda: settlement.write(
                {"band_ids": [(0, 0, {"name": "Plein", "price": 20.0, "sold": -3})]}
            )
        )
        self.assertEqual(refusal, "Plein: tickets cannot be negative.")
        settlement.write({"band_ids": self._bands()})
        settlement.action_validate()
        with self.assertRaisesRegex(UserError, "validated settlement no longer"):
            settlement.band_ids[0].sold = 1
        with self.assertRaisesRegex(UserError, "validated settlement no longer"):
            settlement.write({"band_ids": [(2, settlement.band_ids[0].id)]})
        self.assertAlmostEqual(settlement.balance, 6823.63, places=2)
        self.assertEqual(len(settlement.band_ids), 2)

    def test_settling_without_the_companys_taxes_says_which_are_missing(self):
        """Company B has no tax: settling one of its deals names the taxes
        to set, and stores nothing."""
        production = self._create_production(self.company_b, name="Bro Gozh")
        date = self._create_date(production)
        date.action_confirm()
        booker_b = self._env_of(self.booker_b_only)
        deal = booker_b["booking.deal"].create(
            {
                "production_id": production.id,
                "organiser_id": self.venue.id,
                "date_ids": [(6, 0, date.ids)],
                "deal_type": "cession",
                "fee": 1500.0,
            }
        )
        settlement = booker_b["booking.settlement"].create({"deal_id": deal.id})
        with self.assertRaisesRegex(UserError, "Tax on Fees.*Tax on Rents"):
            settlement.action_validate()
        self.assertEqual(settlement.state, "draft")
        self.assertFalse(settlement.line_ids)

    @freeze_time("2026-11-20")
    def test_agreed_deals_are_numbered_per_company_and_year(self):
        """Agreeing a deal gives it the next contract number of its company
        for the year, once; another company counts its own; a new year
        starts again from 1."""
        env = self._env_of(self.booker)
        first, second = (env["booking.deal"].create(self._deal_values()) for _i in "12")
        first.action_agree()
        second.action_agree()
        self.assertEqual(
            (first.contract_number, second.contract_number),
            ("CT-2026-0001", "CT-2026-0002"),
        )
        first.action_reset_draft()
        first.action_agree()
        self.assertEqual(first.contract_number, "CT-2026-0001")
        production = self._create_production(self.company_b, name="Bro Gozh")
        date = self._create_date(production)
        date.action_confirm()
        deal_b = self._env_of(self.booker_b_only)["booking.deal"].create(
            {
                "production_id": production.id,
                "organiser_id": self.venue.id,
                "date_ids": [(6, 0, date.ids)],
                "fee": 900.0,
            }
        )
        deal_b.action_agree()
        self.assertEqual(deal_b.contract_number, "CT-2026-0001")
        with freeze_time("2027-01-04"):
            third = env["booking.deal"].create(self._deal_values())
            third.action_agree()
        self.assertEqual(third.contract_number, "CT-2027-0001")
