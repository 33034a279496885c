# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from decimal import Decimal

from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError
from odoo.tools.misc import format_amount, formatLang

from ..lib import settlement as engine

DEAL_TYPES = [
    (engine.CESSION, "Contrat de cession"),
    (engine.CESSION_ETENDUE, "Cession étendue"),
    (engine.COREALISATION, "Coréalisation"),
    (engine.COPRODUCTION, "Coproduction"),
    (engine.LOCATION, "Location / mise à disposition"),
    (engine.FLAT, "International: flat guarantee"),
    (engine.VERSUS, "International: guarantee versus percentage"),
    (engine.PLUS, "International: guarantee plus percentage"),
    (engine.DOOR, "International: door deal"),
]
PARTIES = [(engine.PRODUCER, "Producer"), (engine.ORGANISER, "Organiser")]
PERFORMANCE_TAXES = [
    ("cnm", "CNM (music and variety)"),
    ("astp", "ASTP (theatre, dance, circus)"),
    ("none", "None"),
]
RIGHTS_SOCIETIES = [("sacem", "SACEM"), ("sacd", "SACD"), ("none", "None")]


# Contracts are numbered per company and per year: CT-2027-0001
CONTRACT_SEQUENCE = "booking.deal.contract"


class BookingDeal(models.Model):
    """The financial terms under which a production plays one or several
    confirmed dates for one organiser: a deal type (contrat de cession,
    coréalisation... or an international guarantee), its amounts, and who
    declares and pays the performance tax and the authors' rights. Its
    settlements apply the terms to a box office (``lib/settlement.py``).
    Confidential to the company that sells the production."""

    _name = "booking.deal"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "cluster.owned.mixin",
        "booking.partner.check.mixin",
    ]
    _description = "Deal"
    _cluster_confidential = True
    _cluster_owner_fields = ("company_id", "production_id", "organiser_id")
    _check_company_auto = True
    _order = "id desc"

    name = fields.Char(compute="_compute_name", store=True)
    contract_number = fields.Char(
        readonly=True,
        copy=False,
        index=True,
        tracking=True,
        help="Given when the deal is agreed: per company and per year.",
    )
    company_id = fields.Many2one(
        related="production_id.company_id",
        # As the user, not as superuser (Odoo's default for related fields):
        # an onchange given another company's production by id would name it
        compute_sudo=False,
        store=True,
        index=True,
        precompute=True,
        help="Company that sells the production. Only its users see the deal.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Booker",
        default=lambda self: self.env.user,
        check_company=True,
        tracking=True,
    )
    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    production_id = fields.Many2one(
        "booking.production",
        required=True,
        index=True,
        tracking=True,
    )
    organiser_id = fields.Many2one(
        "res.partner",
        required=True,
        index=True,
        tracking=True,
        domain="[('directory_cluster_id', '!=', False), ('is_company', '=', True)]",
        help="Who buys or hosts the show: an entry of your cluster's directory.",
    )
    date_ids = fields.Many2many(
        "booking.date",
        string="Dates",
        check_company=True,
        domain="[('production_id', '=', production_id), "
        "('state', 'in', ('confirmed', 'done'))]",
        help="The confirmed dates of the production the deal covers.",
    )
    show_count = fields.Integer(
        string="Shows", compute="_compute_show_count", store=True
    )
    state = fields.Selection(
        [("draft", "Negotiation"), ("agreed", "Agreed"), ("cancelled", "Cancelled")],
        default="draft",
        required=True,
        tracking=True,
    )
    deal_type = fields.Selection(
        DEAL_TYPES, required=True, default=engine.CESSION, tracking=True
    )
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        compute="_compute_currency_id",
        store=True,
        readonly=False,
        precompute=True,
        help="The company's currency by default; international deals may be in "
        "the promoter's.",
    )
    fee = fields.Monetary(
        string="Fee per Show",
        tracking=True,
        help="Excluding VAT: the price of a contrat de cession, the fixed part of "
        "a cession étendue, or an international guarantee.",
    )
    costs = fields.Monetary(
        help="Travel, accommodation and meals the organiser pays on top, "
        "excluding VAT, for the whole deal.",
    )
    producer_percent = fields.Float(
        string="Producer's Share (%)",
        digits=(5, 2),
        help="The producer's percentage of the net receipts (of the result, for "
        "a coproduction).",
    )
    threshold = fields.Monetary(
        string="Threshold per Show",
        help="Net receipts the organiser keeps before the producer's percentage "
        "applies.",
    )
    per_ticket = fields.Monetary(
        string="Amount per Ticket",
        help="Instead of a percentage: an amount per paying ticket.",
    )
    threshold_tickets = fields.Integer(
        string="Tickets Threshold per Show",
        help="Paying tickets before the amount per ticket applies.",
    )
    minimum = fields.Monetary(
        string="Guaranteed Minimum per Show",
        help="What the guaranteed party gets at least; for a versus deal, the "
        "guarantee.",
    )
    minimum_to = fields.Selection(
        PARTIES,
        string="Minimum Guaranteed to",
        default=engine.PRODUCER,
        required=True,
    )
    rent = fields.Monetary(string="Rent per Show", help="Location: the venue's rent.")
    expenses = fields.Monetary(
        string="Show Expenses per Show",
        help="International: the promoter's costs, recouped before the percentage.",
    )
    promoter_profit_percent = fields.Float(
        string="Promoter's Profit (%)",
        digits=(5, 2),
        help="Guarantee plus percentage: the promoter's profit on costs and "
        "guarantee, part of the split point.",
    )
    budget = fields.Monetary(help="Coproduction: the production's budget.")
    producer_contribution = fields.Monetary(help="Coproduction: our contribution.")
    organiser_contribution = fields.Monetary(
        help="Coproduction: the partner's contribution."
    )
    deposit_percent = fields.Float(
        string="Deposit (%)", digits=(5, 2), help="A percentage of the guarantee."
    )
    performance_tax = fields.Selection(
        PERFORMANCE_TAXES,
        default="none",
        required=True,
        help="The tax on the ticket receipts excluding VAT: CNM for music and "
        "variety, ASTP for theatre, dance and circus. Deducted from the "
        "receipts before they are shared.",
    )
    performance_tax_rate = fields.Float(
        string="Tax Rate (%)", digits=(5, 2), default=3.5
    )
    performance_tax_payer = fields.Selection(
        PARTIES,
        string="Tax Declared by",
        default=engine.ORGANISER,
        required=True,
    )
    rights_society = fields.Selection(
        RIGHTS_SOCIETIES, string="Authors' Rights", default="none", required=True
    )
    rights_rate = fields.Float(
        string="Rights Rate (%)",
        digits=(5, 2),
        compute="_compute_rights_rate",
        store=True,
        readonly=False,
        help="By default the company's rate for the society.",
    )
    rights_payer = fields.Selection(
        PARTIES, string="Rights Paid by", default=engine.ORGANISER, required=True
    )
    rights_deducted = fields.Boolean(
        string="Rights Deducted from Receipts",
        default=True,
        help="The contract takes the authors' rights off the receipts before "
        "they are shared; otherwise whoever pays them bears them.",
    )
    new_creation = fields.Boolean(
        help="Tickets of the first 140 performances of a new creation carry VAT "
        "at 2.1 % (CGI art. 281 quater) instead of 5.5 %.",
    )
    first_performance = fields.Integer(
        string="Number of the First Date",
        default=1,
        help="Of a new creation: how many performances were given before this "
        "deal's first date, plus one.",
    )
    organiser_precontract_complete = fields.Boolean(
        related="organiser_id.precontract_complete", string="Pré-contrat Complete"
    )
    settlement_ids = fields.One2many("booking.settlement", "deal_id")
    settlement_count = fields.Integer(compute="_compute_settlement_count")
    producer_total = fields.Monetary(
        string="Producer's Total",
        compute="_compute_producer_total",
        store=True,
        help="What the production earns from the last validated settlement.",
    )
    note = fields.Html()

    @api.depends("production_id.name", "organiser_id.name")
    def _compute_name(self):
        for deal in self:
            parts = [deal.production_id.name, deal.organiser_id.name]
            deal.name = " · ".join(part for part in parts if part)

    @api.depends("name", "date_ids.date")
    @api.depends_context("lang")
    def _compute_display_name(self):
        """The name and the first day, as the reader writes a date (a
        stored name would keep one language's format)."""
        for deal in self:
            days = sorted(deal.date_ids.mapped("date"))
            parts = [deal.name, days and tools.format_date(self.env, days[0])]
            deal.display_name = " · ".join(part for part in parts if part)

    @api.depends("company_id")
    def _compute_currency_id(self):
        for deal in self:
            deal.currency_id = deal.currency_id or deal.company_id.currency_id

    @api.depends("date_ids.show_count")
    def _compute_show_count(self):
        for deal in self:
            deal.show_count = sum(deal.date_ids.mapped("show_count"))

    @api.depends("rights_society", "company_id")
    def _compute_rights_rate(self):
        for deal in self:
            deal.rights_rate = {
                "sacem": deal.company_id.deal_sacem_rate,
                "sacd": deal.company_id.deal_sacd_rate,
            }.get(deal.rights_society, 0.0)

    def _compute_settlement_count(self):
        groups = self.env["booking.settlement"]._read_group(
            [("deal_id", "in", self.ids)], ["deal_id"], ["__count"]
        )
        counts = {deal.id: count for deal, count in groups}
        for deal in self:
            deal.settlement_count = counts.get(deal.id, 0)

    @api.depends("settlement_ids.state", "settlement_ids.producer_total")
    def _compute_producer_total(self):
        for deal in self:
            validated = deal.settlement_ids.filtered(lambda s: s.state == "validated")
            deal.producer_total = validated[:1].producer_total

    @api.constrains("organiser_id", "company_id")
    def _check_organiser_in_cluster(self):
        self._check_partners(["organiser_id"], directory_only=True)

    @api.constrains("date_ids", "production_id", "state")
    def _check_dates(self):
        for deal in self:
            if not deal.date_ids:
                raise ValidationError(
                    self.env._("A deal covers at least one confirmed date.")
                )
            if deal.date_ids.production_id - deal.production_id:
                raise ValidationError(
                    self.env._("The deal's dates must be dates of its production.")
                )
            if any(d.state not in ("confirmed", "done") for d in deal.date_ids):
                raise ValidationError(
                    self.env._("A deal is made on confirmed dates only.")
                )

    @api.constrains(
        "producer_percent",
        "promoter_profit_percent",
        "deposit_percent",
        "performance_tax_rate",
        "rights_rate",
    )
    def _check_percentages(self):
        for deal in self:
            for name in (
                "producer_percent",
                "promoter_profit_percent",
                "deposit_percent",
                "performance_tax_rate",
                "rights_rate",
            ):
                if not 0 <= deal[name] <= 100:
                    raise ValidationError(
                        self.env._(
                            "%(field)s must be between 0 and 100 %%.",
                            field=deal._fields[name]._description_string(self.env),
                        )
                    )

    @api.constrains(*engine.AMOUNTS, "threshold_tickets")
    def _check_amounts(self):
        names = [*engine.AMOUNTS, "threshold_tickets"]
        for deal in self:
            for name in names:
                if deal[name] < 0:
                    raise ValidationError(
                        self.env._(
                            "%(field)s cannot be negative.",
                            field=deal._fields[name]._description_string(self.env),
                        )
                    )

    def action_agree(self):
        """The deal is agreed: it gets its contract number, once."""
        for deal in self:
            values = {"state": "agreed"}
            if not deal.contract_number:
                values["contract_number"] = deal._next_contract_number()
            deal.write(values)

    def action_cancel(self):
        self.write({"state": "cancelled"})

    def action_reset_draft(self):
        self.write({"state": "draft"})

    def action_new_settlement(self):
        """A settlement of the deal, its box office to enter."""
        self.ensure_one()
        settlement = self.env["booking.settlement"].create({"deal_id": self.id})
        return {
            "type": "ir.actions.act_window",
            "res_model": "booking.settlement",
            "res_id": settlement.id,
            "view_mode": "form",
        }

    def action_view_settlements(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Settlements"),
            "res_model": "booking.settlement",
            "view_mode": "list,form",
            "domain": [("deal_id", "=", self.id)],
            "context": {"default_deal_id": self.id},
        }

    def _contract_lang(self):
        """French for deals in France; the organiser's language (English by
        default) for international deals; the user's when that language is
        not active in the database."""
        self.ensure_one()
        if self.deal_type in (engine.FLAT, engine.VERSUS, engine.PLUS, engine.DOOR):
            lang = self.organiser_id.lang or "en_US"
        else:
            lang = "fr_FR"
        return self.env["res.lang"]._get_code(lang) or self.env.lang or "en_US"

    def _contract_clauses(self):
        """The contract's clauses, sentence by sentence, in the contract's
        language: (heading, [paragraph, ...]) pairs."""
        self.ensure_one()
        deal = self.with_context(lang=self._contract_lang())

        def money(amount):
            return format_amount(deal.env, amount, deal.currency_id)

        def pct(rate):
            return formatLang(deal.env, rate, digits=2)

        party = {
            engine.PRODUCER: deal.env._("the producer"),
            engine.ORGANISER: deal.env._("the organiser"),
        }
        terms = deal._contract_terms(money, pct, party)
        levies = []
        if deal.performance_tax != "none":
            levies.append(
                deal.env._(
                    "The performance tax (%(tax)s, %(rate)s %% of the receipts "
                    "excluding VAT) is declared and paid by %(party)s and deducted "
                    "from the receipts.",
                    tax=deal.performance_tax.upper(),
                    rate=pct(deal.performance_tax_rate),
                    party=party[deal.performance_tax_payer],
                )
            )
        if deal.rights_society != "none":
            levies.append(
                deal.env._(
                    "Authors' rights (%(society)s, %(rate)s %%) are paid by "
                    "%(party)s and deducted from the receipts.",
                    society=deal.rights_society.upper(),
                    rate=pct(deal.rights_rate),
                    party=party[deal.rights_payer],
                )
                if deal.rights_deducted
                else deal.env._(
                    "Authors' rights (%(society)s, %(rate)s %%) are paid by "
                    "%(party)s out of its own share.",
                    society=deal.rights_society.upper(),
                    rate=pct(deal.rights_rate),
                    party=party[deal.rights_payer],
                )
            )
        rider = deal.production_id.current_rider_id
        return [
            (deal.env._("Financial terms"), terms),
            (
                deal.env._("Taxes and authors' rights"),
                levies or [deal.env._("No levy applies.")],
            ),
            (
                deal.env._("Technical rider"),
                [
                    deal.env._(
                        "The technical rider, version %(version)s, is annexed to "
                        "this contract.",
                        version=rider.version,
                    )
                    if rider
                    else deal.env._("The technical rider will be sent separately.")
                ],
            ),
        ]

    def _contract_parties(self):
        """The contract's parties and its object, in the contract's
        language, from the pré-contrat of the organiser's entry."""
        self.ensure_one()
        deal = self.with_context(lang=self._contract_lang())
        organiser = deal.organiser_id
        details = [organiser.precontract_legal_name or organiser.name]
        if organiser.company_registry:
            details.append(
                deal.env._("SIRET %(siret)s", siret=organiser.company_registry)
            )
        if organiser.show_licence:
            details.append(
                deal.env._(
                    "performing arts licence %(licence)s",
                    licence=organiser.show_licence,
                )
            )
        if organiser.signatory_name and organiser.signatory_capacity:
            details.append(
                deal.env._(
                    "represented by %(name)s, %(capacity)s",
                    name=organiser.signatory_name,
                    capacity=organiser.signatory_capacity,
                )
            )
        elif organiser.signatory_name:
            details.append(
                deal.env._("represented by %(name)s", name=organiser.signatory_name)
            )
        return [
            deal.env._("%(company)s, the producer,", company=deal.company_id.name),
            deal.env._("%(organiser)s, the organiser.", organiser=", ".join(details)),
            deal.env._(
                "The producer provides the organiser with the show %(show)s, fully "
                "staged, on the following dates:",
                show=deal.production_id.name,
            ),
        ]

    def _contract_terms(self, money, pct, party):
        """The financial clauses of the deal's type (``self`` in the
        contract's language)."""
        deal = self
        kind = deal.deal_type
        terms = []
        if kind in (engine.CESSION, engine.CESSION_ETENDUE, engine.FLAT, engine.PLUS):
            terms.append(
                deal.env._(
                    "The organiser pays the producer a fee of %(fee)s per show, "
                    "excluding VAT.",
                    fee=money(deal.fee),
                )
            )
        if kind in (engine.CESSION_ETENDUE, engine.DOOR) and deal.per_ticket:
            terms.append(
                deal.env._(
                    "The producer receives %(amount)s per paying ticket beyond "
                    "%(tickets)s tickets per show.",
                    amount=money(deal.per_ticket),
                    tickets=deal.threshold_tickets,
                )
            )
        elif kind == engine.CESSION_ETENDUE:
            terms.append(
                deal.env._(
                    "In addition, the producer receives %(rate)s %% of the net "
                    "receipts above %(threshold)s per show.",
                    rate=pct(deal.producer_percent),
                    threshold=money(deal.threshold),
                )
            )
        if kind == engine.COREALISATION:
            terms.append(
                deal.env._(
                    "The net receipts are shared: %(rate)s %% to the producer, the "
                    "rest to the organiser, once the organiser has kept "
                    "%(threshold)s per show.",
                    rate=pct(deal.producer_percent),
                    threshold=money(deal.threshold),
                )
            )
        if kind == engine.COPRODUCTION:
            terms.append(
                deal.env._(
                    "The budget of %(budget)s is financed by the producer for "
                    "%(ours)s and by the organiser for %(theirs)s; the result is "
                    "shared, %(rate)s %% to the producer.",
                    budget=money(deal.budget),
                    ours=money(deal.producer_contribution),
                    theirs=money(deal.organiser_contribution),
                    rate=pct(deal.producer_percent),
                )
            )
        if kind == engine.LOCATION:
            terms.append(
                deal.env._(
                    "The producer rents the venue for %(rent)s per show, excluding "
                    "VAT, and keeps the box office.",
                    rent=money(deal.rent),
                )
            )
        if kind == engine.VERSUS:
            terms.append(
                deal.env._(
                    "The producer receives the greater of a guarantee of "
                    "%(guarantee)s per show and %(rate)s %% of the net receipts "
                    "after %(expenses)s of show expenses per show.",
                    guarantee=money(deal.minimum),
                    rate=pct(deal.producer_percent),
                    expenses=money(deal.expenses),
                )
            )
        elif kind in (engine.COREALISATION, engine.COPRODUCTION, engine.LOCATION) and (
            deal.minimum
        ):
            terms.append(
                deal.env._(
                    "A minimum of %(minimum)s per show, excluding VAT, is guaranteed "
                    "to the producer.",
                    minimum=money(deal.minimum),
                )
                if deal.minimum_to == engine.PRODUCER
                else deal.env._(
                    "A minimum of %(minimum)s per show, excluding VAT, is guaranteed "
                    "to the organiser.",
                    minimum=money(deal.minimum),
                )
            )
        if kind == engine.PLUS:
            terms.append(
                deal.env._(
                    "In addition, the producer receives %(rate)s %% of the net "
                    "receipts above the split point: the show expenses "
                    "(%(expenses)s per show) and the fee, plus the promoter's "
                    "profit of %(profit)s %%.",
                    rate=pct(deal.producer_percent),
                    expenses=money(deal.expenses),
                    profit=pct(deal.promoter_profit_percent),
                )
            )
        if kind == engine.DOOR and not deal.per_ticket:
            terms.append(
                deal.env._(
                    "The producer receives %(rate)s %% of the net receipts after "
                    "%(expenses)s of show expenses per show.",
                    rate=pct(deal.producer_percent),
                    expenses=money(deal.expenses),
                )
            )
        if deal.costs:
            terms.append(
                deal.env._(
                    "The organiser also pays the producer's travel, accommodation "
                    "and meals: %(costs)s, excluding VAT.",
                    costs=money(deal.costs),
                )
            )
        if deal.deposit_percent:
            terms.append(
                deal.env._(
                    "A deposit of %(rate)s %% of the guarantee is due on signature.",
                    rate=pct(deal.deposit_percent),
                )
            )
        if kind not in (engine.CESSION, engine.FLAT):
            terms.append(
                deal.env._(
                    "Net receipts are the ticket receipts excluding VAT, less the "
                    "levies deducted below. A settlement statement is sent after "
                    "the last show."
                )
            )
        return terms

    def _next_contract_number(self):
        """The next number of the deal's company's contracts this year."""
        self.ensure_one()
        company = self.company_id
        # sudo: the sequence of the deal's own company (which the user
        # writes deals of), made with its first contract: users read
        # sequences but do not create them
        Sequence = self.env["ir.sequence"].sudo()
        sequence = Sequence.search(
            [("code", "=", CONTRACT_SEQUENCE), ("company_id", "=", company.id)],
            limit=1,
        )
        if not sequence:
            sequence = Sequence.create(
                {
                    "name": self.env._(
                        "Contracts of %(company)s", company=company.name
                    ),
                    "code": CONTRACT_SEQUENCE,
                    "company_id": company.id,
                    "prefix": "CT-%(range_year)s-",
                    "padding": 4,
                    "use_date_range": True,
                }
            )
        return sequence.next_by_id(sequence_date=fields.Date.context_today(self))

    def _engine_terms(self):
        """The deal's terms as the settlement engine takes them."""
        self.ensure_one()
        return engine_terms({name: self[name] for name in TERM_FIELDS})


# The deal's fields its terms are made of, read together for a batch of
# settlements (booking.settlement's _compute_statement)
TERM_FIELDS = (
    "deal_type",
    "show_count",
    *engine.AMOUNTS,
    "threshold_tickets",
    "minimum_to",
    "producer_percent",
    "promoter_profit_percent",
    "deposit_percent",
    "performance_tax",
    "performance_tax_rate",
    "performance_tax_payer",
    "rights_society",
    "rights_rate",
    "rights_payer",
    "rights_deducted",
)


def engine_terms(values):
    """The engine's terms from a deal's ``values`` of TERM_FIELDS, as the
    ORM reads them or as a query returns them (None for empty)."""

    def dec(value):
        # floats as stored, to the cent: the engine counts in Decimal
        return engine.cents(Decimal(str(value or 0)))

    def rate(value):
        return Decimal(str(value or 0))

    levies = []
    if values["performance_tax"] != "none":
        levies.append(
            engine.Levy(
                values["performance_tax"].upper(),
                rate(values["performance_tax_rate"]),
                values["performance_tax_payer"],
            )
        )
    if values["rights_society"] != "none":
        levies.append(
            engine.Levy(
                values["rights_society"].upper(),
                rate(values["rights_rate"]),
                values["rights_payer"],
                bool(values["rights_deducted"]),
            )
        )
    return engine.Terms(
        deal_type=values["deal_type"],
        shows=max(values["show_count"] or 0, 1),
        threshold_tickets=values["threshold_tickets"] or 0,
        minimum_to=values["minimum_to"],
        producer_percent=rate(values["producer_percent"]),
        promoter_profit_percent=rate(values["promoter_profit_percent"]),
        deposit_percent=rate(values["deposit_percent"]),
        levies=tuple(levies),
        **{name: dec(values[name]) for name in engine.AMOUNTS},
    )
