# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Properties of the settlement engine over random terms and box offices
(no database)."""

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from odoo.tests import BaseCase, tagged

from ..lib import settlement as s

# ticket prices of at least 1.00: one more ticket then raises the receipts
# by more than the rounding of the levies can take back
prices = st.integers(min_value=100, max_value=20000).map(lambda c: Decimal(c) / 100)
amounts = st.integers(min_value=0, max_value=2_000_000).map(lambda c: Decimal(c) / 100)
percents = st.integers(min_value=0, max_value=10000).map(lambda c: Decimal(c) / 100)
vat_rates = st.sampled_from([Decimal(0), Decimal("2.1"), Decimal("5.5"), Decimal(20)])


@st.composite
def box_offices(draw):
    return [
        s.PriceBand(
            f"band {index}",
            draw(prices),
            draw(st.integers(0, 2000)),
            draw(st.integers(0, 50)),
            draw(vat_rates),
        )
        for index in range(draw(st.integers(1, 4)))
    ]


@st.composite
def deals(draw):
    levies = tuple(
        s.Levy(
            name,
            draw(st.integers(0, 1500).map(lambda c: Decimal(c) / 100)),
            draw(st.sampled_from([s.PRODUCER, s.ORGANISER])),
            draw(st.booleans()),
        )
        for name in draw(st.sets(st.sampled_from(["CNM", "ASTP", "SACEM", "SACD"])))
    )
    return s.Terms(
        deal_type=draw(st.sampled_from(s.DEAL_TYPES)),
        shows=draw(st.integers(1, 5)),
        fee=draw(amounts),
        costs=draw(amounts),
        producer_percent=draw(percents),
        threshold=draw(amounts),
        per_ticket=draw(st.one_of(st.just(Decimal(0)), prices)),
        threshold_tickets=draw(st.integers(0, 2000)),
        # often none, else the top-up would hide how the share moves
        minimum=draw(st.one_of(st.just(Decimal(0)), amounts)),
        minimum_to=draw(st.sampled_from([s.PRODUCER, s.ORGANISER])),
        rent=draw(amounts),
        expenses=draw(amounts),
        promoter_profit_percent=draw(percents),
        budget=draw(amounts),
        producer_contribution=draw(amounts),
        organiser_contribution=draw(amounts),
        deposit_percent=draw(percents),
        levies=levies,
    )


VAT = {component: Decimal("5.5") for component in s.COMPONENTS}


@tagged("post_install", "-at_install")
class TestSettlementProperties(BaseCase):
    @settings(max_examples=300, deadline=None)
    @given(deals(), box_offices())
    def test_shares_add_up_to_the_pool(self, terms, bands):
        """The parties' shares add up to the pool (the net receipts, or a
        coproduction's result) to the cent, and their totals to the pool
        plus what changes hands outside it (fee, rent)."""
        result = s.settle(terms, bands, VAT)
        self.assertEqual(result.producer_share + result.organiser_share, result.pool)
        fixed = result.components[s.FEE] + result.components[s.RENT]
        self.assertEqual(
            result.producer_total + result.organiser_total, result.pool + fixed
        )
        self.assertEqual(result.receipts + result.ticket_vat, result.gross)

    @settings(max_examples=300, deadline=None)
    @given(deals(), box_offices())
    def test_guaranteed_minimum_is_honoured(self, terms, bands):
        """Whoever the minimum is guaranteed to gets at least it from the
        pool, top-up included."""
        result = s.settle(terms, bands, VAT)
        minimum = terms.minimum * terms.shows
        if not minimum:
            return  # no guarantee: a coproduction's loss is shared as it is
        if terms.minimum_to == s.PRODUCER:
            topup = result.topup if result.topup_to == s.PRODUCER else 0
            self.assertGreaterEqual(result.producer_share + topup, minimum)
        else:
            self.assertGreaterEqual(result.organiser_total, minimum)

    @settings(max_examples=300, deadline=None)
    @given(deals(), box_offices(), st.data())
    def test_producer_never_earns_less_when_receipts_grow(self, terms, bands, data):
        """Selling more tickets never lowers the producer's total."""
        index = data.draw(st.integers(0, len(bands) - 1))
        more = data.draw(st.integers(1, 200))
        grown = list(bands)
        grown[index] = replace(bands[index], sold=bands[index].sold + more)
        before = s.settle(terms, bands, VAT)
        after = s.settle(terms, grown, VAT)
        self.assertGreaterEqual(after.receipts, before.receipts)
        self.assertGreaterEqual(after.producer_total, before.producer_total)

    @settings(max_examples=200, deadline=None)
    @given(deals(), box_offices())
    def test_vat_is_computed_per_component(self, terms, bands):
        """Each component's VAT is its own amount at its own rate, rounded
        to the cent, and the balance is the components, their VAT and the
        levies handed over, less the deposit."""
        rates = dict(
            zip(
                s.COMPONENTS,
                [
                    Decimal("5.5"),
                    Decimal("5.5"),
                    Decimal("2.1"),
                    Decimal(10),
                    Decimal(20),
                ],
                strict=True,
            )
        )
        result = s.settle(terms, bands, rates)
        for component, amount in result.components.items():
            self.assertEqual(
                result.vat[component], s.cents(amount * rates[component] / 100)
            )
        contribution = (
            terms.producer_contribution if terms.deal_type == s.COPRODUCTION else 0
        )
        self.assertEqual(
            result.balance,
            sum(result.components.values())
            + sum(result.vat.values())
            + result.levy_transfer
            - result.deposit
            - result.deposit_vat
            + contribution,
        )
