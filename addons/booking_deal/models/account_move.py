# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    # check_company: a document of A never points at B's deal, so that
    # writing a foreign id and reading its name back reveals nothing
    booking_deal_id = fields.Many2one(
        "booking.deal",
        string="Deal",
        readonly=True,
        index="btree_not_null",
        copy=False,
        check_company=True,
    )
    booking_settlement_id = fields.Many2one(
        "booking.settlement",
        string="Settlement",
        readonly=True,
        index="btree_not_null",
        copy=False,
        check_company=True,
    )
