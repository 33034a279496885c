# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib import settlement as engine


class BookingSettlementBand(models.Model):
    """The tickets of a settlement's box office sold at one price (VAT
    included), and the free tickets; the ticket VAT rate follows the date's
    rank among the performances of a new creation."""

    _name = "booking.settlement.band"
    _description = "Box Office Price Band"
    _cluster_confidential = True
    _check_company_auto = True
    _order = "settlement_id, sequence, id"

    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    settlement_id = fields.Many2one(
        "booking.settlement",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(
        related="settlement_id.company_id", store=True, index=True, precompute=True
    )
    currency_id = fields.Many2one(related="settlement_id.currency_id")
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Price Band", required=True)
    date_id = fields.Many2one(
        "booking.date",
        check_company=True,
        help="The date these tickets were sold for, when the VAT rate differs "
        "from date to date.",
    )
    price = fields.Monetary(string="Price incl. VAT")
    sold = fields.Integer(string="Tickets Sold")
    free = fields.Integer(string="Free Tickets")
    vat_rate = fields.Float(
        string="Ticket VAT (%)",
        digits=(5, 2),
        compute="_compute_vat_rate",
        store=True,
        readonly=False,
        precompute=True,
    )
    takings = fields.Monetary(compute="_compute_takings", string="Takings incl. VAT")

    @api.depends(
        "date_id",
        "settlement_id.deal_id.new_creation",
        "settlement_id.deal_id.first_performance",
    )
    def _compute_vat_rate(self):
        for band in self:
            deal = band.settlement_id.deal_id
            # the performances of the deal's dates before this one
            before = sum(
                deal.date_ids.filtered(
                    lambda d, b=band: b.date_id and d.date < b.date_id.date
                ).mapped("show_count")
            )
            number = (deal.first_performance or 1) + before
            band.vat_rate = float(engine.ticket_vat_rate(number, deal.new_creation))

    @api.depends("price", "sold")
    def _compute_takings(self):
        for band in self:
            band.takings = band.price * band.sold

    @api.constrains("sold", "free", "price")
    def _check_tickets(self):
        for band in self:
            if band.sold < 0 or band.free < 0:
                raise ValidationError(
                    self.env._("%(band)s: tickets cannot be negative.", band=band.name)
                )
            if band.price < 0:
                raise ValidationError(
                    self.env._("%(band)s: a price cannot be negative.", band=band.name)
                )

    @api.constrains("date_id", "settlement_id")
    def _check_date(self):
        for band in self:
            if band.date_id and band.date_id not in band.settlement_id.deal_id.date_ids:
                raise ValidationError(
                    self.env._("A price band's date must be one of the deal's dates.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        bands = super().create(vals_list)
        bands.settlement_id._check_draft()
        return bands

    def write(self, vals):
        self.settlement_id._check_draft()
        return super().write(vals)

    def unlink(self):
        self.settlement_id._check_draft()
        return super().unlink()
