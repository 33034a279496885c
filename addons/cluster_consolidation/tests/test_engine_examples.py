# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Worked examples of the engine, to the cent. Each names where its figures
come from; where a published example gives only part of the figures, the
rest are ours, written out in the docstring so that they can be checked by
hand."""

from dataclasses import replace

from odoo.tests import BaseCase, tagged

from odoo.addons.cluster_base.lib import ownership

from ..lib import engine
from ..lib.engine import (
    BALANCE,
    DIVIDEND,
    FLOW,
    PERIOD,
    PRE,
    PRIOR,
    Acquisition,
    Balance,
    Member,
)

ROLES = {
    role: role
    for role in (
        "retained",
        "cta",
        "minority",
        "minority_result",
        "investment",
        "equity_result",
        "ic_mismatch",
        "goodwill",
        "disposal",
    )
}
SECTIONS = {
    "cash": "asset",
    "receivable": "asset",
    "investment_cost": "asset",
    "payable": "liability",
    "capital": "equity",
    "retained": "equity",
    "revenue": "income",
    "dividend_income": "income",
    "costs": "expense",
    "fx_loss": "expense",
    "gain_on_sale": "income",
}
ONE = {"closing": 1.0, "average": 1.0, "historical": 1.0}


def _balances(company, rows):
    """Balances of ``company`` from (account, amount, rate type, bucket[,
    partner, nature, amount at transaction rates]) rows."""
    result = []
    for account, amount, rate_type, bucket, *rest in rows:
        partner, nature, at_tx = (*rest, None, None, None)[:3]
        result.append(
            Balance(
                company=company,
                member_account=f"{company}:{account}",
                account=account,
                section=SECTIONS[account],
                rate_type=rate_type,
                amount=amount,
                partner_company=partner,
                bucket=bucket,
                nature=nature,
                at_transaction_rates=at_tx,
            )
        )
    return result


def _totals(lines):
    totals = {}
    for line in lines:
        totals[line.account] = round(totals.get(line.account, 0.0) + line.amount, 2)
    return {account: amount for account, amount in totals.items() if amount}


def _round(amount):
    return round(amount, 2)


@tagged("post_install", "-at_install")
class TestForeignSubsidiary(BaseCase):
    """(a) A foreign subsidiary held 80 %, over two years.

    Source of the acquisition figures: OpenTuition, ACCA SBR forum,
    "Consolidation of a foreign subsidiary" (20 April 2013): cost of the
    investment 40,000 €, net assets at acquisition 30,000 €, 80 % held,
    rate 4 € per $ at acquisition and 5 € per $ at the year end. Partial
    goodwill (non-controlling interests at their proportionate share,
    IFRS 3.19): 40,000 - 80 % x 30,000 = 16,000 €, $4,000 at acquisition,
    $3,200 at the closing rate: an exchange loss of $800, the group's alone
    (the thread's "option b"; IAS 21.47).

    Our figures around them. P ($): cash 5,000, investment in S 10,000
    (40,000 € at 4), capital -15,000. S (€): pre-acquisition equity
    -30,000 (capital -20,000, reserves -10,000); year 1 revenue -9,600,
    costs 4,800 at an average rate of 4.8 ($-2,000 and $1,000); cash
    34,800 at 5 = $6,960. S's translation difference: $7,500 + $1,000 -
    $6,960 = $1,540 (a loss).

    Year 1 consolidated: cash 11,960; goodwill 3,200; capital -15,000;
    revenue -2,000; costs 1,000; profit attributable to non-controlling
    interests 20 % x 1,000 = 200; non-controlling interests -1,500 (20 % x
    $7,500 at acquisition) - 200 + 308 (20 % x 1,540) = -1,392, which is 20 %
    of S's net assets at the closing rate (6,960); translation difference of
    the group 80 % x 1,540 + 800 = 2,032.

    Year 2: S earns 4,800 € again (revenue -9,600, costs 4,800) at an average
    rate of 6; closing rate 8. Cash 39,600 € = $4,950. Brought forward from
    year 1: S's post-acquisition result, $-1,000. S's translation difference
    4,950 - 7,500 - 1,000 - 800 = 4,350 (1,540 brought forward + 2,810 of
    the year: 6,960 + 800 - 4,950). Goodwill 16,000 € at 8 = $2,000, its
    translation difference 2,000. Consolidated: cash 9,950; goodwill 2,000;
    retained earnings -800 (the owners' year 1 profit); translation
    difference 80 % x 4,350 + 2,000 = 5,480; non-controlling interests 20 %
    x 4,950 = -990; revenue -1,600; costs 800; their share of profit 160.
    """

    acquisition = Acquisition(
        holder="P", cost=10000.0, rate=0.25, investment_account="investment_cost"
    )

    def _cluster(self, year, opening=None):
        p = _balances(
            "P",
            [
                ("cash", 5000.0, "closing", PERIOD),
                ("investment_cost", 10000.0, "closing", PERIOD),
                ("capital", -15000.0, "historical", PERIOD),
            ],
        )
        rows = [
            ("capital", -20000.0, "historical", PRE),
            ("retained", -10000.0, "historical", PRE),
            ("revenue", -9600.0, "average", PERIOD),
            ("costs", 4800.0, "average", PERIOD),
        ]
        if year == 1:
            rows.append(("cash", 34800.0, "closing", PERIOD))
            rates = {"closing": 0.2, "average": 1 / 4.8, "historical": 0.25}
        else:
            rows += [
                ("cash", 39600.0, "closing", PERIOD),
                ("retained", -4800.0, ("year", 1), PRIOR),
            ]
            rates = {
                "closing": 0.125,
                "average": 1 / 6,
                "historical": 0.25,
                ("year", 1): 1 / 4.8,
            }
        members = {
            "P": Member(ownership.FULL, 1.0),
            "S": Member(ownership.FULL, 0.8, self.acquisition, opening),
        }
        return p + _balances("S", rows), members, {"P": ONE, "S": rates}

    def test_year_one_goodwill_translation_and_non_controlling_interests(self):
        """Year 1 of the example, to the cent."""
        lines = engine.consolidate(*self._cluster(1), ROLES, rounding=_round)
        self.assertEqual(
            _totals(lines),
            {
                "cash": 11960.0,
                "goodwill": 3200.0,
                "capital": -15000.0,
                "revenue": -2000.0,
                "costs": 1000.0,
                "minority_result": 200.0,
                "minority": -1392.0,
                "cta": 2032.0,
            },
        )

    def test_year_two_rolls_forward_from_year_one(self):
        """Year 2, once from the previous locked run's closing figure and
        once translating year 1 at its own average rate: the same figures,
        and the opening retained earnings are year 1's owners' profit."""
        expected = {
            "cash": 9950.0,
            "goodwill": 2000.0,
            "capital": -15000.0,
            "retained": -800.0,
            "cta": 5480.0,
            "minority": -990.0,
            "revenue": -1600.0,
            "costs": 800.0,
            "minority_result": 160.0,
        }
        for opening in (None, -1000.0):
            lines = engine.consolidate(
                *self._cluster(2, opening), ROLES, rounding=_round
            )
            self.assertEqual(_totals(lines), expected)


@tagged("post_install", "-at_install")
class TestAssociate(BaseCase):
    """(b) Associates under the equity method (IAS 28.10, 28.38-39)."""

    def _associate(self, rows, share, cost, rates=None, parent_rows=()):
        rates = rates or ONE
        acquisition = Acquisition(
            holder="P",
            cost=cost,
            rate=rates["historical"],
            investment_account="investment_cost",
        )
        members = {
            "P": Member(ownership.FULL, 1.0),
            "A": Member(ownership.EQUITY, share, acquisition),
        }
        balances = _balances(
            "P",
            [
                ("investment_cost", cost, "closing", PERIOD),
                ("cash", -cost, "closing", PERIOD),
                *parent_rows,
            ],
        ) + _balances("A", rows)
        return engine.consolidate(
            balances, members, {"P": ONE, "A": rates}, ROLES, rounding=_round
        )

    def test_share_of_profit_and_dividend(self):
        """OpenTuition, ACCA forum, "Consolidated financial statement /
        equity accounting": P buys 25,000 of A's 100,000 shares for $60,000
        on 1 January 2008; A earns 24,000 after tax in 2008 and pays a
        dividend of 6,000. Investment 60,000 + 6,000 - 1,500 = 64,500; share
        of profit 25 % x 24,000 = 6,000; the 1,500 of dividend income is the
        group's own money moving and is eliminated. (A's net assets at
        acquisition, 200,000, are ours: they leave 10,000 of goodwill inside
        the investment.)"""
        lines = self._associate(
            [
                ("capital", -200000.0, "historical", PRE),
                ("revenue", -30000.0, "average", PERIOD),
                ("costs", 6000.0, "average", PERIOD),
                ("retained", 6000.0, "average", PERIOD),  # the dividend paid
                ("cash", 218000.0, "closing", PERIOD),
            ],
            0.25,
            60000.0,
            parent_rows=[
                ("cash", 1500.0, "closing", PERIOD),
                ("dividend_income", -1500.0, "average", PERIOD, "A", DIVIDEND),
            ],
        )
        self.assertEqual(
            _totals(lines),
            {"investment": 64500.0, "equity_result": -6000.0, "cash": -58500.0},
        )

    def test_the_share_is_of_the_result_not_of_the_net_assets(self):
        """The issue's counter-example: 30 % of an associate with 16,000 of
        net assets of which 5,000 is this period's profit, bought at its book
        value (3,300 for 11,000): share of result 1,500, not 4,800; the
        investment is 3,300 + 1,500 = 4,800 and the cost is not kept beside
        it."""
        lines = self._associate(
            [
                ("capital", -11000.0, "historical", PRE),
                ("revenue", -5000.0, "average", PERIOD),
                ("cash", 16000.0, "closing", PERIOD),
            ],
            0.3,
            3300.0,
        )
        totals = _totals(lines)
        self.assertEqual(totals["equity_result"], -1500.0)
        self.assertEqual(totals["investment"], 4800.0)
        self.assertNotIn("investment_cost", totals)

    def test_losses_stop_at_zero_and_profits_cover_them_first(self):
        """IAS 28.38-39 applied to our figures: 30 % bought for 3,000 (net
        assets 10,000). Year 1 loss 15,000: the share, 4,500, is recognised
        only down to a nil investment (3,000); 1,500 is left out. Year 2
        profit 8,000: the share, 2,400, first covers the 1,500 left out, so
        900 is recognised and the investment is 900."""
        year_one = self._associate(
            [
                ("capital", -10000.0, "historical", PRE),
                ("costs", 15000.0, "average", PERIOD),
                ("payable", -5000.0, "closing", PERIOD),
            ],
            0.3,
            3000.0,
        )
        totals = _totals(year_one)
        self.assertNotIn("investment", totals)
        self.assertEqual(totals["equity_result"], 3000.0)
        year_two = self._associate(
            [
                ("capital", -10000.0, "historical", PRE),
                ("retained", 15000.0, ("year", 1), PRIOR),
                ("revenue", -8000.0, "average", PERIOD),
                ("cash", 3000.0, "closing", PERIOD),
            ],
            0.3,
            3000.0,
            rates=ONE | {("year", 1): 1.0},
        )
        totals = _totals(year_two)
        self.assertEqual(totals["investment"], 900.0)
        self.assertEqual(totals["equity_result"], -900.0)
        self.assertEqual(totals["retained"], 3000.0)

    def test_profits_after_losses_left_out_then_a_dividend(self):
        """Source: the illustration of APB Opinion 18, paragraph 19(i),
        published at http://wku.edu/%7Ejack.hall/apb18para19.htm (the rule
        of IAS 28.38-39): on 1 January 20X0 Cat pays $100,000 for 30 % of
        Dog (15,000 of its 50,000 shares). Dog pays a dividend of $50,000 in
        20X0 (15,000 to Cat) and has results of -130,000, -160,000,
        -200,000, -220,000, +230,000 and +250,000 in 20X0 to 20X5, with a
        dividend of 40,000 in 20X5. Worked out: 100,000 - 15,000 - 39,000
        = 46,000 at the end of 20X0; 20X1's share, -48,000, stops it at nil
        with 2,000 left out; 60,000 and 66,000 more are left out in 20X2 and
        20X3 (128,000); 20X4's share, 69,000, covers 69,000 of them (59,000
        still left out): nil at the end of 20X4. In 20X5 the share of
        75,000 first covers the 59,000: 16,000 is recognised as the share
        of result, and the dividend of 12,000 brings the investment to
        4,000.

        Our figures around them: Dog's net assets at acquisition 300,000
        (10,000 of goodwill inside the investment); the run is of 20X5,
        earlier years in retained earnings. Cat's books: cash -73,000
        (100,000 paid, 15,000 and 12,000 received), the 20X0 dividend in its
        retained earnings. Consolidated: investment 4,000, share of result
        -16,000, retained earnings 85,000 (the 85,000 of losses recognised
        up to 20X4), cash -73,000; the 12,000 of dividend income
        eliminated."""
        lines = self._associate(
            [
                ("capital", -300000.0, "historical", PRE),
                ("retained", 480000.0, ("year", 4), PRIOR),  # 20X0-20X4
                ("retained", 50000.0, ("year", 4), PRIOR),  # 20X0 dividend
                ("revenue", -250000.0, "average", PERIOD),
                ("retained", 40000.0, "average", PERIOD),  # 20X5 dividend
                ("cash", -20000.0, "closing", PERIOD),
            ],
            0.3,
            100000.0,
            rates=ONE | {("year", 4): 1.0},
            parent_rows=[
                ("cash", 27000.0, "closing", PERIOD),
                ("retained", -15000.0, "historical", PRIOR),
                ("dividend_income", -12000.0, "average", PERIOD, "A", DIVIDEND),
            ],
        )
        self.assertEqual(
            _totals(lines),
            {
                "investment": 4000.0,
                "equity_result": -16000.0,
                "retained": 85000.0,
                "cash": -73000.0,
            },
        )

    def test_translation_difference_of_a_foreign_associate_in_oci(self):
        """IAS 21.44 and IAS 28.10 on our figures: 30 % of an associate in
        CAD bought for 3,000 € when its net assets were 10,000 CAD at 1 CAD
        = 1 € (no goodwill). It earns 2,000 CAD at an average of 0.9 € (share
        540 €); at the closing rate of 0.8 its 12,000 CAD are 9,600 €, the
        share 2,880 €. The investment is 2,880; the 660 € lost in
        translation (3,000 + 540 - 2,880) is in the translation difference,
        not in the share of result."""
        lines = self._associate(
            [
                ("capital", -10000.0, "historical", PRE),
                ("revenue", -2000.0, "average", PERIOD),
                ("cash", 12000.0, "closing", PERIOD),
            ],
            0.3,
            3000.0,
            rates={"closing": 0.8, "average": 0.9, "historical": 1.0},
        )
        totals = _totals(lines)
        self.assertEqual(totals["investment"], 2880.0)
        self.assertEqual(totals["equity_result"], -540.0)
        self.assertEqual(totals["cta"], 660.0)

    def test_indirect_holding_counts_in_full(self):
        """IAS 28.27: "A group's share in an associate or a joint venture
        is the aggregate of the holdings in that associate or joint venture
        by the parent and its subsidiaries." An associate held 25 % by an
        80 % subsidiary is consolidated at 25 %, not at 80 % x 25 % = 20 %:
        the share is the control figure of cluster_base, not the interest."""
        holdings = {("P", "S"): 0.8, ("S", "A"): 0.25}
        self.assertAlmostEqual(ownership.control(holdings, "P")["A"], 0.25)
        self.assertAlmostEqual(ownership.interest(holdings, "P")["A"], 0.2)


@tagged("post_install", "-at_install")
class TestIntercompany(BaseCase):
    """(c) Intercompany items, eliminated by nature and period."""

    def _run(self, p_rows, q_rows, q_rates, q_member=None):
        members = {
            "P": Member(ownership.FULL, 1.0),
            "Q": q_member or Member(ownership.FULL, 1.0),
        }
        balances = _balances("P", p_rows) + _balances("Q", q_rows)
        rates = {"P": ONE | {("year", 1): 1.0}, "Q": q_rates}
        return engine.consolidate(balances, members, rates, ROLES, rounding=_round)

    def test_recharge_between_two_currencies_over_two_quarters(self):
        """IAS 21.45 (an intragroup monetary item's exchange difference stays
        in profit or loss) and IAS 21.39-40 (income and expenses at the
        average rate; the rest is translation difference), on our figures.

        Quarter 1: P (€) recharges Q (CAD) 1,000 €; Q books 1,500 CAD (1.5
        CAD per €) and, at the closing rate of 1.6, remeasures its payable
        to 1,600 CAD (a 100 CAD exchange loss in its books). Average rate
        1.55: Q's expense is 967.74 €. The payable (1,000 €) and the
        receivable cancel; revenue -1,000 and expense 967.74 leave 32.26,
        due to rates only (both are 1,000 € at the rate of the invoice):
        32.26 goes to the translation difference, no mismatch is reported,
        and Q's exchange loss stays (64.52 € at the average rate).

        Quarter 2: Q pays; nothing is open, no flow is of the quarter:
        nothing is eliminated, nothing is reported."""
        q1 = self._run(
            [
                ("receivable", 1000.0, "closing", PERIOD, "Q", BALANCE, 1000.0),
                ("revenue", -1000.0, "average", PERIOD, "Q", FLOW, -1000.0),
                ("capital", 0.0, "historical", PERIOD),
            ],
            [
                ("payable", -1600.0, "closing", PERIOD, "P", BALANCE, -1000.0),
                ("costs", 1500.0, "average", PERIOD, "P", FLOW, 1000.0),
                ("fx_loss", 100.0, "average", PERIOD),
            ],
            {"closing": 1 / 1.6, "average": 1 / 1.55, "historical": 1.0},
        )
        totals = _totals(q1)
        self.assertNotIn("ic_mismatch", totals)
        self.assertNotIn("receivable", totals)
        self.assertNotIn("payable", totals)
        self.assertEqual(totals["fx_loss"], 64.52)
        rate_lines = [
            line for line in q1 if line.kind == "elimination" and line.account == "cta"
        ]
        self.assertEqual([line.amount for line in rate_lines], [-32.26])
        q2 = self._run(
            [
                ("revenue", -1000.0, ("year", 1), PRIOR, "Q", FLOW, -1000.0),
                ("cash", 1000.0, "closing", PERIOD, "Q"),
            ],
            [
                ("costs", 1500.0, ("year", 1), PRIOR, "P", FLOW, 1000.0),
                ("fx_loss", 200.0, ("year", 1), PRIOR),
                ("cash", -1700.0, "closing", PERIOD, "P"),
            ],
            {"closing": 1 / 1.7, "average": 1 / 1.65, ("year", 1): 1 / 1.6},
        )
        self.assertFalse(
            [line for line in q2 if line.kind in ("elimination", "mismatch")]
        )

    def test_a_recharge_to_a_subsidiary_is_partly_its_minority_interests(self):
        """The demo's first month: P recharges its 60 % subsidiary Q 10,000
        and nothing else happens. The group's result is nil (revenue and
        cost eliminated, IFRS 10.B86(c)), but Q's result is a loss of
        10,000 of which the non-controlling interests bear 40 % (IFRS
        10.B94): -4,000 for them, +4,000 for the owners of the parent, who
        received the 10,000. Eliminating an intragroup flow moves no result
        between them; only unrealised profit would (IFRS 10.B86(c))."""
        lines = self._run(
            [
                ("receivable", 10000.0, "closing", PERIOD, "Q", BALANCE, 10000.0),
                ("revenue", -10000.0, "average", PERIOD, "Q", FLOW, -10000.0),
            ],
            [
                ("payable", -10000.0, "closing", PERIOD, "P", BALANCE, -10000.0),
                ("costs", 10000.0, "average", PERIOD, "P", FLOW, 10000.0),
            ],
            ONE,
            Member(ownership.FULL, 0.6),
        )
        totals = _totals(lines)
        self.assertFalse({"revenue", "costs", "receivable", "payable"} & set(totals))
        self.assertEqual(totals["minority_result"], -4000.0)
        self.assertEqual(totals["minority"], 4000.0)

    def test_disputed_invoice_is_a_mismatch_of_each_nature(self):
        """A disputed invoice, 1,000 billed and 800 accepted: the balances
        leave 200 and the flows -200; both are reported, one per nature,
        rather than cancelling out."""
        lines = self._run(
            [
                ("receivable", 1000.0, "closing", PERIOD, "Q", BALANCE, 1000.0),
                ("revenue", -1000.0, "average", PERIOD, "Q", FLOW, -1000.0),
            ],
            [
                ("payable", -800.0, "closing", PERIOD, "P", BALANCE, -800.0),
                ("costs", 800.0, "average", PERIOD, "P", FLOW, 800.0),
            ],
            ONE,
        )
        mismatches = {
            line.nature: line.amount for line in lines if line.kind == "mismatch"
        }
        self.assertEqual(mismatches, {BALANCE: 200.0, FLOW: -200.0})

    def test_a_proportional_member_is_eliminated_at_its_share(self):
        """A jointly controlled member consolidated at 50 % (proportionate
        consolidation, as French rules allow it, ANC 2020-01): P's receivable
        of 1,000 on it is eliminated for 500 only, the part of it that the
        member's weighted payable carries; 500 stays, owed by the other
        venturers' half."""
        lines = self._run(
            [("receivable", 1000.0, "closing", PERIOD, "Q", BALANCE, 1000.0)],
            [("payable", -1000.0, "closing", PERIOD, "P", BALANCE, -1000.0)],
            ONE,
            Member(ownership.PROPORTIONAL, 0.5),
        )
        totals = _totals(lines)
        self.assertEqual(totals["receivable"], 500.0)
        self.assertNotIn("payable", totals)
        self.assertNotIn("ic_mismatch", totals)

    def test_bank_lines_are_never_eliminated(self):
        """A payment between members, on the bank accounts: the caller gives
        liquidity lines no intercompany nature, and nothing is eliminated."""
        lines = self._run(
            [
                ("cash", -300.0, "closing", PERIOD, "Q"),
                ("capital", 300.0, "historical", PERIOD),
            ],
            [
                ("cash", 300.0, "closing", PERIOD, "P"),
                ("capital", -300.0, "historical", PERIOD),
            ],
            ONE,
        )
        self.assertFalse([line for line in lines if line.kind == "elimination"])


@tagged("post_install", "-at_install")
class TestScope(BaseCase):
    """(d) A member acquired during the year."""

    def test_results_before_the_acquisition_are_not_the_groups(self):
        """IFRS 10.B88 and IFRS 3.8: a subsidiary's income and expenses are
        in the consolidated statements from the acquisition date. Our
        figures: S, 100 % for 5,000, earns 1,200 before its acquisition on 1
        July and 800 after. Its net assets acquired are 5,000 (capital 3,800
        plus the 1,200 earned before): no goodwill; the consolidated revenue
        is the 800 only, and the 1,200 is eliminated with the investment."""
        balances = _balances(
            "P",
            [
                ("investment_cost", 5000.0, "closing", PERIOD),
                ("cash", -5000.0, "closing", PERIOD),
            ],
        ) + _balances(
            "S",
            [
                ("capital", -3800.0, "historical", PRE),
                ("revenue", -1200.0, "historical", PRE),
                ("revenue", -800.0, "average", PERIOD),
                ("cash", 5800.0, "closing", PERIOD),
            ],
        )
        members = {
            "P": Member(ownership.FULL, 1.0),
            "S": Member(
                ownership.FULL,
                1.0,
                Acquisition("P", 5000.0, 1.0, "investment_cost"),
            ),
        }
        totals = _totals(
            engine.consolidate(
                balances, members, {"P": ONE, "S": ONE}, ROLES, rounding=_round
            )
        )
        self.assertEqual(totals, {"revenue": -800.0, "cash": 800.0})

    def test_a_subsidiary_acquired_mid_year_published(self):
        """Source: "Question 3 - Mid-year acquisitions", published with its
        solution at https://askfilo.com/user-question-answers-smart-
        solutions/question-3-mid-year-acquisitions-the-following-sopl-have-
        3430393436323330 ($000): for the year ended 31 March 20X9, P's
        revenue 151,800, cost of sales and expenses 71,900, operating
        expenses 35,600, investment income 1,400, tax 23,100 (profit
        22,600); S's 108,850, 51,100, 25,650, 600 and 16,300 (profit
        16,400). P acquired 75 % of S on 30 November 20X8; profits accrue
        evenly, so 4/12 of S's year is post-acquisition: revenue 36,283.33,
        costs 17,033.33 + 8,550 + 5,433.33 (tax), investment income 200,
        profit 5,466.67; the other 8/12 (profit 10,933.33) are
        pre-acquisition. Consolidated profit 22,600 + 5,466.67 = 28,066.67,
        of which non-controlling interests 25 % x 5,466.67 = 1,366.67 and
        the owners of the parent 26,700.

        Our figures around them: S's equity on 1 April 20X8 was 50,000, so
        60,933.33 at acquisition; P paid 50,000: goodwill 50,000 - 75 % x
        60,933.33 = 4,300. P's capital 100,000, cash 72,600; S's cash
        66,400. Non-controlling interests 25 % x 66,400 = 16,600."""
        balances = _balances(
            "P",
            [
                ("investment_cost", 50000.0, "closing", PERIOD),
                ("cash", 72600.0, "closing", PERIOD),
                ("capital", -100000.0, "historical", PERIOD),
                ("revenue", -153200.0, "average", PERIOD),
                ("costs", 130600.0, "average", PERIOD),
            ],
        ) + _balances(
            "S",
            [
                ("capital", -50000.0, "historical", PRE),
                ("revenue", -72966.67, "historical", PRE),
                ("costs", 62033.34, "historical", PRE),
                ("revenue", -36483.33, "average", PERIOD),
                ("costs", 31016.66, "average", PERIOD),
                ("cash", 66400.0, "closing", PERIOD),
            ],
        )
        members = {
            "P": Member(ownership.FULL, 1.0),
            "S": Member(
                ownership.FULL,
                0.75,
                Acquisition("P", 50000.0, 1.0, "investment_cost"),
            ),
        }
        totals = _totals(
            engine.consolidate(
                balances, members, {"P": ONE, "S": ONE}, ROLES, rounding=_round
            )
        )
        self.assertEqual(
            totals,
            {
                "cash": 139000.0,
                "goodwill": 4300.0,
                "capital": -100000.0,
                "minority": -16600.0,
                "revenue": -189683.33,
                "costs": 161616.66,
                "minority_result": 1366.67,
            },
        )
        profit = -(totals["revenue"] + totals["costs"])
        self.assertEqual(round(profit, 2), 28066.67)
        self.assertEqual(round(profit - totals["minority_result"], 2), 26700.0)

    def test_disposal_recycles_the_translation_difference(self):
        """IFRS 10.B98-B99 and IAS 21.48 on our figures: S (100 %) was bought
        for $100 when its net assets were 100 FC at 1 FC = $1; it earned 20
        FC the next year (at $1) and 10 FC this year up to its sale (at an
        average of $0.5); it is sold for $80 when 1 FC = $0.5. P's own books
        show a loss of $20 (80 - 100). S's net assets at disposal, 130 FC,
        are $65; its translation difference is a loss of $60 (100 + 20 + 5
        - 65). The group's loss on disposal is 80 - 65 - 60 = $45: P's 20
        and 25 more, the translation difference recycled. S's results up to
        the sale stay ($5 this year, $20 in retained earnings); nothing of
        it is left on the balance sheet."""
        balances = _balances(
            "P",
            [
                ("cash", -20.0, "closing", PERIOD),
                ("gain_on_sale", 20.0, "average", PERIOD),
            ],
        ) + _balances(
            "S",
            [
                ("capital", -100.0, "historical", PRE),
                ("retained", -20.0, ("year", 1), PRIOR),
                ("revenue", -10.0, "average", PERIOD),
                ("cash", 130.0, "closing", PERIOD),
            ],
        )
        members = {
            "P": Member(ownership.FULL, 1.0),
            "S": Member(
                ownership.FULL,
                1.0,
                Acquisition("P", 100.0, 1.0, "investment_cost"),
                disposed=True,
            ),
        }
        rates = {
            "P": ONE,
            "S": {"closing": 0.5, "average": 0.5, "historical": 1.0, ("year", 1): 1.0},
        }
        totals = _totals(
            engine.consolidate(balances, members, rates, ROLES, rounding=_round)
        )
        self.assertEqual(
            totals,
            {
                "cash": -20.0,
                "retained": -20.0,
                "revenue": -5.0,
                "gain_on_sale": 20.0,
                "disposal": 25.0,
            },
        )


@tagged("post_install", "-at_install")
class TestChangeOfInterest(BaseCase):
    """A change of the parent's interest that keeps control is an equity
    transaction (IFRS 10.23, B96): no goodwill remeasured, no gain or loss,
    the non-controlling interests adjusted and the difference with the
    consideration in the owners' equity."""

    def _consolidate(self, balances, members, rates=None):
        rates = rates or {company: ONE for company in members}
        lines = engine.consolidate(balances, members, rates, ROLES, rounding=_round)
        self.assertEqual(round(sum(line.amount for line in lines), 2), 0.0)
        return lines

    def _bought_to_80(self):
        """Source: aCOWtancy, ACCA AAA textbook, "Step Acquisitions", the
        illustration "Further acquisition after control"
        (https://www.acowtancy.com/textbook/acca-aaa/evaluation-and-review/
        step-acquisitions/notes): H acquired 60 % of S for 100 when the fair
        value of its net assets was 90, non-controlling interests at their
        proportionate share; two years later S's net assets are 150 and H
        buys another 20 % for 80. Non-controlling interests: 40 % x 90 = 36
        at acquisition, plus 40 % x (150 - 90) = 24 since, 60 at the date of
        the purchase; going from 40 % to 20 % halves them: down by 30. The
        consideration 80 less the 30 is 50, debited to the parent's equity.
        Goodwill stays 100 - 60 % x 90 = 46.

        Our figures around them: H's books hold the investment (100 + 80),
        cash 20 and capital 200; S's are capital 90 before the acquisition,
        60 of reserves earned since, cash 150; the purchase is on the first
        day of the period, so no profit of the period before it."""
        balances = _balances(
            "H",
            [
                ("investment_cost", 180.0, "closing", PERIOD),
                ("cash", 20.0, "closing", PERIOD),
                ("capital", -200.0, "historical", PERIOD),
            ],
        ) + _balances(
            "S",
            [
                ("capital", -90.0, "historical", PRE),
                ("retained", -60.0, ("year", 2), PRIOR),
                ("cash", 150.0, "closing", PERIOD),
            ],
        )
        purchase = engine.InterestChange(
            before=0.6,
            after=0.8,
            net_assets=150.0,
            rate=1.0,
            holder="H",
            investment_account="investment_cost",
            investment=80.0,
        )
        members = {
            "H": Member(ownership.FULL, 1.0),
            "S": Member(
                ownership.FULL,
                0.8,
                Acquisition("H", 100.0, 1.0, "investment_cost"),
                changes=(purchase,),
            ),
        }
        rates = {"H": ONE, "S": ONE | {("year", 2): 1.0}}
        return balances, members, rates

    def test_buying_from_non_controlling_interests(self):
        """Consolidated: cash 170, goodwill 46 (unchanged), capital -200,
        non-controlling interests 20 % x 150 = -30; the owners' reserves
        are their 60 % of the 60 earned, -36, and the 50 debited: +14. The
        investment (180) is gone; nothing in profit or loss."""
        balances, members, rates = self._bought_to_80()
        lines = self._consolidate(balances, members, rates)
        self.assertEqual(
            _totals(lines),
            {
                "cash": 170.0,
                "goodwill": 46.0,
                "capital": -200.0,
                "minority": -30.0,
                "retained": 14.0,
            },
        )
        change = [line for line in lines if line.kind == "interest_change"]
        # the adjustment of the non-controlling interests: 30, as published
        adjustment = [
            line.amount
            for line in change
            if line.account == "minority" and line.amount > 0
        ]
        self.assertEqual(adjustment, [30.0])

    def test_selling_to_non_controlling_interests(self):
        """Our figures, a year after the purchase above: S earned 50 more
        (net assets 200) and H sells 10 % of S (80 % to 70 %) for 35 on the
        first day of the period. H's own books take out the cost of the
        shares sold, 180 x 10 / 80 = 22.50, and show a gain of 12.50. For
        the group there is no gain (IFRS 10.B96): the non-controlling
        interests rise by 10 % x 200 = 20, and the 35 received less the 20
        is 15 credited to the owners' equity. Consolidated: cash 20 + 35 +
        200 = 255; goodwill 46; capital -200; non-controlling interests 30 %
        x 200 = -60; the owners' reserves: -36 and +50 as before, 80 % of
        the 50 of last year (-40), and -15: -41."""
        balances = _balances(
            "H",
            [
                ("investment_cost", 157.5, "closing", PERIOD),
                ("cash", 55.0, "closing", PERIOD),
                ("capital", -200.0, "historical", PERIOD),
                ("retained", -12.5, ("year", 4), PRIOR),
            ],
        ) + _balances(
            "S",
            [
                ("capital", -90.0, "historical", PRE),
                ("retained", -60.0, ("year", 2), PRIOR),
                ("retained", -50.0, ("year", 4), PRIOR),
                ("cash", 200.0, "closing", PERIOD),
            ],
        )
        _b, members, _r = self._bought_to_80()
        sale = engine.InterestChange(
            before=0.8,
            after=0.7,
            net_assets=200.0,
            rate=1.0,
            holder="H",
            investment_account="investment_cost",
            investment=-22.5,
            # the gain is in H's retained earnings: it was made before the
            # period (a gain within it comes on its profit or loss account)
            gains=(("retained", -12.5),),
        )
        members["S"] = replace(
            members["S"],
            interest=0.7,
            changes=(*members["S"].changes, sale),
        )
        self.assertEqual(sale.consideration, -35.0)
        rates = {
            "H": ONE | {("year", 4): 1.0},
            "S": ONE | {("year", 2): 1.0, ("year", 4): 1.0},
        }
        lines = self._consolidate(balances, members, rates)
        self.assertEqual(
            _totals(lines),
            {
                "cash": 255.0,
                "goodwill": 46.0,
                "capital": -200.0,
                "minority": -60.0,
                "retained": -41.0,
            },
        )

    def test_profit_is_attributed_before_and_after_the_change(self):
        """Source: the ACCA P2 answer on RBE and DCA published at
        https://tutorsglobe.com/question/the-additional-20-purchase-by-rbe-
        results-is-5289623.aspx: RBE held 70 % of DCA and bought another
        20 % on 1 October 2010 for 540; DCA's total comprehensive income of
        the year is 600, earned evenly; DCA paid a dividend of 100 in April.
        Non-controlling interests' share of it: 30 % x 600 x 9/12 = 135
        and 10 % x 600 x 3/12 = 15, 150 (the parent's 450); their share of
        the dividend 30 % x 100 = 30. The answer measures them at fair
        value (650 on 1 January); ours are at their share of net assets:
        with DCA's net assets of 2,000 on 1 January (our figure), 600. On 1
        October they are 600 + 135 - 30 = 705; two thirds of them, 470, go
        to the owners (the answer's W3: 755 x 2/3 = 503), and the owners'
        equity is debited 540 - 470 = 70 (the answer's 37).

        Our figures around them: DCA was acquired on 1 January 2010 for
        1,500 (goodwill 1,500 - 70 % x 2,000 = 100); RBE's books: capital
        5,000, cash 5,000 - 1,500 - 540 + 70 of dividend received. DCA:
        revenue 1,000, costs 400, dividend paid 100, cash 2,500 at the year
        end; its net assets on 1 October 2,000 + 450 - 100 = 2,350.
        Consolidated: cash 3,030 + 2,500 = 5,530, goodwill 100, capital
        -5,000, profit 600 (the dividend received eliminated), 150 of it
        the non-controlling interests', who hold 10 % x 2,500 = 250 at the
        year end (600 + 150 - 30 - 470); the owners' reserves: 70 of the
        dividend, -70 of its elimination, and the 70 debited: +70."""
        balances = _balances(
            "RBE",
            [
                ("investment_cost", 2040.0, "closing", PERIOD),
                ("cash", 3030.0, "closing", PERIOD),
                ("capital", -5000.0, "historical", PERIOD),
                ("dividend_income", -70.0, "average", PERIOD, "DCA", DIVIDEND),
            ],
        ) + _balances(
            "DCA",
            [
                ("capital", -2000.0, "historical", PRE),
                ("revenue", -1000.0, "average", PERIOD),
                ("costs", 400.0, "average", PERIOD),
                ("retained", 100.0, "average", PERIOD),
                ("cash", 2500.0, "closing", PERIOD),
            ],
        )
        purchase = engine.InterestChange(
            before=0.7,
            after=0.9,
            net_assets=2350.0,
            rate=1.0,
            holder="RBE",
            investment_account="investment_cost",
            investment=540.0,
            profit_before=-450.0,
        )
        members = {
            "RBE": Member(ownership.FULL, 1.0),
            "DCA": Member(
                ownership.FULL,
                0.9,
                Acquisition("RBE", 1500.0, 1.0, "investment_cost"),
                changes=(purchase,),
            ),
        }
        lines = self._consolidate(balances, members)
        self.assertEqual(
            _totals(lines),
            {
                "cash": 5530.0,
                "goodwill": 100.0,
                "capital": -5000.0,
                "revenue": -1000.0,
                "costs": 400.0,
                "minority_result": 150.0,
                "minority": -250.0,
                "retained": 70.0,
            },
        )

    def test_a_foreign_subsidiary_keeps_its_goodwill_in_its_currency(self):
        """Our figures, the purchase above in a foreign currency: S keeps
        its books in FC; acquired at 1 FC = 2 € (cost 200 €, 100 FC: goodwill
        100 - 60 % x 90 = 46 FC), the purchase when 1 FC = 1.5 € (net assets
        150 FC, 225 €; 20 % of them, 45 €, against a price of 120 €: 75 €
        debited to the owners), closing at 1 FC = 1 €. Non-controlling
        interests 20 % x 150 = -30 € at closing; goodwill 46 €, its loss of
        46 € in the translation difference; nothing in profit or loss."""
        balances = _balances(
            "H",
            [
                ("investment_cost", 320.0, "closing", PERIOD),
                ("cash", -120.0, "closing", PERIOD),
                ("capital", -200.0, "historical", PERIOD),
            ],
        ) + _balances(
            "S",
            [
                ("capital", -90.0, "historical", PRE),
                ("retained", -60.0, ("year", 2), PRIOR),
                ("cash", 150.0, "closing", PERIOD),
            ],
        )
        purchase = engine.InterestChange(
            0.6, 0.8, 150.0, 1.5, "H", "investment_cost", 120.0
        )
        members = {
            "H": Member(ownership.FULL, 1.0),
            "S": Member(
                ownership.FULL,
                0.8,
                Acquisition("H", 200.0, 2.0, "investment_cost"),
                changes=(purchase,),
            ),
        }
        rates = {
            "H": ONE,
            "S": {"closing": 1.0, "average": 1.0, "historical": 2.0, ("year", 2): 1.5},
        }
        totals = _totals(self._consolidate(balances, members, rates))
        self.assertEqual(totals["goodwill"], 46.0)
        self.assertEqual(totals["minority"], -30.0)
        self.assertNotIn("investment_cost", totals)
        self.assertFalse({"revenue", "costs", "minority_result"} & set(totals))
