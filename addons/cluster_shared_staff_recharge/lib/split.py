# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Splitting an amount between companies, plain Python."""


def split_exactly(total, weights, rounding):
    """Split ``total`` in proportion to ``weights`` into multiples of
    ``rounding`` that add up to ``total`` exactly: every share is rounded
    down, and the units left over go to the largest remainders.

    >>> [round(share, 2) for share in split_exactly(100.0, [1, 1, 1], 0.01)]
    [33.34, 33.33, 33.33]
    >>> [round(share, 2) for share in split_exactly(3000.01, [1, 3, 2], 0.01)]
    [500.0, 1500.01, 1000.0]
    >>> split_exactly(10, [0, 1], 1)
    [0, 10]
    """
    units = round(total / rounding)
    weight_sum = sum(weights)
    raw = [units * w / weight_sum for w in weights]
    shares = [int(r) for r in raw]
    left = units - sum(shares)
    by_remainder = sorted(range(len(raw)), key=lambda i: (shares[i] - raw[i], i))
    for i in by_remainder[:left]:
        shares[i] += 1
    return [share * rounding for share in shares]
