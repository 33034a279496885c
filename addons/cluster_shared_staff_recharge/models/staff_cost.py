# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class StaffCost(models.Model):
    """The loaded cost of the shared person, which the parties agree on."""

    _name = "cluster.staff.cost"
    _description = "Cost of a Shared Person"
    _order = "date_from desc"

    agreement_id = fields.Many2one(
        "cluster.staff.agreement", required=True, index=True, ondelete="cascade"
    )
    date_from = fields.Date(string="Valid From", required=True)
    date_to = fields.Date(string="Valid Until")
    basis = fields.Selection(
        [("monthly", "Monthly Cost"), ("hourly", "Hourly Cost")],
        required=True,
        default="monthly",
        help="Monthly: the full cost of each month. Hourly: the cost of each "
        "hour logged for the companies served.",
    )
    amount = fields.Monetary(
        required=True, help="Loaded cost: salary, charges and expenses."
    )
    currency_id = fields.Many2one(related="agreement_id.currency_id")

    _sql_constraints = [
        ("amount_positive", "CHECK(amount > 0)", "A cost is a positive amount."),
        (
            "dates_in_order",
            "CHECK(date_to IS NULL OR date_to >= date_from)",
            "A cost ends after it starts.",
        ),
    ]
