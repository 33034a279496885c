# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from odoo.tests import BaseCase, tagged

from odoo.addons.cluster_base.lib import ownership

from ..lib import engine

COMPANIES = ["P", "Q", "R", "S"]
ACCOUNTS = {
    "bank": "asset",
    "debt": "liability",
    "capital": "equity",
    "revenue": "income",
    "costs": "expense",
}
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
RATE_TYPES = {
    "asset": "closing",
    "liability": "closing",
    "equity": "historical",
    "income": "average",
    "expense": "average",
}
NATURES = {"debt": engine.BALANCE, "revenue": engine.FLOW, "costs": engine.FLOW}

amounts = st.integers(min_value=-(10**7), max_value=10**7).map(
    lambda cents: cents / 100
)


@st.composite
def clusters(draw):
    """Members with a method, an interest and rates, and for each a trial
    balance that sums to zero in its own currency, with some intercompany
    items."""
    members, rates, balances = {}, {}, []
    with_acquisitions = draw(st.booleans())
    for index, company in enumerate(COMPANIES):
        method = (
            ownership.FULL
            if index == 0
            else draw(
                st.sampled_from(
                    [ownership.FULL, ownership.PROPORTIONAL, ownership.EQUITY]
                )
            )
        )
        interest = 1.0 if index == 0 else draw(st.floats(min_value=0.2, max_value=1.0))
        rates[company] = {
            kind: draw(st.floats(min_value=0.1, max_value=10.0))
            for kind in ("closing", "average", "historical", ("year", 1))
        }
        acquisition = None
        if index and with_acquisitions:
            acquisition = engine.Acquisition(
                holder="P",
                cost=draw(amounts),
                rate=rates[company]["historical"],
                investment_account="investment_cost",
                fair_values=tuple(
                    ("bank", amount) for amount in draw(st.lists(amounts, max_size=2))
                ),
            )
        disposed = bool(index) and method != ownership.EQUITY and draw(st.booleans())
        changes = ()
        if acquisition and method == ownership.FULL and draw(st.booleans()):
            # bought from or sold to minority interests since the acquisition
            changes = (
                engine.InterestChange(
                    before=draw(st.floats(min_value=0.2, max_value=1.0)),
                    after=interest,
                    net_assets=draw(amounts),
                    rate=draw(st.floats(min_value=0.1, max_value=10.0)),
                    holder="P",
                    investment_account="investment_cost",
                    investment=draw(amounts),
                    gains=tuple(
                        ("revenue", amount)
                        for amount in draw(st.lists(amounts, max_size=1))
                    ),
                    profit_before=draw(amounts),
                ),
            )
        members[company] = engine.Member(
            method, interest, acquisition, disposed=disposed, changes=changes
        )
        rows = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(list(ACCOUNTS)),
                    amounts,
                    st.sampled_from([None, *COMPANIES]),
                ),
                min_size=1,
                max_size=8,
            )
        )
        rows.append(("bank", -round(sum(amount for _a, amount, _p in rows), 2), None))
        for account, amount, partner in rows:
            section = ACCOUNTS[account]
            # equity and results before the period: acquired, or (results
            # only) earlier years' results, which go to retained earnings
            bucket = engine.PERIOD
            if section not in ("asset", "liability"):
                choices = [engine.PERIOD] + ([engine.PRE] if acquisition else [])
                if section != "equity":
                    choices.append(engine.PRIOR)
                bucket = draw(st.sampled_from(choices))
            rate_type = {
                engine.PRE: "historical",
                engine.PRIOR: ("year", 1),
            }.get(bucket, RATE_TYPES[section])
            target = "retained" if bucket == engine.PRIOR else account
            balances.append(
                engine.Balance(
                    company=company,
                    member_account=account,
                    account=target,
                    section="equity" if bucket == engine.PRIOR else section,
                    rate_type=rate_type,
                    amount=amount,
                    partner_company=partner if partner != company else None,
                    bucket=bucket,
                    nature=NATURES.get(account) if partner else None,
                    at_transaction_rates=draw(st.one_of(st.none(), amounts)),
                )
            )
    return balances, members, rates


@tagged("post_install", "-at_install")
class TestEngineProperties(BaseCase):
    @settings(max_examples=100, deadline=None)
    @given(clusters())
    def test_consolidated_trial_balance_balances(self, cluster):
        lines = engine.consolidate(*cluster, ROLES)
        self.assertAlmostEqual(sum(line.amount for line in lines), 0.0, places=4)

    @settings(max_examples=100, deadline=None)
    @given(clusters())
    def test_contribution_is_translated_balance_times_weight(self, cluster):
        balances, members, rates = cluster
        lines = engine.consolidate(balances, members, rates, ROLES)
        for company, (method, interest, *_rest) in (
            (c, (m.method, m.interest)) for c, m in members.items()
        ):
            weight = {ownership.FULL: 1.0, ownership.PROPORTIONAL: interest}.get(
                method, 0.0
            )
            translated = {}
            for balance in balances:
                if balance.company == company:
                    rate = rates[company][balance.rate_type]
                    translated[balance.account] = (
                        translated.get(balance.account, 0.0) + balance.amount * rate
                    )
            contributed = {}
            for line in lines:
                if line.company == company and line.kind == "contribution":
                    contributed[line.account] = (
                        contributed.get(line.account, 0.0) + line.amount
                    )
            for account, amount in translated.items():
                self.assertAlmostEqual(contributed[account], amount * weight, places=4)

    @settings(max_examples=100, deadline=None)
    @given(clusters())
    def test_eliminations_net_to_zero_per_pair(self, cluster):
        lines = engine.consolidate(*cluster, ROLES)
        pairs = {}
        for line in lines:
            if (
                line.kind in ("elimination", "mismatch")
                and line.nature != engine.DIVIDEND
            ):
                pair = frozenset((line.company, line.partner_company))
                pairs[pair] = pairs.get(pair, 0.0) + line.amount
        for total in pairs.values():
            self.assertAlmostEqual(total, 0.0, places=4)
        # and nothing is eliminated with an equity-accounted member
        equity_members = {
            c for c, m in cluster[1].items() if m.method == ownership.EQUITY
        }
        for line in lines:
            if line.kind == "elimination":
                self.assertNotIn(line.company, equity_members)
                self.assertNotIn(line.partner_company, equity_members)

    @settings(max_examples=100, deadline=None)
    @given(clusters())
    def test_rounded_to_the_cent_it_still_balances(self, cluster):
        lines = engine.consolidate(
            *cluster, ROLES, rounding=lambda amount: round(amount, 2)
        )
        self.assertEqual(round(sum(line.amount for line in lines), 2), 0.0)
        for line in lines:
            self.assertEqual(line.amount, round(line.amount, 2))

    @settings(max_examples=100, deadline=None)
    @given(clusters())
    def test_non_controlling_interests_are_their_share_of_net_assets(self, cluster):
        """IFRS 10.B94 and IFRS 3.19: whatever the history, the
        non-controlling interests in a member are their share of its net
        assets at the closing rate, fair-value adjustments included; their
        share of profit and the owners' add up to the profit."""
        balances, members, rates = cluster
        lines = engine.consolidate(balances, members, rates, ROLES)
        for company, member in members.items():
            if member.method != ownership.FULL or company == "P":
                continue
            if member.disposed:
                # sold: nothing of it is left on the balance sheet
                self.assertAlmostEqual(
                    sum(
                        line.amount
                        for line in lines
                        if line.company == company and line.account == "minority"
                    ),
                    0.0,
                    places=4,
                )
                continue
            net_assets = sum(
                balance.amount * rates[company]["closing"]
                for balance in balances
                if balance.company == company
                and balance.section in ("asset", "liability")
            )
            if member.acquisition:
                net_assets += sum(
                    amount * rates[company]["closing"]
                    for _account, amount in member.acquisition.fair_values
                )
            minority = sum(
                line.amount
                for line in lines
                if line.company == company and line.account == "minority"
            )
            self.assertAlmostEqual(
                minority, -(1 - member.interest) * net_assets, places=4
            )
            profit = sum(
                line.translated
                for line in lines
                if line.company == company
                and line.kind == "contribution"
                and line.bucket == engine.PERIOD
                and line.section in ("income", "expense")
            )
            share = sum(
                line.amount
                for line in lines
                if line.company == company and line.account == "minority_result"
            )
            # up to a change of interest, the minority interests' share of
            # the period's profit is at the interest before it
            earlier = sum(
                (change.after - change.before)
                * -change.profit_before
                * rates[company]["average"]
                for change in member.changes
            )
            self.assertAlmostEqual(
                share, -(1 - member.interest) * profit + earlier, places=4
            )

    @settings(max_examples=100, deadline=None)
    @given(clusters())
    def test_opening_from_the_previous_run_equals_its_closing(self, cluster):
        """A run that starts from the previous locked run's closing figure
        gives the same statements as one that translates the earlier years
        itself, when that figure is what the earlier years come to."""
        balances, members, rates = cluster
        opened = {
            company: dataclasses.replace(
                member,
                opening=sum(
                    balance.amount * rates[company][balance.rate_type]
                    for balance in balances
                    if balance.company == company and balance.bucket == engine.PRIOR
                ),
            )
            for company, member in members.items()
        }

        def totals(members):
            result = {}
            for line in engine.consolidate(balances, members, rates, ROLES):
                result[line.account] = result.get(line.account, 0.0) + line.amount
            return result

        first, second = totals(members), totals(opened)
        for account in set(first) | set(second):
            self.assertAlmostEqual(
                first.get(account, 0.0), second.get(account, 0.0), places=4
            )

    @settings(max_examples=100, deadline=None)
    @given(clusters())
    def test_no_intercompany_balance_is_left_between_full_members(self, cluster):
        """Between two fully consolidated members, the intercompany items
        of the period are gone once eliminated: what is left of the pair is
        on the mismatch and translation difference lines only."""
        balances, members, rates = cluster
        lines = engine.consolidate(balances, members, rates, ROLES)
        full = {
            c
            for c, m in members.items()
            if m.method == ownership.FULL and not m.disposed
        }
        left = {}
        for line in lines:
            if (
                line.kind in ("contribution", "elimination")
                and line.company in full
                and line.partner_company in full
                and line.nature in (engine.BALANCE, engine.FLOW)
                and line.bucket in (engine.PERIOD, None)
                and line.account not in ("cta",)
            ):
                left[line.account] = left.get(line.account, 0.0) + line.amount
        for amount in left.values():
            self.assertAlmostEqual(amount, 0.0, places=4)
