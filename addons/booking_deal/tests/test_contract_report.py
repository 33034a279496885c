# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from unittest.mock import patch

from odoo.tests import tagged

from .common import DealCommon


@tagged("post_install", "-at_install")
class TestContractReport(DealCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"]._load_module_terms(
            ["booking_deal", "booking_production"], ["fr_FR"], overwrite=True
        )

    def _render(self, env, deal):
        html, _kind = env["ir.actions.report"]._render_qweb_html(
            "booking_deal.report_deal_contract", deal.ids
        )
        return html.decode()

    def test_contract_lists_its_dates_and_clauses_in_french(self):
        """A's booker prints the contract of an agreed coréalisation: in
        French, numbered, every date listed, the clauses of its type and of
        who pays the tax and the rights."""
        env = self._env_of(self.booker)
        deal = env["booking.deal"].create(self._deal_values())
        deal.action_agree()
        html = self._render(env, deal)
        self.assertIn(deal.contract_number, html)
        self.assertIn("Coréalisation", html)
        self.assertIn("La recette nette est partagée : 60,00 %", html)
        self.assertIn("Un minimum de 3\xa0000,00\xa0€ par représentation", html)
        self.assertIn("ASTP", html)
        for day in ("12/03/2027", "13/03/2027"):
            self.assertIn(day, html)
        self.assertNotIn("The net receipts are shared", html)

    def test_international_contract_is_in_english(self):
        """A versus deal's contract is in the organiser's language, English
        by default, with the versus clause."""
        env = self._env_of(self.booker)
        deal = env["booking.deal"].create(
            self._deal_values(deal_type="versus", minimum=5000.0, producer_percent=85.0)
        )
        self.venue.lang = "en_US"
        html = self._render(env, deal)
        self.assertIn("The producer receives the greater of a guarantee", html)
        self.assertIn("(draft)", html)

    def test_contract_falls_back_to_the_users_language(self):
        """When the contract's language is not active in the database, the
        contract is rendered in the user's language rather than failing."""
        env = self._env_of(self.booker)
        deal = env["booking.deal"].create(self._deal_values())
        Lang = type(self.env["res.lang"])
        with patch.object(Lang, "_get_code", return_value=False):
            self.assertEqual(deal._contract_lang(), env.lang or "en_US")
            self.assertIn("Kan ar Mor", self._render(env, deal))

    def test_settlement_statement_lists_its_lines_in_french(self):
        """The settlement statement's PDF lists the engine's lines, in
        French, with the balance due."""
        env = self._env_of(self.booker)
        deal = env["booking.deal"].create(self._deal_values())
        settlement = env["booking.settlement"].create(
            {"deal_id": deal.id, "band_ids": self._bands()}
        )
        html, _kind = env["ir.actions.report"]._render_qweb_html(
            "booking_deal.report_settlement_statement", settlement.ids
        )
        html = html.decode()
        self.assertIn("Solde dû au producteur", html)
        self.assertIn("6\xa0823,63", html)
        self.assertIn("Plein : 150 billets à 20,00\xa0€, 10 exonérés", html)
        self.assertIn("ASTP 3,50 %", html)
