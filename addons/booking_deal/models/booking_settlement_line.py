# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import json

from odoo import api, fields, models

from .booking_deal import PARTIES


class BookingSettlementLine(models.Model):
    """A line of a settlement statement, as the engine wrote it: positive
    when the organiser owes it to the producer; for components (fee, share,
    top-up, costs, rent), the company's tax and the VAT computed on it."""

    _name = "booking.settlement.line"
    _description = "Settlement Statement Line"
    _cluster_confidential = True
    _check_company_auto = True
    _order = "settlement_id, sequence, id"
    # The engine rewrites a draft's lines wholesale (in SQL, see the
    # settlement's _compute_statement): who and when are the settlement's
    _log_access = False

    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    settlement_id = fields.Many2one(
        "booking.settlement",
        required=True,
        index=True,
        ondelete="cascade",
    )
    # Not stored: a line belongs to its settlement's company (the rules
    # search it through the settlement), and ten lines a settlement are
    # inserted without a copy of it
    company_id = fields.Many2one(related="settlement_id.company_id")
    currency_id = fields.Many2one(related="settlement_id.currency_id")
    sequence = fields.Integer()
    code = fields.Char(readonly=True)
    detail = fields.Char(readonly=True, help="What the label says, as figures.")
    name = fields.Char(string="Label", compute="_compute_name")
    party = fields.Selection(PARTIES, readonly=True)
    amount = fields.Monetary(readonly=True)
    tax_id = fields.Many2one("account.tax", readonly=True)
    vat_amount = fields.Monetary(string="VAT", readonly=True)

    @api.depends("code", "party", "detail")
    @api.depends_context("lang")
    def _compute_name(self):
        for line in self:
            line.name = line.settlement_id._line_label(
                line.code, line.party, json.loads(line.detail or "[]")
            )
