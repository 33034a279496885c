# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class BookingContractVersion(models.Model):
    """One generation of a deal's contract PDF, kept: the file (an
    attachment of the version, owned by the deal's company), what the PDF
    annexes, and how it was signed. A signed version is the agreement: it
    can neither change nor be regenerated."""

    _name = "booking.contract.version"
    _inherit = ["mail.thread", "cluster.owned.mixin"]
    _description = "Contract Version"
    _cluster_confidential = True
    _cluster_owner_fields = ("company_id", "deal_id")
    _check_company_auto = True
    _order = "deal_id, version desc, id desc"

    deal_id = fields.Many2one(
        "booking.deal", required=True, index=True, ondelete="cascade", readonly=True
    )
    company_id = fields.Many2one(
        related="deal_id.company_id",
        store=True,
        required=True,
        index=True,
        precompute=True,
    )
    name = fields.Char(compute="_compute_name", store=True)
    version = fields.Integer(readonly=True, copy=False)
    date = fields.Datetime(default=fields.Datetime.now, required=True, readonly=True)
    state = fields.Selection(
        [("draft", "Draft"), ("sent", "Sent"), ("signed", "Signed")],
        default="draft",
        required=True,
        tracking=True,
    )
    attachment_id = fields.Many2one(
        "ir.attachment", string="Contract File", readonly=True, copy=False
    )
    annex_note = fields.Text(
        string="Annexes",
        readonly=True,
        help="What the PDF annexes, and what it could not (a rider that is not "
        "a PDF is sent separately).",
    )
    signed_by = fields.Char(tracking=True)
    signed_on = fields.Datetime(tracking=True)
    signature = fields.Image(max_width=1024, max_height=1024, copy=False)
    signed_file = fields.Binary(
        string="Signed PDF",
        copy=False,
        help="The contract signed on paper and scanned, uploaded here.",
    )
    signed_file_name = fields.Char()

    @api.depends("deal_id.contract_number", "version")
    def _compute_name(self):
        for version in self:
            version.name = self.env._(
                "%(number)s v%(version)s",
                number=version.deal_id.contract_number or self.env._("Draft"),
                version=version.version,
            )

    @api.model_create_multi
    def create(self, vals_list):
        vals_list = [dict(vals) for vals in vals_list]
        deal_ids = {vals.get("deal_id") for vals in vals_list if vals.get("deal_id")}
        groups = self._read_group(
            [("deal_id", "in", list(deal_ids))], ["deal_id"], ["version:max"]
        )
        latest = {deal.id: version for deal, version in groups}
        # a version is born a draft of a contract not signed yet: only a
        # signature, recorded by _sign, makes it signed
        self.env["booking.deal"].browse(deal_ids)._check_contract_not_signed()
        for vals in vals_list:
            vals["state"] = "draft"
            deal_id = vals.get("deal_id")
            latest[deal_id] = latest.get(deal_id, 0) + 1
            vals["version"] = latest[deal_id]
        return super().create(vals_list)

    def write(self, vals):
        self._check_not_signed()
        if "attachment_id" in vals and self.filtered("attachment_id"):
            raise UserError(self.env._("A contract version's file cannot be replaced."))
        return super().write(vals)

    @api.constrains("attachment_id")
    def _check_attachment_is_own(self):
        """The file is the version's own attachment: pointing at another
        record's would read it back."""
        for version in self:
            attachment = version.attachment_id
            if attachment and (
                attachment.res_model != self._name or attachment.res_id != version.id
            ):
                raise ValidationError(
                    self.env._(
                        "A contract version's file must be attached to the "
                        "version itself."
                    )
                )

    def unlink(self):
        self._check_not_signed()
        return super().unlink()

    def _check_not_signed(self):
        if any(version.state == "signed" for version in self):
            raise UserError(
                self.env._(
                    "This contract version is signed: it cannot change. "
                    "Generate a new version only for an amendment on a deal "
                    "that is not signed."
                )
            )

    def action_mark_sent(self):
        self.write({"state": "sent"})

    def action_mark_signed(self):
        """The contract signed on paper: its scan uploaded, the version is
        signed by the organiser's signatory, logged on the deal."""
        for version in self:
            if not version.signed_file:
                raise UserError(
                    self.env._("Upload the signed PDF before marking it signed.")
                )
            version._sign(
                version.deal_id.organiser_id.signatory_name
                or version.deal_id.organiser_id.name,
                how=self.env._("uploaded by %(user)s", user=self.env.user.name),
            )

    def _sign(self, signer, how, signature=None):
        """Mark the version signed by ``signer`` now, and say so on the deal.
        A ``signature`` drawn online is printed in the contract's signature
        block: the contract is rendered again with it, and that PDF is the
        version's signed PDF, frozen with the version."""
        self.ensure_one()
        values = {"signed_by": signer, "signed_on": fields.Datetime.now()}
        if signature:
            values["signature"] = signature
        # written first, before the version is signed (and can no longer
        # change): the report prints them from the version
        self.write(values)
        values = {"state": "signed"}
        if signature:
            values.update(
                signed_file=base64.b64encode(self.deal_id._contract_pdf()),
                signed_file_name=self.env._(
                    "%(version)s signed.pdf", version=self.name
                ),
            )
        self.write(values)
        self.deal_id.message_post(
            body=self.env._(
                "Contract %(version)s signed by %(signer)s on %(when)s (%(how)s).",
                version=self.name,
                signer=signer,
                when=fields.Datetime.to_string(self.signed_on),
                how=how,
            ),
        )
