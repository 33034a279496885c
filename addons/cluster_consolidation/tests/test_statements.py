# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

from odoo.tests import BaseCase, tagged

from ..lib import controls, statements
from ..lib.statements import Account

CHART = [
    Account(1, "C100", "Cash", "asset"),
    Account(2, "C150", "Goodwill", "asset", "goodwill"),
    Account(3, "C200", "Payables", "liability"),
    Account(4, "C300", "Capital", "equity"),
    Account(5, "C310", "Retained earnings", "equity", "retained"),
    Account(6, "C320", "Translation reserve", "equity", "cta"),
    Account(7, "C330", "Minority interests", "equity", "minority"),
    Account(8, "C400", "Revenue", "income"),
    Account(9, "C600", "Costs", "expense"),
    Account(10, "C690", "Minority share of profit", "expense", "minority_result"),
]


def _by_label(rows):
    return {row.label: row for row in rows}


def _balanced(values):
    """Balances on every account but cash, cash closing the trial balance."""
    balances = dict(zip(range(2, 11), values, strict=False))
    balances[1] = -sum(balances.values())
    return balances


amounts = st.integers(min_value=-(10**7), max_value=10**7).map(lambda c: c / 100)
balances = st.lists(amounts, min_size=9, max_size=9).map(_balanced)


@tagged("post_install", "-at_install")
class TestStatements(BaseCase):
    def test_statements_doctests(self):
        """The module's docstring examples hold."""
        result = doctest.testmod(statements)
        self.assertFalse(result.failed)
        self.assertTrue(result.attempted)

    def test_a_group_with_minority_interests_reads_as_its_statements(self):
        """A worked example (figures our own): a parent holding 80% of a
        subsidiary. Consolidated: cash 1,290, goodwill 100, payables 200,
        capital 1,000, retained earnings 50, translation reserve 20 (credit;
        10 a year earlier), minority interests 70 including their 10 share
        of the year's profit; revenue 500, costs 440. Net result 60, of
        which 10 to minority interests and 50 to the owners; equity 1,000 +
        50 + 20 + 70 + 50 = 1,190 and with payables 1,390 = assets."""
        now = {
            1: 1290,
            2: 100,
            3: -200,
            4: -1000,
            5: -50,
            6: -20,
            7: -70,
            8: -500,
            9: 440,
            10: 10,
        }
        before = {1: 1170, 3: -100, 4: -1000, 6: -10, 7: -60}
        sheet = _by_label(statements.balance_sheet(CHART, now, before))
        self.assertEqual(sheet["total_asset"].amount, 1390)
        self.assertEqual(sheet["result"].amount, 50)
        self.assertEqual(sheet["total_equity"].amount, 1190)
        self.assertEqual(sheet["total_equity_liability"].amount, 1390)
        self.assertEqual(sheet["total_equity_liability"].previous, 1170)
        self.assertEqual(sheet["C200 Payables"].amount, 200, "credits positive")
        self.assertEqual(sheet["C200 Payables"].variance, 100)
        self.assertEqual(sheet["C200 Payables"].variance_percent, 100.0)
        self.assertIsNone(sheet["C150 Goodwill"].variance_percent, "nothing before")
        result = _by_label(statements.profit_or_loss(CHART, now, before))
        self.assertEqual(result["C400 Revenue"].amount, 500)
        self.assertEqual(result["C600 Costs"].amount, 440)
        self.assertNotIn("C690 Minority share of profit", result)
        self.assertEqual(result["net_result"].amount, 60)
        self.assertEqual(result["minority"].amount, 10)
        self.assertEqual(result["owners"].amount, 50)
        oci = _by_label(statements.other_comprehensive_income(CHART, now, before))
        self.assertEqual(oci["C320 Translation reserve"].amount, 10)
        self.assertEqual(oci["total_ci"].amount, 60 + 10)
        equity = {
            row[0]: row[2:] for row in statements.changes_in_equity(CHART, now, before)
        }
        self.assertEqual(equity["C320 Translation reserve"], (10, 0, 10, 0, 20))
        self.assertEqual(equity["result"], (0, 50, 0, 0, 50))
        self.assertEqual(equity["total_equity"][-1], 1190)

    @settings(max_examples=200, deadline=None)
    @given(balances, balances)
    def test_assets_equal_equity_and_liabilities(self, now, before):
        """Property: on a balanced trial balance, total assets equal total
        equity and liabilities, for the period and the previous one."""
        sheet = _by_label(statements.balance_sheet(CHART, now, before))
        for field in ("amount", "previous"):
            self.assertAlmostEqual(
                getattr(sheet["total_asset"], field),
                getattr(sheet["total_equity_liability"], field),
                places=2,
            )

    @settings(max_examples=200, deadline=None)
    @given(balances, balances)
    def test_statements_tie_together(self, now, before):
        """Property: the variance is the period less the previous one; the
        balance sheet's result is the owners' share of the net result; total
        comprehensive income is the net result plus OCI; the changes in
        equity open on the previous equity and close on this one."""
        sheet = _by_label(statements.balance_sheet(CHART, now, before))
        result = _by_label(statements.profit_or_loss(CHART, now, before))
        oci = _by_label(statements.other_comprehensive_income(CHART, now, before))
        for row in sheet.values():
            if row.amount is not None:
                self.assertAlmostEqual(
                    row.variance, row.amount - row.previous, places=6
                )
        self.assertAlmostEqual(
            sheet["result"].amount, result["owners"].amount, places=2
        )
        self.assertAlmostEqual(
            oci["total_ci"].amount,
            result["net_result"].amount + oci["oci"].amount,
            places=2,
        )
        total = statements.changes_in_equity(CHART, now, before)[-1]
        self.assertAlmostEqual(total[2], sheet["total_equity"].previous, places=2)
        self.assertAlmostEqual(total[6], sheet["total_equity"].amount, places=2)
        self.assertAlmostEqual(total[2] + sum(total[3:6]), total[6], places=2)


@tagged("post_install", "-at_install")
class TestControls(BaseCase):
    def test_controls_doctests(self):
        """The rate-swing examples hold."""
        result = doctest.testmod(controls)
        self.assertFalse(result.failed)
        self.assertTrue(result.attempted)

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.floats(min_value=0.01, max_value=100), min_size=2))
    def test_a_swing_does_not_depend_on_how_the_rate_is_quoted(self, rates):
        """Property: a rate and its inverse move by the same proportion, and
        the swing is never negative."""
        swing = controls.rate_swing(rates)
        self.assertGreaterEqual(swing, 0.0)
        inverse = controls.rate_swing([1 / rate for rate in rates])
        self.assertAlmostEqual(swing, inverse, delta=1e-9 * (1 + swing))
