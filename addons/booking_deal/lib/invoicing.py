# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""What a deal's invoices must still say, in plain Python.

A document (invoice, credit note, vendor bill) invoices *components* of a
deal: the fee, the costs, a deposit, a settlement's share of receipts,
top-up or rent. Amounts are signed from the producer's side: positive when
the organiser owes it to the producer, negative the other way (a rent, a
top-up guaranteed to the organiser).

Invoicing again compares what the deal or the settlement makes now with
what its documents already invoice, and invoices the difference only: run
twice, it invoices nothing; after a corrected box office, the correction.
"""

from decimal import Decimal

ZERO = Decimal("0.00")


def outstanding(target, invoiced, order):
    """The components still to invoice: ``target`` less ``invoiced``, in
    ``order``, without the settled ones.

    >>> outstanding({"share": Decimal("885.61"), "topup": Decimal("5114.39")},
    ...             {"share": Decimal("800.00"), "topup": Decimal("5114.39")},
    ...             ("share", "topup"))
    {'share': Decimal('85.61')}
    >>> outstanding({"share": Decimal("10.00")}, {"share": Decimal("10.00")},
    ...             ("share",))
    {}
    """
    result = {}
    for name in order:
        difference = target.get(name, ZERO) - invoiced.get(name, ZERO)
        if difference:
            result[name] = difference
    return result


def customer_document(amounts):
    """The customer document that invoices ``amounts``: an invoice when the
    organiser owes the producer in all, else a credit note; and the sign of
    its lines' prices.

    >>> customer_document({"share": Decimal("85.61")})
    ('out_invoice', 1)
    >>> customer_document({"share": Decimal("-120.00"), "topup": Decimal("20")})
    ('out_refund', -1)
    """
    if sum(amounts.values(), ZERO) >= 0:
        return "out_invoice", 1
    return "out_refund", -1


def vendor_document(amounts):
    """The vendor document (the organiser's rent) that invoices ``amounts``:
    a bill when the producer owes the organiser in all, else a refund; and
    the sign of its lines' prices.

    >>> vendor_document({"rent": Decimal("-1500.00")})
    ('in_invoice', -1)
    >>> vendor_document({"rent": Decimal("300.00")})
    ('in_refund', 1)
    """
    if sum(amounts.values(), ZERO) <= 0:
        return "in_invoice", -1
    return "in_refund", 1


# The sign of a document's lines from the producer's side, by move type
SIGNS = {"out_invoice": 1, "out_refund": -1, "in_invoice": -1, "in_refund": 1}


def invoiced(lines):
    """{component: signed amount} of documents' lines, given as
    (move type, component, price subtotal) triples.

    >>> invoiced([("out_invoice", "share", Decimal("885.61")),
    ...           ("out_refund", "share", Decimal("85.61")),
    ...           ("in_invoice", "rent", Decimal("1500"))])
    {'share': Decimal('800.00'), 'rent': Decimal('-1500.00')}
    """
    totals = {}
    for move_type, component, subtotal in lines:
        totals[component] = totals.get(component, ZERO) + SIGNS[move_type] * subtotal
    return totals
