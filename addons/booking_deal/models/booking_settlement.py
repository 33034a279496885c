# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import csv
import io
import json
from decimal import Decimal

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL
from odoo.tools.misc import format_amount, formatLang

from ..lib import invoicing
from ..lib import settlement as engine
from .booking_deal import TERM_FIELDS, engine_terms
from .booking_deal_documents import RENT, VARIABLE

RESULT_FIELDS = (
    "gross",
    "ticket_vat",
    "receipts",
    "net_receipts",
    "producer_share",
    "organiser_share",
    "topup",
    "producer_total",
    "organiser_total",
    "levy_transfer",
    "deposit",
    "deposit_vat",
    "balance",
)
# The settlement's columns the engine's figures fill, with their SQL types
FIGURE_COLUMNS = {
    "id": "int",
    **dict.fromkeys(RESULT_FIELDS, "numeric"),
    "shared_amount": "numeric",
    "paying_tickets": "int",
    "free_tickets": "int",
}
# The statement lines' columns, in the order of the rows copied in
LINE_COLUMNS = (
    "settlement_id",
    "sequence",
    "code",
    "detail",
    "party",
    "amount",
    "vat_amount",
    "tax_id",
)


class BookingSettlement(models.Model):
    """The settlement of a deal after the show ("décompte"): the box office
    entered per price band, and what the deal's terms make of it, computed
    by the settlement engine (``lib/settlement.py``): the receipts, the
    levies, each party's share, the top-up of a guaranteed minimum, the VAT
    of each component with the company's taxes, and the statement's lines.
    Validated, it no longer changes."""

    _name = "booking.settlement"
    _inherit = ["mail.thread", "cluster.owned.mixin"]
    _description = "Settlement"
    _cluster_confidential = True
    _cluster_owner_fields = ("deal_id",)
    _check_company_auto = True
    _order = "id desc"

    name = fields.Char(compute="_compute_name", store=True)
    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    deal_id = fields.Many2one(
        "booking.deal",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(
        related="deal_id.company_id",
        # As the user, not as superuser: an onchange given another
        # company's deal by id would name its company
        compute_sudo=False,
        store=True,
        index=True,
        precompute=True,
    )
    currency_id = fields.Many2one(related="deal_id.currency_id")
    deal_type = fields.Selection(related="deal_id.deal_type")
    date_ids = fields.Many2many(related="deal_id.date_ids")
    state = fields.Selection(
        [("draft", "Draft"), ("validated", "Validated")],
        default="draft",
        required=True,
        tracking=True,
    )
    band_ids = fields.One2many(
        "booking.settlement.band", "settlement_id", string="Box Office", copy=True
    )
    line_ids = fields.One2many(
        "booking.settlement.line", "settlement_id", string="Statement"
    )
    paying_tickets = fields.Integer(readonly=True)
    free_tickets = fields.Integer(readonly=True)
    gross = fields.Monetary(string="Takings incl. VAT", readonly=True)
    ticket_vat = fields.Monetary(string="Ticket VAT", readonly=True)
    receipts = fields.Monetary(string="Receipts excl. VAT", readonly=True)
    net_receipts = fields.Monetary(readonly=True)
    # "pool" would hide the models' registry (self.pool)
    shared_amount = fields.Monetary(
        readonly=True,
        help="The net receipts the parties share (a coproduction's result).",
    )
    producer_share = fields.Monetary(string="Producer's Share", readonly=True)
    organiser_share = fields.Monetary(string="Organiser's Share", readonly=True)
    topup = fields.Monetary(string="Guaranteed Minimum Top-up", readonly=True)
    producer_total = fields.Monetary(string="Producer's Total", readonly=True)
    organiser_total = fields.Monetary(string="Organiser's Total", readonly=True)
    levy_transfer = fields.Monetary(
        string="Levies Handed Over",
        readonly=True,
        help="Levies deducted from the receipts that the box office holder "
        "hands to the party who declares and pays them.",
    )
    deposit = fields.Monetary(readonly=True)
    deposit_vat = fields.Monetary(string="Deposit VAT", readonly=True)
    balance = fields.Monetary(
        readonly=True,
        help="What the organiser owes the producer, VAT included, after the "
        "deposit (negative: what the producer owes).",
    )

    invoice_ids = fields.One2many(
        "account.move", "booking_settlement_id", string="Invoices", readonly=True
    )
    invoice_count = fields.Integer(compute="_compute_invoice_count")

    @api.depends("deal_id.name")
    def _compute_name(self):
        for settlement in self:
            settlement.name = self.env._(
                "Settlement: %(deal)s", deal=settlement.deal_id.name or ""
            )

    @api.depends("deal_id.display_name")
    @api.depends_context("lang")
    def _compute_display_name(self):
        """In the reader's language, with the deal's first day as she
        writes dates (the stored name is in its author's language)."""
        for settlement in self:
            settlement.display_name = self.env._(
                "Settlement: %(deal)s", deal=settlement.deal_id.display_name or ""
            )

    def _compute_invoice_count(self):
        # under the reader's rules: a booker who keeps no books counts none
        Move = self.env["account.move"]
        groups = (
            Move._read_group(
                [("booking_settlement_id", "in", self.ids)],
                ["booking_settlement_id"],
                ["__count"],
            )
            if Move.has_access("read")
            else []
        )
        counts = {settlement.id: count for settlement, count in groups}
        for settlement in self:
            settlement.invoice_count = counts.get(settlement.id, 0)

    @api.model_create_multi
    def create(self, vals_list):
        settlements = super().create(vals_list)
        settlements.filtered("band_ids")._compute_statement()
        return settlements

    def write(self, vals):
        if set(vals) - {"state", "message_main_attachment_id"}:
            self._check_draft()
        result = super().write(vals)
        if "band_ids" in vals:
            self._compute_statement()
        return result

    def action_compute(self):
        """Compute the statement again from the box office and the deal."""
        self._compute_statement()

    def action_validate(self):
        self._compute_statement()
        self.write({"state": "validated"})

    def action_reset_draft(self):
        self.write({"state": "draft"})

    def action_invoice(self):
        """The invoice or credit note of the variable part (share of
        receipts, top-up of a guaranteed minimum, a versus deal's deposit
        deducted) and the vendor bill of a rent, in the deal's company; run
        again, only the difference with what the settlement's documents
        already say: nothing, or the correction of a corrected box office."""
        self.deal_id._check_invoicing()
        moves = self.env["account.move"]
        for settlement in self:
            if settlement.state != "validated":
                raise UserError(
                    self.env._(
                        "Validate the settlement %(settlement)s before invoicing it.",
                        settlement=settlement.name,
                    )
                )
            deal = settlement.deal_id
            target = {
                line.code: engine.cents(Decimal(str(line.amount)))
                for line in settlement.line_ids
                if line.code in VARIABLE + RENT
            }
            if deal._deposit_on_settlement():
                target["deposit_deduction"] = -deal._deposit(deal._engine_terms())
            moves |= deal._invoice_difference(
                target, VARIABLE, invoicing.customer_document, settlement
            )
            moves |= deal._invoice_difference(
                target, RENT, invoicing.vendor_document, settlement
            )
        return self.deal_id[:1]._action_moves(moves)

    def action_view_invoices(self):
        self.ensure_one()
        return self.deal_id._action_moves(self.invoice_ids)

    def _compute_statement(self):
        """Run the engine on each draft settlement and store its figures and
        statement lines (the previous lines are replaced), for the whole
        recordset at once: the deals' terms and the box offices read in
        one query each, the figures written in one, the lines inserted in
        one."""
        drafts = self.filtered(lambda settlement: settlement.state == "draft")
        if not drafts:
            return
        # The terms, box offices, figures and lines are read and written in
        # SQL below: through the ORM, reading the terms and converting the
        # figures and the ten lines of each settlement cost fifty times the
        # engine (the README's benchmark). What fences them: the user may
        # write these settlements (rights and rules checked here), hence
        # read their deals and box offices and write their lines, all of
        # the settlements' company under the same rules.
        drafts.check_access("write")
        Line = self.env["booking.settlement.line"]
        Line.check_access("create")
        Line.check_access("unlink")
        self.env["booking.deal"].flush_model(TERM_FIELDS)
        self.env["booking.settlement.band"].flush_model()
        drafts.flush_recordset(["deal_id", "company_id"])
        cr = self.env.cr
        # SQL: the deals of the settlements checked above
        cr.execute(
            SQL(
                """
                SELECT s.id, s.company_id, %(terms)s
                  FROM booking_settlement s
                  JOIN booking_deal d ON d.id = s.deal_id
                 WHERE s.id = ANY(%(ids)s)
                 ORDER BY s.id
                """,
                terms=SQL(", ").join(
                    SQL("d.%s", SQL.identifier(n)) for n in TERM_FIELDS
                ),
                ids=drafts.ids,
            )
        )
        deals = cr.fetchall()
        bands_of = {}
        # SQL: the box offices of the settlements checked above, in the
        # bands' order
        cr.execute(
            SQL(
                """
                SELECT settlement_id, name, price, sold, free, vat_rate
                  FROM booking_settlement_band
                 WHERE settlement_id = ANY(%s)
                 ORDER BY settlement_id, sequence, id
                """,
                drafts.ids,
            )
        )
        for settlement_id, name, price, sold, free, vat_rate in cr.fetchall():
            bands_of.setdefault(settlement_id, []).append(
                engine.PriceBand(
                    name,
                    engine.cents(Decimal(str(price or 0))),
                    sold or 0,
                    free or 0,
                    Decimal(str(vat_rate or 0)),
                )
            )
        taxes_of = {}  # the taxes of each company, looked up once
        figures = []
        lines = []
        for settlement_id, company_id, *values in deals:
            if company_id not in taxes_of:
                taxes = self.env["res.company"].browse(company_id)._deal_taxes()
                taxes_of[company_id] = (
                    {name: tax.id for name, tax in taxes.items()},
                    {name: Decimal(str(tax.amount)) for name, tax in taxes.items()},
                )
            taxes, rates = taxes_of[company_id]
            terms = engine_terms(dict(zip(TERM_FIELDS, values, strict=True)))
            try:
                result = engine.settle(terms, bands_of.get(settlement_id, ()), rates)
            except engine.SettlementError as error:
                raise UserError(
                    self.browse(settlement_id)._engine_message(error)
                ) from error
            figures.append(
                (
                    settlement_id,
                    *(getattr(result, name) for name in RESULT_FIELDS),
                    result.pool,
                    result.paying_tickets,
                    result.free_tickets,
                )
            )
            lines += [
                (
                    settlement_id,
                    index,
                    line.code,
                    json.dumps([str(item) for item in line.detail])
                    if line.detail
                    else "[]",
                    line.party or None,
                    line.amount,
                    line.vat,
                    taxes.get(line.code),
                )
                for index, line in enumerate(result.lines)
            ]
        drafts._write_statement(figures, lines)

    def _write_statement(self, figures, lines):
        """Store the settlements' figures (rows of FIGURE_COLUMNS) and
        replace their statement lines (rows of LINE_COLUMNS), then drop the
        ORM's caches of these settlements and of the lines. The caller has
        checked that the user may write them, and that they are drafts:
        nothing stored depends on a draft's figures (the deal's producer's
        total reads the validated settlement's), so nothing is recomputed."""
        cr = self.env.cr
        self.flush_recordset()
        # SQL: the previous lines of the settlements the caller checked the
        # user may write; nothing refers to a statement line
        cr.execute(
            SQL(
                "DELETE FROM booking_settlement_line WHERE settlement_id = ANY(%s)",
                self.ids,
            )
        )
        columns = zip(*figures, strict=True)
        # SQL: each column as one array, written as PostgreSQL reads an
        # array (the engine's numbers only: nothing to quote)
        arrays = [
            SQL("%s::%s[]", "{" + ",".join(map(str, column)) + "}", SQL(kind))
            for column, kind in zip(columns, FIGURE_COLUMNS.values(), strict=True)
        ]
        # SQL: the settlements the caller checked the user may write
        cr.execute(
            SQL(
                """
                UPDATE booking_settlement s
                   SET %(assign)s, write_uid = %(uid)s, write_date = %(now)s
                  FROM unnest(%(arrays)s) AS v(%(columns)s)
                 WHERE s.id = v.id
                """,
                assign=SQL(", ").join(
                    SQL("%s = v.%s", SQL.identifier(name), SQL.identifier(name))
                    for name in FIGURE_COLUMNS
                    if name != "id"
                ),
                uid=self.env.uid,
                now=cr.now(),
                arrays=SQL(", ").join(arrays),
                columns=SQL(", ").join(map(SQL.identifier, FIGURE_COLUMNS)),
            )
        )
        if lines:
            rows = io.StringIO()
            # None is an empty field, which COPY reads as NULL
            csv.writer(rows).writerows(lines)
            rows.seek(0)
            # SQL: the lines of the settlements the caller checked the user
            # may write (their company is the settlements'), copied in as
            # the fastest insert PostgreSQL offers
            cr.copy_expert(
                f"COPY booking_settlement_line ({', '.join(LINE_COLUMNS)}) "
                "FROM STDIN WITH (FORMAT csv)",
                rows,
            )
        names = [name for name in FIGURE_COLUMNS if name != "id"]
        names += ["line_ids", "write_uid", "write_date"]
        self.invalidate_recordset(names)
        self.env["booking.settlement.line"].invalidate_model()

    def _check_draft(self):
        """Refuse to change a validated settlement or its box office."""
        if any(settlement.state == "validated" for settlement in self):
            raise UserError(
                self.env._(
                    "A validated settlement no longer changes: reset it to draft "
                    "to correct it."
                )
            )

    def _line_label(self, code, party, detail):
        """A statement line's label in the reader's language: the
        statement is stored as figures, and read by both parties."""
        env = self.env
        labels = {
            "receipts": env._("Receipts excl. VAT"),
            "net": env._("Net receipts"),
            "budget": env._("Budget"),
            "result": env._("Result"),
            engine.FEE: env._("Fee"),
            engine.SHARE: env._("Producer's share of receipts"),
            engine.TOPUP: env._("Guaranteed minimum top-up"),
            engine.COSTS: env._("Costs"),
            engine.RENT: env._("Rent"),
            "levy_transfer": env._("Levies handed over"),
            "deposit": env._("Deposit"),
            "balance": env._("Balance due to the producer"),
        }
        if code == "band":
            name, sold, price, free = detail
            return env._(
                "%(band)s: %(sold)s tickets at %(price)s, %(free)s free",
                band=name,
                sold=sold,
                price=format_amount(env, float(price), self.currency_id),
                free=free,
            )
        if code == "levy":
            name, rate, deducted = detail
            rate = formatLang(env, float(rate), digits=2)
            if deducted == "True":
                return env._("%(levy)s %(rate)s %%", levy=name, rate=rate)
            return env._("%(levy)s %(rate)s %% (not deducted)", levy=name, rate=rate)
        if code == "contribution":
            return (
                env._("Producer's contribution")
                if party == engine.PRODUCER
                else env._("Organiser's contribution")
            )
        return labels.get(code, code)

    def _engine_message(self, error):
        """The engine's refusal in the user's words."""
        params = error.params
        # the deal's and the box office's own checks catch the rest first
        messages = {
            "levies_over_100": self.env._(
                "The levies deducted from the receipts add up to more than 100 %."
            ),
        }
        return messages.get(
            error.code,
            self.env._(
                "These terms cannot be settled (%(field)s: %(value)s).",
                field=params.get("field") or error.code,
                value=params.get("value", ""),
            ),
        )
