# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import io
import logging
from decimal import Decimal

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import pdf
from odoo.tools.misc import format_date

from ..lib import invoicing
from ..lib import settlement as engine

_logger = logging.getLogger(__name__)

CONTRACT_REPORT = "booking_deal.report_deal_contract"
# The documents' groups of components: the deposit invoice, the fee
# invoice, a settlement's customer document and its vendor document (rent)
DEPOSIT = ("deposit",)
FEE = ("fee", "costs", "deposit_deduction")
VARIABLE = ("share", "topup", "deposit_deduction")
RENT = ("rent",)
INVOICING_GROUP = "account.group_account_invoice"


class BookingDeal(models.Model):
    """The documents of a deal: its contract versions (each generation of the
    PDF kept, the production's current technical rider appended to it), its
    fee and deposit invoices, the documents of its settlements, and its
    payment state."""

    _inherit = "booking.deal"

    contract_version_ids = fields.One2many(
        "booking.contract.version", "deal_id", string="Contract Versions"
    )
    contract_version_id = fields.Many2one(
        "booking.contract.version",
        string="Current Contract",
        compute="_compute_contract_version_id",
        help="The latest version of the contract.",
    )
    contract_state = fields.Selection(
        [("draft", "Draft"), ("sent", "Sent"), ("signed", "Signed")],
        string="Contract Status",
        compute="_compute_contract_version_id",
    )

    @api.depends("contract_version_ids.version", "contract_version_ids.state")
    def _compute_contract_version_id(self):
        for deal in self:
            version = deal.contract_version_ids.sorted("version", reverse=True)[:1]
            deal.contract_version_id = version
            deal.contract_state = version.state

    def _check_contract_not_signed(self):
        for deal in self:
            if "signed" in deal.contract_version_ids.mapped("state"):
                raise UserError(
                    self.env._(
                        "The contract of %(deal)s is signed: it cannot be regenerated.",
                        deal=deal.display_name,
                    )
                )

    def _contract_rider(self):
        """The production's current rider and its file, if it is a PDF
        that can be appended: (rider, pdf bytes or None)."""
        self.ensure_one()
        rider = self.production_id.current_rider_id
        attachment = rider.attachment_id
        if not attachment or attachment.mimetype != "application/pdf":
            return rider, None
        try:
            if not pdf.PdfFileReader(io.BytesIO(attachment.raw), strict=False).pages:
                return rider, None
        except (pdf.PdfReadError, ValueError, TypeError) as error:
            # a file named .pdf that is not one: the contract is still
            # made, the rider listed as sent separately
            _logger.info("rider %s is not a readable PDF: %s", rider.id, error)
            return rider, None
        return rider, attachment.raw

    def _contract_annexes(self):
        """The annex list printed at the end of the contract."""
        self.ensure_one()
        rider, rider_pdf = self._contract_rider()
        if not rider:
            return []
        if rider_pdf:
            return [
                self.env._(
                    "Technical rider, version %(version)s of %(date)s, appended.",
                    version=rider.version,
                    date=format_date(self.env, rider.date),
                )
            ]
        return [
            self.env._(
                "Technical rider, version %(version)s of %(date)s: not a PDF "
                "(%(file)s), sent separately.",
                version=rider.version,
                date=format_date(self.env, rider.date),
                file=rider.attachment_id.name or self.env._("no file"),
            )
        ]

    def _contract_pdf(self):
        """The contract rendered now, the current rider appended."""
        self.ensure_one()
        contract, _kind = self.env["ir.actions.report"]._render_qweb_pdf(
            CONTRACT_REPORT, self.ids
        )
        _rider, rider_pdf = self._contract_rider()
        if rider_pdf:
            contract = pdf.merge_pdf([contract, rider_pdf])
        return contract

    def _contract_signature(self):
        """The version whose signature the contract prints in its signature
        block: the one signed, or being signed (see
        booking.contract.version._sign); none before."""
        self.ensure_one()
        return self.contract_version_ids.filtered("signed_on")[:1]

    def action_generate_contract(self):
        """A new version of the contract: the PDF rendered now, the current
        rider appended, kept as an attachment of the version."""
        self._check_contract_not_signed()
        for deal in self:
            contract = deal._contract_pdf()
            annexes = deal._contract_annexes()
            version = self.env["booking.contract.version"].create(
                {"deal_id": deal.id, "annex_note": "\n".join(annexes)}
            )
            version.attachment_id = self.env["ir.attachment"].create(
                {
                    "name": f"{version.name}.pdf",
                    "raw": contract,
                    "mimetype": "application/pdf",
                    "res_model": version._name,
                    "res_id": version.id,
                    "company_id": deal.company_id.id,
                }
            )
        return True

    def action_view_contract_versions(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Contract Versions"),
            "res_model": "booking.contract.version",
            "view_mode": "list,form",
            "domain": [("deal_id", "=", self.id)],
            "context": {"create": False},
        }

    invoice_ids = fields.One2many(
        "account.move", "booking_deal_id", string="Invoices", readonly=True
    )
    invoice_count = fields.Integer(compute="_compute_invoice_count")
    payment_state = fields.Selection(
        [
            ("not_invoiced", "Not Invoiced"),
            ("not_paid", "Not Paid"),
            ("partial", "Partially Paid"),
            ("in_payment", "In Payment"),
            ("paid", "Paid"),
        ],
        compute="_compute_payment_state",
        store=True,
        default="not_invoiced",
        help="Follows the posted invoices, credit notes and bills of the deal.",
    )
    fiscal_position_id = fields.Many2one(
        "account.fiscal.position",
        compute="_compute_fiscal_position_id",
        store=True,
        readonly=False,
        precompute=True,
        check_company=True,
        # As the user: an onchange given another company's production or
        # organiser must not look up that company's fiscal positions
        compute_sudo=False,
        tracking=True,
        help="Maps the company's taxes and accounts on the deal's invoices "
        "(an export, a sale to another country of the EU): by default, the one "
        "the company's accounting applies to the organiser.",
    )
    agreed_on = fields.Datetime(readonly=True, copy=False)
    agreed_by_id = fields.Many2one(
        "res.users", string="Agreed by", readonly=True, copy=False
    )

    @api.depends("organiser_id", "company_id")
    def _compute_fiscal_position_id(self):
        FiscalPosition = self.env["account.fiscal.position"]
        found = {}  # looked up once per company and organiser
        for deal in self:
            key = (deal.company_id, deal.organiser_id)
            if key not in found:
                found[key] = (
                    FiscalPosition.with_company(deal.company_id)
                    ._get_fiscal_position(deal.organiser_id)
                    .with_env(self.env)
                    if deal.company_id
                    else FiscalPosition
                )
            deal.fiscal_position_id = found[key]

    def _compute_invoice_count(self):
        # under the reader's rules: a booker who keeps no books counts none
        Move = self.env["account.move"]
        groups = (
            Move._read_group(
                [("booking_deal_id", "in", self.ids)], ["booking_deal_id"], ["__count"]
            )
            if Move.has_access("read")
            else []
        )
        counts = {deal.id: count for deal, count in groups}
        for deal in self:
            deal.invoice_count = counts.get(deal.id, 0)

    @api.depends("invoice_ids.state", "invoice_ids.payment_state")
    def _compute_payment_state(self):
        for deal in self:
            states = {
                move.payment_state
                for move in deal.invoice_ids
                if move.state == "posted"
                and move.payment_state not in ("reversed", "invoicing_legacy")
            }
            if not states:
                deal.payment_state = "not_invoiced"
            elif states == {"paid"}:
                deal.payment_state = "paid"
            elif states <= {"paid", "in_payment"}:
                deal.payment_state = "in_payment"
            elif states & {"paid", "in_payment", "partial"}:
                deal.payment_state = "partial"
            else:
                deal.payment_state = "not_paid"

    def action_agree(self):
        """Who agreed the deal and when: the shared staff's reports count
        the deals each person agrees for each company."""
        drafts = self.filtered(lambda deal: deal.state == "draft")
        result = super().action_agree()
        drafts.write({"agreed_on": fields.Datetime.now(), "agreed_by_id": self.env.uid})
        return result

    def action_invoice(self):
        """The deal's fee invoice (fee and costs on their own lines, the
        deposit deducted) and its deposit invoice, in the deal's company,
        the organiser as customer; run again, only what changed since."""
        self._check_invoicing()
        moves = self.env["account.move"]
        for deal in self:
            if deal.state in ("draft", "cancelled"):
                raise UserError(
                    self.env._(
                        "Agree the deal %(deal)s before invoicing it.", deal=deal.name
                    )
                )
            terms = deal._engine_terms()
            fee = terms.fee * terms.shows if deal._has_fee() else engine.ZERO
            deposit = deal._deposit(terms)
            moves |= deal._invoice_difference(
                {"deposit": deposit}, DEPOSIT, invoicing.customer_document
            )
            target = {"fee": fee, "costs": terms.costs}
            if not deal._deposit_on_settlement():
                target["deposit_deduction"] = -deposit
            moves |= deal._invoice_difference(target, FEE, invoicing.customer_document)
        return self._action_moves(moves)

    def action_view_invoices(self):
        self.ensure_one()
        return self._action_moves(self.invoice_ids)

    def _action_moves(self, moves):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account.action_move_journal_line"
        )
        action.update(
            name=self.env._("Invoices"),
            domain=[("id", "in", moves.ids)],
            context={"create": False},
        )
        if len(moves) == 1:
            action.update(res_id=moves.id, views=[(False, "form")], view_mode="form")
        return action

    def _check_invoicing(self):
        """A deal's invoices are its company's books: only its accountants
        (the Accountant role) make them."""
        if self.env.su:
            return
        companies = self.company_id
        allowed = self.env.user._companies_with_group((INVOICING_GROUP,), companies.ids)
        refused = companies.filtered(lambda company: company.id not in allowed)
        if refused:
            raise AccessError(
                self.env._(
                    "Only the accountants of %(company)s invoice its deals: ask "
                    "them to invoice this one.",
                    company=refused[0].name,
                )
            )

    def _has_fee(self):
        return self.deal_type in (
            engine.CESSION,
            engine.CESSION_ETENDUE,
            engine.FLAT,
            engine.PLUS,
        )

    def _deposit_on_settlement(self):
        """A versus deal's guarantee is paid with its settlement: the
        deposit is deducted there."""
        return self.deal_type == engine.VERSUS

    def _deposit(self, terms):
        guaranteed = (
            terms.minimum * terms.shows
            if self._deposit_on_settlement()
            else (terms.fee * terms.shows if self._has_fee() else engine.ZERO)
        )
        return engine.percent(guaranteed, terms.deposit_percent)

    def _invoiced(self, components, settlement):
        """{component: signed amount} the deal's documents (the
        settlement's) invoice, cancelled ones left out."""
        self.ensure_one()
        lines = self.env["account.move.line"].search(
            [
                ("move_id.booking_deal_id", "=", self.id),
                ("move_id.booking_settlement_id", "=", settlement.id or False),
                ("move_id.state", "!=", "cancel"),
                ("booking_component", "in", components),
            ]
        )
        return invoicing.invoiced(
            (line.move_id.move_type, line.booking_component, self._dec(line))
            for line in lines
        )

    @staticmethod
    def _dec(line):
        return engine.cents(Decimal(str(line.price_subtotal)))

    def _invoice_difference(self, target, components, document, settlement=None):
        """One document invoicing what ``target`` says and the documents of
        ``components`` do not yet, or nothing."""
        self.ensure_one()
        settlement = settlement or self.env["booking.settlement"]
        amounts = invoicing.outstanding(
            target, self._invoiced(components, settlement), components
        )
        if not amounts:
            return self.env["account.move"]
        move_type, sign = document(amounts)
        taxes = self.company_id._deal_taxes()
        deposit_tax = taxes[
            engine.TOPUP if self._deposit_on_settlement() else engine.FEE
        ]
        tax_of = {
            "fee": taxes[engine.FEE],
            "costs": taxes[engine.COSTS],
            "deposit": deposit_tax,
            "deposit_deduction": deposit_tax,
            "share": taxes[engine.SHARE],
            "topup": taxes[engine.TOPUP],
            "rent": taxes[engine.RENT],
        }
        journal_type = "sale" if move_type.startswith("out") else "purchase"
        journal = self.env["account.journal"].search(
            [
                ("company_id", "=", self.company_id.id),
                ("type", "=", journal_type),
            ],
            limit=1,
        )
        if not journal:
            raise UserError(
                self.env._(
                    "%(company)s has no sales journal: set up its accounting first.",
                    company=self.company_id.name,
                )
                if journal_type == "sale"
                else self.env._(
                    "%(company)s has no purchase journal: set up its accounting first.",
                    company=self.company_id.name,
                )
            )
        labels = self._invoice_labels(settlement)
        # the deal's fiscal position maps the company's taxes and the
        # journal's account (the receivable or payable, Odoo maps itself)
        fiscal_position = self.fiscal_position_id
        account = fiscal_position.map_account(journal.default_account_id)
        account_values = {"account_id": account.id} if account else {}
        return (
            self.env["account.move"]
            .with_company(self.company_id)
            .create(
                {
                    "move_type": move_type,
                    "company_id": self.company_id.id,
                    "journal_id": journal.id,
                    "partner_id": self.organiser_id.id,
                    "currency_id": self.currency_id.id,
                    "fiscal_position_id": fiscal_position.id,
                    "ref": self.contract_number,
                    "invoice_origin": self.contract_number or self.name,
                    "booking_deal_id": self.id,
                    "booking_settlement_id": settlement.id,
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": labels[name],
                                "quantity": 1,
                                "price_unit": float(sign * amount),
                                **account_values,
                                "tax_ids": [
                                    Command.set(
                                        fiscal_position.map_tax(tax_of[name]).ids
                                    )
                                ],
                                "booking_component": name,
                            }
                        )
                        for name, amount in amounts.items()
                    ],
                }
            )
        )

    def _invoice_labels(self, settlement):
        """The documents' line labels, naming the contract and the dates."""
        self.ensure_one()
        dates = ", ".join(
            fields.Date.to_string(day) for day in sorted(self.date_ids.mapped("date"))
        )
        show = self.env._(
            "%(show)s, %(count)s show(s): %(dates)s",
            show=self.production_id.name,
            count=self.show_count,
            dates=dates,
        )
        contract = self.contract_number or self.name
        return {
            "fee": self.env._("Fee: %(show)s", show=show),
            "costs": self.env._("Travel, accommodation and meals: %(show)s", show=show),
            "deposit": self.env._(
                "Deposit of %(rate)s %% on contract %(contract)s",
                rate=self.deposit_percent,
                contract=contract,
            ),
            "deposit_deduction": self.env._(
                "Deposit already invoiced on contract %(contract)s",
                contract=contract,
            ),
            "share": self.env._(
                "Share of receipts: %(settlement)s", settlement=settlement.name
            ),
            "topup": self.env._(
                "Guaranteed minimum top-up: %(settlement)s",
                settlement=settlement.name,
            ),
            "rent": self.env._("Rent: %(settlement)s", settlement=settlement.name),
        }
