# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Settlement arithmetic of a deal, in plain Python: no ORM, no database, so
that it can be worked by hand and property-tested on its own (as
``cluster_consolidation/lib/engine.py``).

A deal is sold by a *producer* (the member company) to an *organiser* (the
venue, festival or promoter). After the show, the box office is settled:

1. **Receipts.** Each price band's tickets are sold at a price including the
   ticket VAT (5.5 %, CGI art. 278-0 bis F; 2.1 % for the first 140
   performances of a new creation, CGI art. 281 quater). A band's receipts
   excluding VAT are its takings divided by (1 + rate), rounded to the cent;
   its VAT is the difference, so that receipts plus VAT are exactly the
   takings.
2. **Levies.** The performance tax (CNM for music and variety, ASTP for
   theatre, dance and circus: 3.5 % of receipts excluding VAT) and the
   authors' rights (SACEM, SACD: a rate of the receipts excluding VAT) are
   each a percentage of the receipts excluding VAT, rounded to the cent.
   Those the contract deducts are taken off the receipts before the split;
   the party holding the box office hands them to the party who declares and
   pays them.
3. **Net receipts** are the receipts excluding VAT less the deducted levies.
   The *pool* split between the parties is the net receipts (for a
   coproduction: the net receipts less the budget, i.e. the result).
4. **Shares.** The deal type says how the pool is split; the producer's share
   is computed and rounded to the cent, the organiser's share is the rest, so
   the two add up to the pool exactly.
5. **Guaranteed minimum.** When a party's share is below its guaranteed
   minimum, the other party pays the difference: the *top-up*.
6. **Components and VAT.** What one party invoices the other is split into
   components (fee, share of receipts, top-up, costs, rent), each with its own
   VAT rate; VAT is computed per component and rounded to the cent.

Rounding: every amount is rounded to the cent, half away from zero
(``ROUND_HALF_UP``), at the step where it appears on the statement, never
at the end of a chain; amounts are ``Decimal`` throughout.

Amounts in :class:`Terms` are per show (fee, guarantee, minimum, threshold,
rent, expenses) and multiplied by the number of shows the settlement covers;
costs, contributions and the budget are totals.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
# The terms that are amounts of money, none of them negative
AMOUNTS = (
    "fee",
    "costs",
    "threshold",
    "per_ticket",
    "minimum",
    "rent",
    "expenses",
    "budget",
    "producer_contribution",
    "organiser_contribution",
)

PRODUCER = "producer"
ORGANISER = "organiser"

CESSION = "cession"
CESSION_ETENDUE = "cession_etendue"
COREALISATION = "corealisation"
COPRODUCTION = "coproduction"
LOCATION = "location"
FLAT = "flat"  # international flat guarantee
VERSUS = "versus"  # guarantee versus a percentage of the net
PLUS = "plus"  # guarantee plus a percentage above the split point
DOOR = "door"  # percentage of the net from the first ticket, or per ticket
DEAL_TYPES = (
    CESSION,
    CESSION_ETENDUE,
    COREALISATION,
    COPRODUCTION,
    LOCATION,
    FLAT,
    VERSUS,
    PLUS,
    DOOR,
)

# Components of what the parties invoice each other, each with its VAT rate.
FEE = "fee"
SHARE = "share"
TOPUP = "topup"
COSTS = "costs"
RENT = "rent"
COMPONENTS = (FEE, SHARE, TOPUP, COSTS, RENT)

# Ticket VAT rates (percent) and the performances the reduced one covers.
TICKET_VAT = Decimal("5.5")  # CGI art. 278-0 bis F
NEW_CREATION_VAT = Decimal("2.1")  # CGI art. 281 quater
NEW_CREATION_PERFORMANCES = 140
PERFORMANCE_TAX = Decimal("3.5")  # CIBS art. L. 452-14 ff. (CNM); ASTP


class SettlementError(ValueError):
    """Terms or a box office the engine cannot settle. ``code`` names the
    problem, ``params`` its figures, so that the caller can word it in the
    user's language."""

    def __init__(self, code, **params):
        super().__init__(code, params)
        self.code = code
        self.params = params


def cents(amount):
    """``amount`` rounded to the cent, half away from zero.

    >>> cents(Decimal("2.345")), cents(Decimal("-2.345"))
    (Decimal('2.35'), Decimal('-2.35'))
    """
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def percent(amount, rate):
    """``rate`` percent of ``amount``, rounded to the cent.

    >>> percent(Decimal("9478.67"), Decimal("3.5"))
    Decimal('331.75')
    """
    return cents(Decimal(amount) * Decimal(rate) / HUNDRED)


def ticket_vat_rate(performance_number, new_creation=False):
    """The VAT rate (percent) of the tickets of a performance: 2.1 % for the
    first 140 performances of a newly created work (CGI art. 281 quater),
    5.5 % otherwise (CGI art. 278-0 bis F).

    >>> ticket_vat_rate(140, new_creation=True), ticket_vat_rate(141, True)
    (Decimal('2.1'), Decimal('5.5'))
    >>> ticket_vat_rate(1)
    Decimal('5.5')
    """
    if new_creation and performance_number <= NEW_CREATION_PERFORMANCES:
        return NEW_CREATION_VAT
    return TICKET_VAT


@dataclass(frozen=True)
class PriceBand:
    """Tickets sold at one price (VAT included), and free tickets."""

    name: str
    price: Decimal
    sold: int
    free: int = 0
    vat_rate: Decimal = TICKET_VAT


@dataclass(frozen=True)
class Levy:
    """A levy on the receipts excluding VAT: the performance tax (CNM, ASTP)
    or authors' rights (SACEM, SACD). ``payer`` declares and pays it;
    ``deducted`` says whether the contract takes it off the receipts before
    the split (otherwise the payer bears it out of its own share)."""

    name: str
    rate: Decimal
    payer: str = ORGANISER
    deducted: bool = True


@dataclass(frozen=True)
class Terms:
    """The financial terms of a deal (per show unless said otherwise)."""

    deal_type: str
    shows: int = 1
    fee: Decimal = ZERO  # fixed fee or flat guarantee, excl. VAT
    costs: Decimal = ZERO  # travel, accommodation, meals (total, excl. VAT)
    producer_percent: Decimal = ZERO  # the producer's share of the pool
    threshold: Decimal = ZERO  # receipts the organiser keeps first
    per_ticket: Decimal = ZERO  # amount per paying ticket (étendue, door)
    threshold_tickets: int = 0  # paying tickets before per_ticket applies
    minimum: Decimal = ZERO  # guaranteed minimum (versus: the guarantee)
    minimum_to: str = PRODUCER
    rent: Decimal = ZERO  # location: the venue's rent
    expenses: Decimal = ZERO  # international: the promoter's show costs
    promoter_profit_percent: Decimal = ZERO  # plus: profit on costs + fee
    budget: Decimal = ZERO  # coproduction: the production's budget (total)
    producer_contribution: Decimal = ZERO  # coproduction (total)
    organiser_contribution: Decimal = ZERO  # coproduction (total)
    deposit_percent: Decimal = ZERO  # deposit, a percentage of the guarantee
    levies: tuple = ()


@dataclass(frozen=True)
class StatementLine:
    """A line of the settlement statement. ``amount`` is positive when the
    organiser owes it to the producer, negative the other way; for lines
    that only inform (receipts, levies, pool) it is the figure itself."""

    code: str
    label: str
    amount: Decimal
    vat: Decimal = ZERO
    party: str = ""
    detail: tuple = ()  # what the label says, for the caller to word it


@dataclass
class Settlement:
    gross: Decimal = ZERO  # takings, VAT included
    ticket_vat: Decimal = ZERO
    receipts: Decimal = ZERO  # excl. VAT
    paying_tickets: int = 0
    free_tickets: int = 0
    levies: dict = field(default_factory=dict)  # name: amount
    net_receipts: Decimal = ZERO
    pool: Decimal = ZERO
    producer_share: Decimal = ZERO  # of the pool
    organiser_share: Decimal = ZERO  # of the pool
    topup: Decimal = ZERO
    topup_to: str = ""
    producer_total: Decimal = ZERO  # what the producer earns from the deal
    organiser_total: Decimal = ZERO  # the organiser's part of the pool, net
    components: dict = field(default_factory=dict)  # component: signed amount
    vat: dict = field(default_factory=dict)  # component: signed VAT
    levy_transfer: Decimal = ZERO  # levies handed by the holder to the payer
    deposit: Decimal = ZERO  # excl. VAT
    deposit_vat: Decimal = ZERO
    balance: Decimal = ZERO  # the organiser owes the producer, VAT included
    lines: list = field(default_factory=list)


def _check(terms, bands, vat_rates):
    if terms.deal_type not in DEAL_TYPES:
        raise SettlementError("unknown_type", deal_type=terms.deal_type)
    if terms.shows < 1:
        raise SettlementError("no_show")
    for name in ("producer_percent", "promoter_profit_percent", "deposit_percent"):
        value = getattr(terms, name)
        if not ZERO <= value <= HUNDRED:
            raise SettlementError("percent_range", field=name, value=value)
    for levy in terms.levies:
        if not ZERO <= levy.rate <= HUNDRED:
            raise SettlementError("percent_range", field=levy.name, value=levy.rate)
    deducted = sum((levy.rate for levy in terms.levies if levy.deducted), ZERO)
    if deducted > HUNDRED:
        raise SettlementError("levies_over_100", value=deducted)
    for name in AMOUNTS:
        if getattr(terms, name) < 0:
            raise SettlementError("negative", field=name, value=getattr(terms, name))
    for band in bands:
        if band.sold < 0 or band.free < 0:
            raise SettlementError("negative_tickets", band=band.name)
        if band.price < 0:
            raise SettlementError("negative", field=band.name, value=band.price)
    missing = [c for c in COMPONENTS if c not in vat_rates]
    if missing:
        raise SettlementError("missing_vat", components=", ".join(missing))


def _producer_share(terms, net, pool, paying, shows):
    """The producer's share of the pool, by deal type, before any top-up."""
    kind = terms.deal_type
    rate = terms.producer_percent
    if kind in (CESSION, FLAT):
        return ZERO
    if kind == LOCATION:
        return pool
    if kind == CESSION_ETENDUE:
        if terms.per_ticket:
            extra = max(paying - terms.threshold_tickets * shows, 0)
            return cents(terms.per_ticket * extra)
        return percent(max(net - terms.threshold * shows, ZERO), rate)
    if kind == COREALISATION:
        return percent(max(net - terms.threshold * shows, ZERO), rate)
    if kind == COPRODUCTION:
        return percent(pool, rate)
    if kind == VERSUS:
        return percent(max(net - terms.expenses * shows, ZERO), rate)
    if kind == PLUS:
        return percent(max(net - split_point(terms) * shows, ZERO), rate)
    # DOOR
    if terms.per_ticket:
        return cents(terms.per_ticket * paying)
    return percent(max(net - terms.expenses * shows, ZERO), rate)


def split_point(terms):
    """Per show, the net receipts above which a "guarantee plus percentage"
    deal pays the percentage: the promoter's costs, the guarantee, and the
    promoter's profit as a percentage of both.

    >>> split_point(Terms(PLUS, fee=Decimal(10000), expenses=Decimal(15000),
    ...     promoter_profit_percent=Decimal(15)))
    Decimal('28750.00')
    """
    base = terms.expenses + terms.fee
    return cents(base + percent(base, terms.promoter_profit_percent))


def settle(terms, bands, vat_rates):
    """Settle ``terms`` against the box office ``bands``.

    :param terms: :class:`Terms`
    :param bands: iterable of :class:`PriceBand` (all the shows together)
    :param vat_rates: {component: VAT rate in percent} for fee, share,
        topup, costs and rent
    :returns: :class:`Settlement`
    :raises SettlementError: on terms or tickets it cannot settle
    """
    bands = tuple(bands)
    _check(terms, bands, vat_rates)
    shows = terms.shows
    result = Settlement()
    lines = result.lines

    for band in bands:
        takings = cents(band.price * band.sold)
        receipts = cents(takings * HUNDRED / (HUNDRED + band.vat_rate))
        result.gross += takings
        result.receipts += receipts
        result.ticket_vat += takings - receipts
        result.paying_tickets += band.sold
        result.free_tickets += band.free
        lines.append(
            StatementLine(
                "band",
                f"{band.name}: {band.sold} x {band.price} ({band.free} free)",
                receipts,
                takings - receipts,
                detail=(band.name, band.sold, band.price, band.free),
            )
        )
    lines.append(StatementLine("receipts", "Receipts excl. VAT", result.receipts))

    # the party holding the box office: the organiser, except when the
    # producer rents the venue and sells the tickets itself
    holder = PRODUCER if terms.deal_type == LOCATION else ORGANISER
    deducted = ZERO
    for levy in terms.levies:
        amount = percent(result.receipts, levy.rate)
        result.levies[levy.name] = amount
        lines.append(
            StatementLine(
                "levy",
                f"{levy.name} {levy.rate} %"
                + ("" if levy.deducted else " (not deducted)"),
                amount,
                party=levy.payer,
                detail=(levy.name, levy.rate, levy.deducted),
            )
        )
        if levy.deducted:
            deducted += amount
            if levy.payer != holder:
                result.levy_transfer += amount if holder == ORGANISER else -amount
    result.net_receipts = result.receipts - deducted
    lines.append(StatementLine("net", "Net receipts", result.net_receipts))

    result.pool = result.net_receipts
    if terms.deal_type == COPRODUCTION:
        result.pool = result.net_receipts - terms.budget
        lines.append(StatementLine("budget", "Budget", -terms.budget))
        lines.append(StatementLine("result", "Result", result.pool))

    producer_share = _producer_share(
        terms, result.net_receipts, result.pool, result.paying_tickets, shows
    )
    organiser_share = result.pool - producer_share
    result.producer_share, result.organiser_share = producer_share, organiser_share

    minimum = terms.minimum * shows
    if minimum and terms.minimum_to == PRODUCER and producer_share < minimum:
        result.topup, result.topup_to = minimum - producer_share, PRODUCER
    elif minimum and terms.minimum_to == ORGANISER and organiser_share < minimum:
        result.topup, result.topup_to = minimum - organiser_share, ORGANISER

    fee = (
        terms.fee * shows
        if terms.deal_type in (CESSION, CESSION_ETENDUE, FLAT, PLUS)
        else ZERO
    )
    rent = terms.rent * shows if terms.deal_type == LOCATION else ZERO
    signed_topup = result.topup if result.topup_to == PRODUCER else -result.topup
    # the share changes hands only when the producer does not hold the box
    # office; the coproduction's result is paid out of the common account
    invoiced_share = producer_share if holder == ORGANISER else ZERO
    components = {
        FEE: cents(fee),
        SHARE: invoiced_share,
        TOPUP: signed_topup,
        COSTS: cents(terms.costs),
        RENT: -cents(rent),
    }
    result.components = components
    result.vat = {
        name: percent(amount, vat_rates[name]) for name, amount in components.items()
    }
    labels = {
        FEE: "Fee",
        SHARE: "Producer's share of receipts",
        TOPUP: "Guaranteed minimum top-up",
        COSTS: "Costs",
        RENT: "Rent",
    }
    for name in COMPONENTS:
        if components[name]:
            lines.append(
                StatementLine(name, labels[name], components[name], result.vat[name])
            )

    result.producer_total = producer_share + signed_topup + fee - rent
    result.organiser_total = organiser_share - signed_topup
    if terms.deal_type == COPRODUCTION:
        # the budget was paid from the common account the partners'
        # contributions fed: each gets its contribution back with its share
        lines.append(
            StatementLine(
                "contribution",
                "Producer's contribution",
                terms.producer_contribution,
                party=PRODUCER,
            )
        )
        lines.append(
            StatementLine(
                "contribution",
                "Organiser's contribution",
                terms.organiser_contribution,
                party=ORGANISER,
            )
        )
    if result.levy_transfer:
        lines.append(
            StatementLine("levy_transfer", "Levies handed over", result.levy_transfer)
        )

    guaranteed = fee if terms.deal_type != VERSUS else minimum
    result.deposit = percent(guaranteed, terms.deposit_percent)
    deposit_rate = vat_rates[TOPUP if terms.deal_type == VERSUS else FEE]
    result.deposit_vat = percent(result.deposit, deposit_rate)
    if result.deposit:
        lines.append(
            StatementLine("deposit", "Deposit", -result.deposit, -result.deposit_vat)
        )
    result.balance = (
        sum(components.values(), ZERO)
        + sum(result.vat.values(), ZERO)
        + result.levy_transfer
        - result.deposit
        - result.deposit_vat
    )
    if terms.deal_type == COPRODUCTION:
        result.balance += terms.producer_contribution
    lines.append(
        StatementLine("balance", "Balance due to the producer", result.balance)
    )
    return result
