# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import json
from decimal import Decimal

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.misc import format_amount, formatLang

from ..lib import invoicing
from ..lib import settlement as engine
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
        """Run the engine on each settlement and store its figures and
        statement lines (the previous lines are replaced)."""
        taxes_of = {}  # the taxes of each company, looked up once
        drafts = self.filtered(lambda settlement: settlement.state == "draft")
        drafts.line_ids.unlink()
        lines = []
        for settlement in drafts:
            deal = settlement.deal_id
            company = deal.company_id
            if company not in taxes_of:
                taxes_of[company] = company._deal_taxes()
            taxes = taxes_of[company]
            rates = {name: Decimal(str(tax.amount)) for name, tax in taxes.items()}
            bands = [
                engine.PriceBand(
                    band.name,
                    engine.cents(Decimal(str(band.price))),
                    band.sold,
                    band.free,
                    Decimal(str(band.vat_rate)),
                )
                for band in settlement.band_ids
            ]
            try:
                result = engine.settle(deal._engine_terms(), bands, rates)
            except engine.SettlementError as error:
                raise UserError(settlement._engine_message(error)) from error
            values = {name: float(getattr(result, name)) for name in RESULT_FIELDS}
            values.update(
                shared_amount=float(result.pool),
                paying_tickets=result.paying_tickets,
                free_tickets=result.free_tickets,
            )
            lines += [
                {
                    "settlement_id": settlement.id,
                    "sequence": index,
                    "code": line.code,
                    "detail": json.dumps([str(item) for item in line.detail]),
                    "party": line.party or False,
                    "amount": float(line.amount),
                    "vat_amount": float(line.vat),
                    "tax_id": taxes[line.code].id if line.code in taxes else False,
                }
                for index, line in enumerate(result.lines)
            ]
            settlement.write(values)
        # one creation for the whole batch's statement lines
        self.env["booking.settlement.line"].create(lines)

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
