# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Consolidation arithmetic, in plain Python: no ORM, no database, so that it
can be reasoned about and property-tested on its own (as mis_builder keeps
its expression engine apart from its user interface).

Amounts are debit-positive balances. A member's trial balance sums to zero
in its own currency; translated at several rates it no longer does, and the
difference is its translation difference (IAS 21.39(c), 21.41).

A member's balances come in three buckets (the caller sorts them by date):

* ``pre_acquisition``: its equity and results up to the day it was acquired,
  at the rate of that day. With an acquisition record they are eliminated
  against the holder's investment (IFRS 3.32, IFRS 10.B86(b)); what is left
  is goodwill, kept in the member's currency and translated at the closing
  rate (IAS 21.47), and non-controlling interests at their proportionate
  share of the net assets acquired (IFRS 3.19).
* ``prior``: its post-acquisition results of earlier periods, each year at
  that year's average rate, in retained earnings; or, when the previous
  locked run is given, that run's closing figure (``Member.opening``).
* ``period``: its assets and liabilities at the closing rate, its results of
  the period at the average rate, its equity movements of the period.

Non-controlling interests get their share of each (IFRS 10.B94, IAS 21.41);
a change in the parent's interest that keeps control is an equity
transaction (IFRS 10.23, B96; see :class:`InterestChange`);
equity-accounted members give one investment line built as IAS 28.10 says,
stopped at zero (IAS 28.38-39); intercompany items are eliminated by nature
(balances at closing, flows of the period, dividends), and what the two
sides leave over is split between a rate difference (to the translation
difference) and a real mismatch, reported per pair and per nature.
"""

from dataclasses import dataclass

from odoo.addons.cluster_base.lib.ownership import EQUITY, FULL

PRE = "pre_acquisition"
PRIOR = "prior"
PERIOD = "period"

BALANCE = "balance"  # intercompany receivables, payables, loans: at closing
FLOW = "flow"  # intercompany revenue and expenses: of the period only
DIVIDEND = "dividend"  # dividends received from another member

PROFIT_SECTIONS = {"income", "expense"}
BALANCE_SHEET_SECTIONS = {"asset", "liability"}


class MissingRole(KeyError):
    """The chart lacks the account a computed line needs."""


@dataclass(frozen=True)
class Balance:
    """A member account's balance, already mapped onto the chart."""

    company: object
    member_account: object
    account: object  # consolidation account
    section: str
    rate_type: object  # a key of the member's rates
    amount: float  # in the member's currency
    partner_company: object = None  # another member, for intercompany items
    bucket: str = PERIOD
    nature: str = None  # BALANCE, FLOW or DIVIDEND for intercompany accounts
    # cluster currency at the rates of the original transactions, when the
    # items were made in it; None when unknown
    at_transaction_rates: float = None


@dataclass(frozen=True)
class Acquisition:
    """How a member was acquired (IFRS 3.18-32)."""

    holder: object  # company whose books hold the investment
    cost: float  # cluster currency, from the holder's investment account
    rate: float  # member currency to cluster currency on the acquisition date
    investment_account: object  # consolidation account of the investment
    # ((consolidation account, amount in member currency), ...)
    fair_values: tuple = ()


@dataclass(frozen=True)
class InterestChange:
    """The parent's interest in a subsidiary it keeps controlling changed
    (IFRS 10.23, B96): shares bought from or sold to non-controlling
    interests, or issued to them. No goodwill, no gain or loss: the
    non-controlling interests are adjusted by the change of their share of
    the subsidiary's net assets that day, and the difference with the
    consideration goes to the owners' equity. The subsidiary's profit of the
    period up to that day is attributed at the interest before it."""

    before: float  # the parent's interest before the change
    after: float  # and after it
    # the subsidiary's equity in its books that day, member currency
    # (positive for net assets), fair-value adjustments not included
    net_assets: float
    rate: float  # member currency to cluster currency that day
    holder: object  # company whose books hold the investment
    investment_account: object  # consolidation account of the investment
    # the movement of the holder's investment for the change, cluster
    # currency, debit-positive: the price of shares bought, or the cost of
    # those sold
    investment: float = 0.0
    # the holder's gain or loss on shares sold, cluster currency,
    # debit-positive: ((consolidation account, amount), ...); the
    # consideration is the investment's movement plus these
    gains: tuple = ()
    # the subsidiary's result within the run's window up to that day,
    # member currency, debit-positive; 0 for a change before the window
    profit_before: float = 0.0

    @property
    def consideration(self):
        """Paid by the group (positive) or received (negative)."""
        return self.investment + sum(amount for _account, amount in self.gains)


@dataclass(frozen=True)
class Member:
    method: str
    # full: the parent's interest (the rest is non-controlling); proportional:
    # the weight; equity: the group's share (IAS 28.27)
    interest: float
    acquisition: Acquisition = None
    # post-acquisition reserves brought forward, cluster currency, from the
    # previous locked run; None to translate the ``prior`` bucket year by year
    opening: float = None
    # left the group during the period: its balances are those of the day
    # of disposal (the caller's "closing" rate is that day's)
    disposed: bool = False
    # changes of the parent's interest since the acquisition, in date order
    # (:class:`InterestChange`); ``interest`` is the one after the last
    changes: tuple = ()


def acquisition_interest(member):
    """The parent's interest when it obtained control: goodwill and the
    non-controlling interests at acquisition are measured at it, whatever
    the interest became since (IFRS 10.B96: no goodwill remeasurement)."""
    return member.changes[0].before if member.changes else member.interest


@dataclass
class Line:
    company: object
    account: object
    kind: str
    balance: float = 0.0  # member currency, before translation
    rate: float = 1.0
    translated: float = 0.0  # cluster currency, before weighting
    weight: float = 1.0
    amount: float = 0.0  # consolidated, cluster currency
    member_account: object = None
    partner_company: object = None
    nature: str = None
    bucket: str = None
    section: str = None
    at_transaction_rates: float = None


def _role(roles, role):
    try:
        return roles[role]
    except KeyError:
        raise MissingRole(role) from None


def _member(value):
    return value if isinstance(value, Member) else Member(*value)


def weight_of(member):
    if member.method == EQUITY:
        return 0.0
    return 1.0 if member.method == FULL else member.interest


def consolidate(balances, members, rates, roles, rounding=None):
    """Lines of a consolidation. With ``rounding`` (a function rounding an
    amount to the currency's cents), every line is rounded and the
    consolidated trial balance still balances to the cent: each member's
    translation difference is what balances its own rounded lines.

    :param balances: iterable of :class:`Balance`
    :param members: {company: :class:`Member` or (method, interest)}
    :param rates: {company: {rate type: factor}}, member currency to cluster
        currency (multiply)
    :param roles: {role: consolidation account} for retained, cta, minority,
        investment, equity_result, ic_mismatch, and goodwill and
        minority_result, disposal when a line needs them
    """
    round_ = rounding or (lambda amount: amount)
    members = {company: _member(value) for company, value in members.items()}
    lines = []
    by_company = {}
    for balance in balances:
        member = members[balance.company]
        if balance.bucket == PRIOR and member.opening is not None:
            continue  # replaced by the previous run's closing figure below
        rate = rates[balance.company][balance.rate_type]
        translated = round_(balance.amount * rate)
        weight = weight_of(member)
        line = Line(
            company=balance.company,
            account=balance.account,
            kind="contribution",
            balance=balance.amount,
            rate=rate,
            translated=translated,
            weight=weight,
            amount=round_(translated * weight),
            member_account=balance.member_account,
            partner_company=balance.partner_company,
            nature=balance.nature,
            bucket=balance.bucket,
            section=balance.section,
            at_transaction_rates=balance.at_transaction_rates,
        )
        lines.append(line)
        by_company.setdefault(balance.company, []).append(line)
    for company, member in members.items():
        if member.opening is None:
            continue
        prior = [b for b in balances if b.company == company and b.bucket == PRIOR]
        own = sum(b.amount for b in prior)
        weight = weight_of(member)
        line = Line(
            company,
            _role(roles, "retained"),
            "contribution",
            balance=own,
            rate=member.opening / own if own else 0.0,
            translated=round_(member.opening),
            weight=weight,
            amount=round_(member.opening * weight),
            bucket=PRIOR,
            section="equity",
        )
        lines.append(line)
        by_company.setdefault(company, []).append(line)

    computed = []
    for company, own in by_company.items():
        computed += _member_lines(
            company, members[company], own, rates[company], roles, round_
        )
    lines += computed
    lines += eliminations(lines, members, roles, round_)
    return lines


def _member_lines(company, member, own, rates, roles, round_):
    """The translation difference, acquisition accounting, non-controlling
    interests or equity method of one member."""
    result = []
    weight = weight_of(member)

    def add(account, kind, amount, **values):
        amount = round_(amount)
        if amount:
            result.append(Line(company, account, kind, amount=amount, **values))

    cta_account = _role(roles, "cta")
    pre = sum(line.translated for line in own if line.bucket == PRE)
    reserves = sum(
        line.translated
        for line in own
        if line.bucket == PRIOR or (line.bucket == PERIOD and line.section == "equity")
    )
    profit = sum(
        line.translated
        for line in own
        if line.bucket == PERIOD and line.section in PROFIT_SECTIONS
    )
    # the member's own translation difference: what balances its lines
    cta = -sum(line.translated for line in own)
    result.append(
        Line(
            company,
            cta_account,
            "cta",
            translated=cta,
            weight=weight,
            # cta x weight up to rounding: what balances the member's lines
            amount=round_(-sum(line.amount for line in own)),
        )
    )
    acquisition = member.acquisition
    closing = rates["closing"]
    net_assets = -sum(line.balance for line in own if line.bucket == PRE)
    fair_value = (
        sum(amount for _account, amount in acquisition.fair_values)
        if acquisition
        else 0.0
    )

    if member.method == EQUITY:
        share = member.interest
        # IAS 28.10: cost, plus the share of post-acquisition profit (in
        # profit or loss) and of other comprehensive income, the associate's
        # translation difference included (IAS 28.10, IAS 21.44)
        if acquisition:
            cost = acquisition.cost
            goodwill = cost / acquisition.rate - share * (net_assets + fair_value)
            retranslation = (goodwill + share * fair_value) * (
                closing - acquisition.rate
            )
            # the holder's cost is replaced by the carrying amount
            result.append(
                Line(
                    acquisition.holder,
                    acquisition.investment_account,
                    "equity_method",
                    amount=round_(-cost),
                    partner_company=company,
                )
            )
        else:
            # no acquisition record: its whole equity, as if bought at book
            cost = -share * pre
            retranslation = 0.0
        share_profit = share * profit
        share_reserves = share * reserves
        share_cta = share * cta - retranslation
        investment = cost - share_profit - share_reserves - share_cta
        # IAS 28.38-39: losses stop the investment at zero; later profits
        # are recognised only once they have covered the losses left out
        # the carrying amount at the start of the period: the period's
        # dividends and other equity movements come after it, like its
        # result (without an acquisition record, the period's equity lines
        # are its whole equity, as if bought at book value)
        opening_investment = cost - (
            share * sum(line.translated for line in own if line.bucket == PRIOR)
            if acquisition
            else share_reserves
        )
        unrecognised = max(0.0, -investment)
        unrecognised_before = max(0.0, -opening_investment)
        add(_role(roles, "investment"), "equity_method", investment + unrecognised)
        add(
            _role(roles, "equity_result"),
            "equity_method",
            share_profit - (unrecognised - unrecognised_before),
        )
        add(
            _role(roles, "retained"),
            "equity_method",
            share_reserves - unrecognised_before,
        )
        add(cta_account, "equity_method", share_cta)
        # whatever rounding left: on the investment line
        _balance_last(result, "equity_method", _role(roles, "investment"), round_)
        return result

    non_controlling = 1.0 - member.interest if member.method == FULL else 0.0
    share = acquisition_interest(member)
    if acquisition:
        at_acquisition = acquisition.rate
        # the member's equity at acquisition, reversed line by line
        for line in own:
            if line.bucket == PRE:
                add(
                    line.account,
                    "acquisition",
                    -line.amount,
                    member_account=line.member_account,
                    balance=-line.balance,
                    rate=line.rate,
                    translated=-line.translated,
                    weight=line.weight,
                )
        for account, amount in acquisition.fair_values:
            add(
                account,
                "acquisition",
                amount * at_acquisition * weight,
                balance=amount,
                rate=at_acquisition,
                weight=weight,
            )
            add(
                account,
                "cta",
                amount * (closing - at_acquisition) * weight,
                balance=amount,
                rate=closing - at_acquisition,
                weight=weight,
            )
            add(cta_account, "cta", -amount * (closing - at_acquisition) * weight)
        acquired = (net_assets + fair_value) * at_acquisition
        result.append(
            Line(
                acquisition.holder,
                acquisition.investment_account,
                "acquisition",
                amount=round_(-acquisition.cost),
                partner_company=company,
            )
        )
        add(
            _role(roles, "minority"),
            "acquisition",
            -(1.0 - share if member.method == FULL else 0.0) * acquired,
        )
        # IFRS 3.32 with non-controlling interests at their proportionate
        # share: goodwill is the group's alone, in the member's currency
        goodwill = acquisition.cost / at_acquisition - share * (net_assets + fair_value)
        goodwill_account = _role(roles, "goodwill")
        add(
            goodwill_account,
            "acquisition",
            goodwill * at_acquisition,
            balance=goodwill,
            rate=at_acquisition,
        )
        add(
            goodwill_account,
            "cta",
            goodwill * (closing - at_acquisition),
            balance=goodwill,
            rate=closing - at_acquisition,
        )
        add(cta_account, "cta", -goodwill * (closing - at_acquisition))
        _balance_last(result, "acquisition", goodwill_account, round_)
        fair_value_cta = fair_value * (closing - at_acquisition) * weight
    else:
        fair_value_cta = 0.0
    if non_controlling > 1e-9:
        # IFRS 10.B94, IAS 21.41: their share of each component of equity
        minority = _role(roles, "minority")
        add(minority, "minority", non_controlling * reserves)
        add(_role(roles, "retained"), "minority", -non_controlling * reserves)
        add(minority, "minority", non_controlling * profit)
        add(_role(roles, "minority_result"), "minority", -non_controlling * profit)
        member_cta = result[0].amount - fair_value_cta
        add(minority, "minority", non_controlling * member_cta)
        add(cta_account, "minority", -non_controlling * member_cta)
        _balance_last(result, "minority", minority, round_)
    if acquisition and member.method == FULL:
        for change in member.changes:
            result += _interest_change(
                company, change, acquired, fair_value, rates, roles, round_
            )
    if member.disposed:
        result += _disposal(company, member, own, result, roles, round_)
    return result


def _interest_change(company, change, acquired, fair_value, rates, roles, round_):
    """The lines of one change of interest without loss of control (IFRS
    10.23, B96), beside the member's other lines, which give the
    non-controlling interests their share at the interest after the last
    change (their share of net assets at closing, IFRS 10.B94) and of the
    whole translation difference (re-attributed, IAS 21.48C).

    * the non-controlling interests are adjusted by ``delta`` x the
      subsidiary's net assets that day (``worth``, fair values included),
      against the owners' equity;
    * up to that day they held ``delta`` more (less) of what the subsidiary
      earned since its acquisition: their profit of the period up to the
      change, and their reserves;
    * the holder's investment moved by the price (or the cost of the shares
      sold): eliminated; a gain or loss in its books is no gain or loss of
      the group (IFRS 10.B96): both against the owners' equity, which so
      carries the difference between the adjustment and the consideration.
    """
    result = []

    def add(account, amount, **values):
        amount = round_(amount)
        if amount:
            result.append(
                Line(company, account, "interest_change", amount=amount, **values)
            )

    delta = change.after - change.before
    minority = _role(roles, "minority")
    retained = _role(roles, "retained")
    worth = (change.net_assets + fair_value) * change.rate
    earned = -change.profit_before * rates["average"]
    add(minority, delta * worth)
    add(retained, -delta * worth)
    add(minority, -delta * (worth - acquired))
    add(_role(roles, "minority_result"), delta * earned)
    add(retained, delta * (worth - acquired - earned))
    # in the holder's books
    for account, amount in (
        (change.investment_account, change.investment),
        *change.gains,
    ):
        if round_(amount):
            result.append(
                Line(
                    change.holder,
                    account,
                    "interest_change",
                    amount=round_(-amount),
                    partner_company=company,
                )
            )
    add(retained, change.consideration)
    _balance_last(result, "interest_change", retained, round_)
    return result


def _disposal(company, member, own, computed, roles, round_):
    """A member sold during the period (IFRS 10.25, B97-B99; IAS 21.48): its
    results up to the disposal stay; its assets and liabilities, goodwill,
    fair-value adjustments and minority interests leave the balance sheet,
    the holder's investment is no longer eliminated (the holder's books
    took it out), and its translation difference is recycled: all of it
    into the gain or loss on disposal, beside the holder's own gain."""
    acquisition = member.acquisition
    leaving = {roles.get("goodwill"), _role(roles, "minority"), _role(roles, "cta")}
    if acquisition:
        leaving |= {account for account, _amount in acquisition.fair_values}
    reversed_ = []
    for line in own:
        if line.section in BALANCE_SHEET_SECTIONS and line.amount:
            reversed_.append(
                Line(
                    company,
                    line.account,
                    "disposal",
                    amount=-line.amount,
                    member_account=line.member_account,
                )
            )
    for line in computed:
        if line.account in leaving or (
            acquisition
            and line.kind in ("acquisition", "interest_change")
            and line.account
            in {acquisition.investment_account}
            | {change.investment_account for change in member.changes}
        ):
            reversed_.append(
                Line(line.company, line.account, "disposal", amount=-line.amount)
            )
    left = round_(sum(line.amount for line in reversed_))
    if left:
        reversed_.append(
            Line(company, _role(roles, "disposal"), "disposal", amount=-left)
        )
    return reversed_


def _balance_last(result, kind, account, round_):
    """Rounding each line can leave a cent on a group of computed lines that
    sums to zero: it goes on the group's line of ``account``."""
    group = [line for line in result if line.kind == kind]
    left = round_(sum(line.amount for line in group))
    if left:
        target = [line for line in group if line.account == account]
        if target:
            target[0].amount = round_(target[0].amount - left)
        else:
            group.append(Line(group[0].company, account, kind, amount=-left))
            result.append(group[-1])


def eliminations(lines, members, roles, round_):
    """Eliminate, between consolidated members, the intercompany balances at
    closing and the flows of the period, each consolidated member's share
    of it only (the smaller weight of the pair); and the dividends received
    from another member. What the two sides of a pair leave over is split
    into the part due to rates (translation difference, IAS 21.39) and the
    real mismatch, reported per pair and per nature, never absorbed."""
    members = {company: _member(value) for company, value in members.items()}
    weights = {
        company: weight_of(member)
        for company, member in members.items()
        if member.method != EQUITY
    }
    # no balance is left with a member sold during the period
    gone = {company for company, member in members.items() if member.disposed}
    pairs = {}
    result = []
    for line in lines:
        if line.kind != "contribution" or line.company not in weights:
            continue
        partner = line.partner_company
        if line.nature == DIVIDEND and partner in members:
            result += _dividend(line, roles)
            continue
        if (
            line.nature not in (BALANCE, FLOW)
            or line.bucket != PERIOD
            or partner not in weights
            or (line.nature == BALANCE and {line.company, partner} & gone)
        ):
            continue
        pair = tuple(sorted((line.company, partner), key=str))
        pair_weight = min(weights[line.company], weights[partner])
        pairs.setdefault((pair, line.nature), []).append((line, pair_weight))
    for (pair, nature), pair_lines in pairs.items():
        total = 0.0
        at_transaction = 0.0
        known = True
        for line, pair_weight in pair_lines:
            amount = round_(line.translated * pair_weight)
            total += amount
            result.append(
                Line(
                    line.company,
                    line.account,
                    "elimination",
                    balance=-line.balance,
                    rate=line.rate,
                    translated=-line.translated,
                    weight=pair_weight,
                    amount=-amount,
                    member_account=line.member_account,
                    partner_company=line.partner_company,
                    nature=nature,
                )
            )
            if line.at_transaction_rates is None:
                known = False
            else:
                at_transaction += line.at_transaction_rates * pair_weight
        mismatch = round_(at_transaction) if known else round_(total)
        rate_difference = round_(total - mismatch)
        if rate_difference:
            result.append(
                Line(
                    pair[0],
                    _role(roles, "cta"),
                    "elimination",
                    amount=rate_difference,
                    partner_company=pair[1],
                    nature=nature,
                )
            )
        if mismatch:
            result.append(
                Line(
                    pair[0],
                    _role(roles, "ic_mismatch"),
                    "mismatch",
                    amount=mismatch,
                    partner_company=pair[1],
                    nature=nature,
                )
            )
    return result


def _dividend(line, roles):
    """A dividend received from another member is no income of the group:
    the payer's equity fell by it, and the group's share of that equity
    (line by line, or through the equity method, IAS 28.10) already carries
    the fall; the income goes back to retained earnings. Earlier periods'
    dividends are in retained earnings on both sides already."""
    if line.bucket != PERIOD:
        return []
    return [
        Line(
            line.company,
            line.account,
            "elimination",
            balance=-line.balance,
            rate=line.rate,
            translated=-line.translated,
            amount=-line.amount,
            member_account=line.member_account,
            partner_company=line.partner_company,
            nature=DIVIDEND,
        ),
        Line(
            line.company,
            _role(roles, "retained"),
            "elimination",
            amount=line.amount,
            partner_company=line.partner_company,
            nature=DIVIDEND,
        ),
    ]
