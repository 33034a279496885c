# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import io
import logging

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import pdf
from odoo.tools.misc import format_date

_logger = logging.getLogger(__name__)

CONTRACT_REPORT = "booking_deal.report_deal_contract"


class BookingDeal(models.Model):
    """The deal's contract versions: each generation of the PDF is kept, the
    production's current technical rider appended to it."""

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

    def action_generate_contract(self):
        """A new version of the contract: the PDF rendered now, the current
        rider appended, kept as an attachment of the version."""
        self._check_contract_not_signed()
        for deal in self:
            contract, _kind = self.env["ir.actions.report"]._render_qweb_pdf(
                CONTRACT_REPORT, deal.ids
            )
            _rider, rider_pdf = deal._contract_rider()
            annexes = deal._contract_annexes()
            if rider_pdf:
                contract = pdf.merge_pdf([contract, rider_pdf])
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
