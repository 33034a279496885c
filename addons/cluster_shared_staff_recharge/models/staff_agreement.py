# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_compare


class StaffAgreement(models.Model):
    """How the shared person's cost is split between the companies served,
    and how often the employer of record recharges them."""

    # The fields and the constraint below were cluster_shared_staff's up to
    # 18.0.1.0.2; its migration to 18.0.1.1.0 hands them over to this module.
    _inherit = "cluster.staff.agreement"

    allocation_method = fields.Selection(
        [
            ("time", "By Time Logged"),
            ("keys", "By Fixed Keys"),
            ("mixed", "Fixed Base plus Time"),
        ],
        required=True,
        default="time",
        tracking=True,
        help="By time: each company pays in proportion to the hours logged on "
        "its projects. By keys: each company pays its agreed percentage. Mixed: "
        "the fixed base is shared by keys, the rest by time.",
    )
    fixed_percent = fields.Float(
        string="Fixed Base (%)",
        default=50.0,
        help="Part of the cost shared by keys under the mixed method; the rest "
        "follows the time logged.",
    )
    cost_ids = fields.One2many(
        "cluster.staff.cost", "agreement_id", string="Cost Basis", copy=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    recharge_frequency = fields.Selection(
        [("monthly", "Monthly"), ("quarterly", "Quarterly")],
        required=True,
        default="monthly",
        help="Period of the cost allocations and of the recharge invoices.",
    )
    allocation_count = fields.Integer(compute="_compute_allocation_count")

    _sql_constraints = [
        (
            "fixed_percent_range",
            "CHECK(fixed_percent >= 0 AND fixed_percent <= 100)",
            "The fixed base is a percentage between 0 and 100.",
        ),
    ]

    def _compute_allocation_count(self):
        allocations = self._count_by_agreement("cluster.staff.allocation")
        for agreement in self:
            agreement.allocation_count = allocations.get(agreement, 0)

    @api.constrains("allocation_method", "served_ids")
    def _check_keys(self):
        for agreement in self:
            if agreement.allocation_method == "time":
                continue
            total = sum(agreement.served_ids.mapped("key_percent"))
            if float_compare(total, 100.0, precision_digits=2):
                raise ValidationError(
                    self.env._(
                        "The keys of agreement %(agreement)s add up to %(total)s %%;"
                        " they must add up to 100 %%.",
                        agreement=agreement.name,
                        total=round(total, 2),
                    )
                )

    def action_view_allocations(self):
        return self._action_of_agreements(
            "cluster_shared_staff_recharge.action_staff_allocation"
        )

    def action_allocate_last_period(self):
        """Allocate (or re-allocate) the last closed recharge period. A
        company served opens the allocation the employer of record made."""
        self.ensure_one()
        date_from, _date_to = self._last_closed_period(self.recharge_frequency)
        allocation = self.env["cluster.staff.allocation"].search(
            [("agreement_id", "=", self.id), ("date_from", "=", date_from)]
        )
        if self.is_employer:
            allocation = allocation or allocation.create(
                {"agreement_id": self.id, "date_from": date_from}
            )
            allocation.action_compute()
        elif not allocation:
            raise UserError(
                self.env._(
                    "The employer of record has not shared the cost of the "
                    "last period yet."
                )
            )
        return {
            "type": "ir.actions.act_window",
            "res_model": "cluster.staff.allocation",
            "res_id": allocation.id,
            "view_mode": "form",
        }
