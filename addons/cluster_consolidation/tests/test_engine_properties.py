# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

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
    "retained": "retained",
    "cta": "cta",
    "minority": "minority",
    "investment": "investment",
    "equity_result": "equity_result",
    "ic_mismatch": "ic_mismatch",
}
SECTIONS = {
    **ACCOUNTS,
    "retained": "equity",
    "cta": "equity",
    "minority": "equity",
    "investment": "asset",
    "equity_result": "income",
    "ic_mismatch": "expense",
}
RATE_TYPES = {
    "asset": "closing",
    "liability": "closing",
    "equity": "historical",
    "income": "average",
    "expense": "average",
}

amounts = st.integers(min_value=-(10**7), max_value=10**7).map(
    lambda cents: cents / 100
)


@st.composite
def clusters(draw):
    """Members with a method, an interest and rates, and for each a trial
    balance that sums to zero in its own currency, with some intercompany
    items."""
    members, rates, balances = {}, {}, []
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
        members[company] = (method, interest)
        rates[company] = {
            kind: draw(st.floats(min_value=0.1, max_value=10.0))
            for kind in ("closing", "average", "historical")
        }
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
            balances.append(
                engine.Balance(
                    company=company,
                    member_account=account,
                    account=account,
                    section=section,
                    rate_type=RATE_TYPES[section],
                    amount=amount,
                    partner_company=partner if partner != company else None,
                )
            )
    return balances, members, rates


@tagged("post_install", "-at_install")
class TestEngineProperties(BaseCase):
    @settings(max_examples=200, deadline=None)
    @given(clusters())
    def test_consolidated_trial_balance_balances(self, cluster):
        lines = engine.consolidate(*cluster, ROLES, SECTIONS)
        self.assertAlmostEqual(sum(line.amount for line in lines), 0.0, places=4)

    @settings(max_examples=200, deadline=None)
    @given(clusters())
    def test_contribution_is_translated_balance_times_weight(self, cluster):
        balances, members, rates = cluster
        lines = engine.consolidate(balances, members, rates, ROLES, SECTIONS)
        for company, (method, interest) in members.items():
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

    @settings(max_examples=200, deadline=None)
    @given(clusters())
    def test_eliminations_net_to_zero_per_pair(self, cluster):
        lines = engine.consolidate(*cluster, ROLES, SECTIONS)
        pairs = {}
        for line in lines:
            if line.kind in ("elimination", "mismatch"):
                pair = frozenset((line.company, line.partner_company))
                pairs[pair] = pairs.get(pair, 0.0) + line.amount
        for total in pairs.values():
            self.assertAlmostEqual(total, 0.0, places=4)
        # and nothing is eliminated with an equity-accounted member
        equity_members = {
            c for c, (m, _i) in cluster[1].items() if m == ownership.EQUITY
        }
        for line in lines:
            if line.kind == "elimination":
                self.assertNotIn(line.company, equity_members)
                self.assertNotIn(line.partner_company, equity_members)

    @settings(max_examples=200, deadline=None)
    @given(clusters())
    def test_rounded_to_the_cent_it_still_balances(self, cluster):
        lines = engine.consolidate(
            *cluster, ROLES, SECTIONS, rounding=lambda amount: round(amount, 2)
        )
        self.assertEqual(round(sum(line.amount for line in lines), 2), 0.0)
        for line in lines:
            self.assertEqual(line.amount, round(line.amount, 2))
