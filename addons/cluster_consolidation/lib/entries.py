# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Manual consolidation entries: the accountant's adjustments to a run
(unrealised intragroup profit, a reclassification), kept as debits and
credits in the cluster's currency."""


def amount(debit, credit):
    """A line's consolidated amount: debits positive, credits negative, as
    the run's lines carry them.

    >>> amount(150.0, 0.0)
    150.0
    >>> amount(0.0, 150.0)
    -150.0
    """
    return (debit or 0.0) - (credit or 0.0)


def imbalance(lines, digits=2):
    """Debits less credits of ``lines`` ((debit, credit) pairs), rounded to
    the currency's ``digits``: zero when the entry balances. Rounding the
    total, not each line, keeps cents from adding up to a false gap.

    >>> imbalance([(1200.0, 0.0), (0.0, 1200.0)])
    0.0
    >>> imbalance([(0.1, 0.0), (0.2, 0.0), (0.0, 0.3)])
    0.0
    >>> imbalance([(1200.0, 0.0), (0.0, 1000.0)])
    200.0
    >>> imbalance([])
    0.0
    """
    total = round(sum(amount(debit, credit) for debit, credit in lines), digits)
    return total + 0.0  # never -0.0, which reads as a gap
