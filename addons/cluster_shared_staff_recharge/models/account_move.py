# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


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

    @api.constrains("staff_allocation_id", "staff_allocation_line_id", "company_id")
    def _check_staff_allocation(self):
        """A recharge document points at an allocation of its own company:
        pointed at another's, it would show that allocation's name."""
        for move in self.filtered("staff_allocation_id"):
            # sudo: the allocation's company, compared with the document's
            allocation = move.sudo().staff_allocation_id
            share = move.sudo().staff_allocation_line_id
            if allocation.company_id != move.company_id or (
                share and share.allocation_id != allocation
            ):
                raise ValidationError(
                    self.env._(
                        "A recharge document belongs to a cost allocation of its "
                        "own company."
                    )
                )
        if self.filtered(
            lambda m: m.staff_allocation_line_id and not m.staff_allocation_id
        ):
            raise ValidationError(
                self.env._("A recharged share needs its cost allocation.")
            )
