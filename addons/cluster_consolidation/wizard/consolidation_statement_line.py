# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models

STATEMENTS = [
    ("balance_sheet", "Balance Sheet"),
    ("profit_or_loss", "Profit or Loss"),
    ("oci", "Other Comprehensive Income"),
]


class ConsolidationStatementLine(models.TransientModel):
    """A line of a run's consolidated statements on screen, with the
    compared run's figure beside it: consolidated figures of the
    consolidating company, computed from the run's lines the user reads."""

    _name = "consolidation.statement.line"
    _cluster_confidential = True
    _description = "Consolidated Statement Line"
    _order = "run_id, sequence"

    run_id = fields.Many2one("consolidation.run", required=True, ondelete="cascade")
    company_id = fields.Many2one(
        related="run_id.company_id", store=True, string="Consolidating Company"
    )
    statement = fields.Selection(STATEMENTS, required=True)
    sequence = fields.Integer()
    kind = fields.Selection(
        [
            ("title", "Statement"),
            ("section", "Section"),
            ("account", "Line"),
            ("subtotal", "Subtotal"),
            ("total", "Total"),
        ],
        required=True,
    )
    name = fields.Char(string="Line")
    account_id = fields.Many2one("consolidation.account")
    currency_id = fields.Many2one(related="run_id.currency_id")
    amount = fields.Monetary(string="This Period")
    previous = fields.Monetary(string="Previous Period")
    variance = fields.Monetary()
    variance_percent = fields.Float(string="Variance (%)", digits=(16, 1))

    def action_view_members(self):
        """The members' amounts that make up the line, each opening on to
        its journal items where the user keeps that member's books."""
        self.ensure_one()
        action = self.run_id.action_view_lines()
        if self.account_id:
            action["domain"] = [
                *action["domain"],
                ("account_id", "=", self.account_id.id),
            ]
        else:
            # the result of the period: every line of profit or loss
            action["domain"] = [
                *action["domain"],
                ("section", "in", ("income", "expense")),
            ]
        action["name"] = self.name
        return action
