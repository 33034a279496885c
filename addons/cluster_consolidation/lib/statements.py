# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Lay a run's consolidated balances out as the statements an accountant
reads (IAS 1.54, 1.81A-82A, 1.106): balance sheet, profit or loss, other
comprehensive income, changes in equity, each with the previous period and
the variance beside it.

Input balances are debit positive, credit negative, one per account of the
consolidation chart, for the run and for the run it is compared with. Each
side of a statement shows its natural sign: assets and expenses as debits,
equity, liabilities and income as credits, all positive in the normal case.

>>> accounts = [
...     Account(1, "10", "Cash", "asset"),
...     Account(2, "30", "Capital", "equity"),
...     Account(3, "31", "Translation reserve", "equity", "cta"),
...     Account(4, "70", "Sales", "income"),
...     Account(5, "60", "Purchases", "expense"),
... ]
>>> now = {1: 130.0, 2: -100.0, 3: -5.0, 4: -60.0, 5: 35.0}
>>> before = {1: 100.0, 2: -100.0}
>>> sheet = balance_sheet(accounts, now, before)
>>> [(r.label, r.amount, r.previous) for r in sheet if r.kind == "total"]
[('total_asset', 130.0, 100.0), ('total_equity_liability', 130.0, 100.0)]
>>> [r.amount for r in sheet if r.label == "result"]
[25.0]
>>> result = profit_or_loss(accounts, now, before)
>>> [(r.label, r.amount, r.variance) for r in result if r.kind == "total"]
[('net_result', 25.0, 25.0)]
>>> [(r.label, r.amount) for r in other_comprehensive_income(accounts, now, before)]
... # doctest: +NORMALIZE_WHITESPACE
[('net_result', 25.0), ('reclassified', None), ('31 Translation reserve', 5.0),
 ('oci', 5.0), ('total_ci', 30.0)]
"""

from dataclasses import dataclass

LABELS = {
    "asset": "Assets",
    "equity": "Equity",
    "liability": "Liabilities",
    "income": "Income",
    "expense": "Expenses",
    "total_asset": "Total assets",
    "total_equity": "Total equity",
    "total_liability": "Total liabilities",
    "total_equity_liability": "Total equity and liabilities",
    "total_income": "Total income",
    "total_expense": "Total expenses",
    "result": "Result of the period",
    "net_result": "Net result",
    "owners": "Attributable to owners of the parent",
    "minority": "Attributable to minority interests",
    "reclassified": "Items that may be reclassified to profit or loss",
    "oci": "Other comprehensive income",
    "total_ci": "Total comprehensive income",
}


@dataclass(frozen=True)
class Account:
    id: int
    code: str
    name: str
    section: str
    role: str | None = None


@dataclass(frozen=True)
class Row:
    """A line of a statement: ``kind`` is ``section`` (a heading, no
    amounts), ``account`` (``account_id`` set, for drill-down), ``subtotal``
    or ``total``. ``label`` is a key of LABELS (translated by the caller) or,
    for an account, its code and name."""

    kind: str
    label: str
    amount: float | None = None
    previous: float | None = None
    account_id: int | None = None

    @property
    def variance(self):
        if self.amount is None:
            return None
        return self.amount - (self.previous or 0.0)

    @property
    def variance_percent(self):
        """The variance over the previous amount, in percent; None when there
        is nothing to compare with (no previous figure, or zero)."""
        if self.amount is None or not self.previous:
            return None
        return 100.0 * self.variance / abs(self.previous)


def _label(key):
    """Rows carry the key; the caller shows LABELS[key] in the reader's
    language."""
    assert key in LABELS, key
    return key


def _sign(section):
    """Debit-natured sides show the balance, credit-natured its opposite."""
    return 1.0 if section in ("asset", "expense") else -1.0


def _account_rows(accounts, now, before, keep):
    rows = []
    for account in sorted(accounts, key=lambda a: a.code):
        if not keep(account):
            continue
        sign = _sign(account.section)
        amount = sign * now.get(account.id, 0.0)
        previous = sign * before.get(account.id, 0.0)
        if abs(amount) < 0.005 and abs(previous) < 0.005:
            continue
        rows.append(
            Row(
                "account",
                f"{account.code} {account.name}",
                amount,
                previous,
                account.id,
            )
        )
    return rows


def _sum(rows, kind, label):
    return Row(
        kind,
        label,
        sum(r.amount for r in rows),
        sum(r.previous for r in rows),
    )


def _section(accounts, now, before, section, keep=None):
    return _account_rows(
        accounts,
        now,
        before,
        lambda a: a.section == section and (keep is None or keep(a)),
    )


def _result(accounts, balances):
    """The group's result of the period as a credit-positive figure: income
    less expenses, minority interests' share included."""
    return -sum(
        balances.get(a.id, 0.0) for a in accounts if a.section in ("income", "expense")
    )


def balance_sheet(accounts, now, before):
    """Assets, then equity (with the result of the period, which is not yet
    in retained earnings) and liabilities (IAS 1.54-55). The two totals are
    equal when the run balances."""
    assets = _section(accounts, now, before, "asset")
    total_assets = _sum(assets, "total", _label("total_asset"))
    equity = _section(accounts, now, before, "equity")
    result = Row(
        "account",
        _label("result"),
        _result(accounts, now),
        _result(accounts, before),
    )
    total_equity = _sum([*equity, result], "subtotal", _label("total_equity"))
    liabilities = _section(accounts, now, before, "liability")
    total_liabilities = _sum(liabilities, "subtotal", _label("total_liability"))
    total = _sum(
        [total_equity, total_liabilities], "total", _label("total_equity_liability")
    )
    return [
        Row("section", _label("asset")),
        *assets,
        total_assets,
        Row("section", _label("equity")),
        *equity,
        result,
        total_equity,
        Row("section", _label("liability")),
        *liabilities,
        total_liabilities,
        total,
    ]


def profit_or_loss(accounts, now, before):
    """Income, expenses, net result, and its split between the owners of the
    parent and minority interests (IAS 1.81B(a)). The minority interests'
    share is a line of the chart (role ``minority_result``) that the
    consolidation books as an expense: it is shown under the net result, not
    among the expenses."""
    income = _section(accounts, now, before, "income")
    total_income = _sum(income, "subtotal", _label("total_income"))
    expenses = _section(
        accounts, now, before, "expense", keep=lambda a: a.role != "minority_result"
    )
    total_expenses = _sum(expenses, "subtotal", _label("total_expense"))
    net = Row(
        "total",
        _label("net_result"),
        total_income.amount - total_expenses.amount,
        total_income.previous - total_expenses.previous,
    )
    minority_ids = {a.id for a in accounts if a.role == "minority_result"}
    minority = Row(
        "account",
        _label("minority"),
        sum(now.get(i, 0.0) for i in minority_ids),
        sum(before.get(i, 0.0) for i in minority_ids),
        next(iter(minority_ids), None),
    )
    owners = Row(
        "subtotal",
        _label("owners"),
        net.amount - minority.amount,
        net.previous - minority.previous,
    )
    rows = [
        Row("section", _label("income")),
        *income,
        total_income,
        Row("section", _label("expense")),
        *expenses,
        total_expenses,
        net,
    ]
    if minority_ids:
        rows += [owners, minority]
    return rows


def _movement(account, now, before):
    """What an equity account moved by over the period, credit positive."""
    return -(now.get(account.id, 0.0) - before.get(account.id, 0.0))


def other_comprehensive_income(accounts, now, before, before_before=None):
    """Net result, then the items recognised in other comprehensive income:
    the movement of the translation reserve (IAS 21.39(c), 21.41), an item
    that is reclassified to profit or loss on disposal (IAS 21.48). The
    movement of the previous period needs the run before it
    (``before_before``); without it, it is the previous reserve itself."""
    net = next(r for r in profit_or_loss(accounts, now, before) if r.kind == "total")
    earlier = before_before or {}
    oci = [
        Row(
            "account",
            f"{a.code} {a.name}",
            _movement(a, now, before),
            _movement(a, before, earlier),
            a.id,
        )
        for a in sorted(accounts, key=lambda a: a.code)
        if a.role == "cta"
    ]
    total_oci = _sum(oci, "subtotal", _label("oci"))
    return [
        Row("subtotal", _label("net_result"), net.amount, net.previous),
        Row("section", _label("reclassified")),
        *oci,
        total_oci,
        Row(
            "total",
            _label("total_ci"),
            net.amount + total_oci.amount,
            net.previous + total_oci.previous,
        ),
    ]


def changes_in_equity(accounts, now, before):
    """For each component of equity (each equity account of the chart, and
    the result of the period): the opening balance (the compared run's
    closing one), the result, other comprehensive income and other
    movements of the period, and the closing balance (IAS 1.106). Rows are
    (label, account_id, opening, result, oci, other, closing), credit
    positive. The result of the compared period moves into retained
    earnings: it is an other movement of both components."""
    rows = []
    for account in sorted(accounts, key=lambda a: a.code):
        if account.section != "equity":
            continue
        opening = -before.get(account.id, 0.0)
        closing = -now.get(account.id, 0.0)
        if abs(opening) < 0.005 and abs(closing) < 0.005:
            continue
        oci = closing - opening if account.role == "cta" else 0.0
        rows.append(
            (
                f"{account.code} {account.name}",
                account.id,
                opening,
                0.0,
                oci,
                closing - opening - oci,
                closing,
            )
        )
    opening = _result(accounts, before)
    closing = _result(accounts, now)
    rows.append((_label("result"), None, opening, closing, 0.0, -opening, closing))
    total = tuple(sum(r[i] for r in rows) for i in range(2, 7))
    rows.append((_label("total_equity"), None, *total))
    return rows
