# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Consolidation arithmetic, in plain Python: no ORM, no database, so that it
can be reasoned about and property-tested on its own (as mis_builder keeps
its expression engine apart from its user interface).

Amounts are debit-positive balances. A member's trial balance sums to zero
in its own currency; translated at several rates it no longer does, and the
difference is its translation adjustment (CTA).
"""

from dataclasses import dataclass

from odoo.addons.cluster_base.lib.ownership import EQUITY, FULL

# Sections whose balances make a member's equity (its net assets, negated):
# what minority interests and equity-accounted investments are shares of.
EQUITY_SECTIONS = {"equity", "income", "expense"}


@dataclass(frozen=True)
class Balance:
    """A member account's balance, already mapped onto the chart."""

    company: object
    member_account: object
    account: object  # consolidation account
    section: str
    rate_type: str  # closing / average / historical
    amount: float  # in the member's currency
    partner_company: object = None  # another member, for intercompany items


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


def consolidate(balances, members, rates, roles, sections, rounding=None):
    """Lines of a consolidation. With ``rounding`` (a function rounding an
    amount to the currency's cents), every line is rounded and the
    consolidated trial balance still balances to the cent: each member's
    translation difference is what balances its own rounded lines.

    :param balances: iterable of :class:`Balance`
    :param members: {company: (method, interest)}, interest a fraction
    :param rates: {company: {rate type: factor}}, member currency to cluster
        currency (multiply)
    :param roles: {role: consolidation account} for retained, cta, minority,
        investment, equity_result, ic_mismatch
    :param sections: {consolidation account: section}
    """
    round_ = rounding or (lambda amount: amount)
    lines = []
    by_company = {}
    for balance in balances:
        method, interest = members[balance.company]
        rate = rates[balance.company][balance.rate_type]
        translated = round_(balance.amount * rate)
        weight = 0.0 if method == EQUITY else (1.0 if method == FULL else interest)
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
        )
        lines.append(line)
        by_company.setdefault(balance.company, []).append(line)

    for company, own in by_company.items():
        method, interest = members[company]
        weight = own[0].weight
        cta = -sum(line.translated for line in own)
        lines.append(
            Line(
                company,
                roles["cta"],
                "cta",
                translated=cta,
                weight=weight,
                # cta x weight up to rounding: what balances the member's lines
                amount=round_(-sum(line.amount for line in own)),
            )
        )
        # equity of the member in cluster currency, CTA included (negative
        # when its net assets are positive)
        equity = cta + sum(
            line.translated for line in own if sections[line.account] in EQUITY_SECTIONS
        )
        if method == FULL and interest < 1.0:
            share = round_((1.0 - interest) * equity)
            lines.append(Line(company, roles["minority"], "minority", amount=share))
            lines.append(Line(company, roles["retained"], "minority", amount=-share))
        elif method == EQUITY:
            share = round_(interest * -equity)
            lines.append(
                Line(company, roles["investment"], "equity_method", amount=share)
            )
            lines.append(
                Line(company, roles["equity_result"], "equity_method", amount=-share)
            )

    lines += eliminations(lines, members, roles, round_)
    return lines


def eliminations(lines, members, roles, round_):
    """Reverse every intercompany balance between consolidated members; what
    the two sides of a pair leave over is the pair's mismatch, shown on its
    own line rather than absorbed."""
    consolidated = {c for c, (method, _i) in members.items() if method != EQUITY}
    pairs = {}
    for line in lines:
        if (
            line.kind == "contribution"
            and line.partner_company in consolidated
            and line.company in consolidated
        ):
            pair = tuple(sorted((line.company, line.partner_company), key=str))
            pairs.setdefault(pair, []).append(line)
    result = []
    for pair, pair_lines in pairs.items():
        for line in pair_lines:
            result.append(
                Line(
                    line.company,
                    line.account,
                    "elimination",
                    amount=-line.amount,
                    member_account=line.member_account,
                    partner_company=line.partner_company,
                )
            )
        mismatch = round_(sum(line.amount for line in pair_lines))
        if mismatch:
            result.append(
                Line(
                    pair[0],
                    roles["ic_mismatch"],
                    "mismatch",
                    amount=mismatch,
                    partner_company=pair[1],
                )
            )
    return result
