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
