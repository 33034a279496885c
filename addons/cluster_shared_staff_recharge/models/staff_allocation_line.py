# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_is_zero
from odoo.tools.misc import format_date, format_duration


class StaffAllocationLine(models.Model):
    _name = "cluster.staff.allocation.line"
    _cluster_confidential = True
    _description = "Company Share of a Shared Staff Cost"
    _order = "allocation_id, company_id"

    allocation_id = fields.Many2one(
        "cluster.staff.allocation", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        help="The company served paying this share.",
    )
    currency_id = fields.Many2one(related="allocation_id.currency_id")
    hours = fields.Float(readonly=True, help="Hours logged on this company's projects.")
    key_percent = fields.Float(string="Key (%)", readonly=True)
    share_percent = fields.Float(string="Share (%)", readonly=True)
    amount = fields.Monetary(string="Share", readonly=True)
    fixed_amount = fields.Monetary(
        string="Fixed Part", readonly=True, help="Part of the share set by the keys."
    )
    time_amount = fields.Monetary(
        string="Time Part",
        readonly=True,
        help="Part of the share that follows the time logged.",
    )
    move_ids = fields.One2many(
        "account.move", "staff_allocation_line_id", string="Recharge Documents"
    )
    recharged_amount = fields.Monetary(
        compute="_compute_recharged_amount",
        store=True,
        help="Net of the posted recharge invoices and credit notes.",
    )

    _sql_constraints = [
        (
            "company_unique",
            "UNIQUE(allocation_id, company_id)",
            "A company has one share per allocation.",
        ),
    ]

    @api.constrains("company_id", "allocation_id")
    def _check_company_served(self):
        for line in self:
            served = line.allocation_id.agreement_id.served_ids.company_id
            if line.company_id not in served:
                raise ValidationError(
                    self.env._(
                        "A share is charged to a company served by the agreement."
                    )
                )

    @api.depends("move_ids.state", "move_ids.amount_untaxed_signed")
    def _compute_recharged_amount(self):
        for line in self:
            posted = line.move_ids.filtered(lambda m: m.state == "posted")
            line.recharged_amount = sum(posted.mapped("amount_untaxed_signed"))

    def _amount_to_recharge(self):
        """Share still to invoice (negative: to credit), 0.0 when even."""
        delta = self.amount - self.recharged_amount
        if float_is_zero(delta, precision_rounding=self.currency_id.rounding):
            return 0.0
        return delta

    def _recharge_label(self, correction):
        allocation = self.allocation_id
        values = {
            "person": allocation.agreement_id.user_id.name,
            "start": format_date(self.env, allocation.date_from),
            "end": format_date(self.env, allocation.date_to),
            "share": round(self.share_percent, 2),
            "hours": format_duration(self.hours),
        }
        if correction:
            return self.env._(
                "Correction of the shared staff recharge: %(person)s, %(start)s to "
                "%(end)s (now %(share)s %%, %(hours)s logged)",
                **values,
            )
        return self.env._(
            "Shared staff recharge: %(person)s, %(start)s to %(end)s "
            "(%(share)s %%, %(hours)s logged)",
            **values,
        )
