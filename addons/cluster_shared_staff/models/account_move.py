from odoo import fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    staff_allocation_id = fields.Many2one(
        "cluster.staff.allocation",
        string="Shared Staff Allocation",
        index="btree_not_null",
        copy=False,
        readonly=True,
        help="Cost allocation this recharge invoice comes from.",
    )
    staff_allocation_line_id = fields.Many2one(
        "cluster.staff.allocation.line",
        string="Shared Staff Share",
        index="btree_not_null",
        copy=False,
        readonly=True,
    )
