# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Controls a consolidation runs before it is signed."""


def rate_swing(rates):
    """How far a rate moved within a period: the highest rate over the
    lowest, less one (the same whichever way the rate is quoted, since
    max(1/x) / min(1/x) = max(x) / min(x)). Zero for no or one rate.

    >>> round(rate_swing([0.625, 0.65, 0.70]), 4)
    0.12
    >>> inverse = rate_swing([1 / 0.625, 1 / 0.70])
    >>> round(inverse, 12) == round(rate_swing([0.625, 0.70]), 12)
    True
    >>> rate_swing([])
    0.0
    """
    rates = [rate for rate in rates if rate > 0]
    if len(rates) < 2:
        return 0.0
    return max(rates) / min(rates) - 1.0


def remeasurement_gap(balance, amount_currency, rate):
    """What an open foreign-currency monetary item lacks to be at the
    closing rate in its holder's books (IAS 21.23(a)): its balance in the
    company's currency less its amount in the foreign currency at that
    rate. Positive when the books show more than the closing rate gives.

    An intercompany receivable of $1,000 booked at 0.90 (900 €), the
    dollar at 0.95 at closing and no revaluation entry: 50 € short.

    >>> round(remeasurement_gap(900.0, 1000.0, 0.95), 2)
    -50.0

    Once the unrealised exchange difference is booked on it:

    >>> round(remeasurement_gap(950.0, 1000.0, 0.95), 2)
    0.0
    """
    return balance - amount_currency * rate
