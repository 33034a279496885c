# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models
from odoo.exceptions import UserError

from .consolidation_run import KINDS


class ConsolidationRunLine(models.Model):
    _name = "consolidation.run.line"
    _cluster_confidential = True
    _description = "Consolidation Line"
    _order = "run_id, account_code, company_id, id"

    run_id = fields.Many2one(
        "consolidation.run", required=True, index=True, ondelete="cascade"
    )
    account_id = fields.Many2one(
        "consolidation.account",
        string="Consolidation Account",
        required=True,
        index=True,
    )
    account_code = fields.Char(related="account_id.code", store=True, precompute=True)
    section = fields.Selection(
        related="account_id.section", store=True, precompute=True
    )
    company_id = fields.Many2one("res.company", string="Member", index=True)
    approval_id = fields.Many2one(
        "consolidation.approval",
        readonly=True,
        index="btree_not_null",
        help="The member's approval the line was computed under: withdrawn, "
        "the line is no longer shown to the consolidating company.",
    )
    kind = fields.Selection(KINDS, required=True)
    member_account_id = fields.Many2one(
        "account.account",
        help="The member's own account the amount comes from.",
    )
    partner_company_id = fields.Many2one(
        "res.company",
        string="Counterpart Member",
        help="For intercompany amounts: the other member of the pair.",
    )
    member_currency_id = fields.Many2one(related="company_id.currency_id")
    currency_id = fields.Many2one(related="run_id.currency_id")
    balance = fields.Monetary(
        string="Member Balance", currency_field="member_currency_id"
    )
    rate = fields.Float(digits=(12, 6), help="Member currency to cluster currency.")
    translated = fields.Monetary(help="Balance in the cluster's currency.")
    weight = fields.Float(
        digits=(5, 4),
        help="1 for full, the interest for proportional, 0 for the equity method.",
    )
    amount = fields.Monetary(string="Consolidated")

    def action_view_journal_items(self):
        """The journal items behind a member's contribution, if the user may
        read that member's books; otherwise the aggregate is all there is."""
        self.ensure_one()
        if not self.member_account_id:
            raise UserError(
                self.env._("This line is computed; it has no journal items.")
            )
        run = self.run_id
        domain = [
            ("company_id", "=", self.company_id.id),
            ("account_id", "=", self.member_account_id.id),
            ("parent_state", "=", "posted"),
            ("date", "<=", run.date_to),
        ]
        if not self.member_account_id.include_initial_balance:
            # an income or expense account: the period's items, or, on the
            # retained earnings line, those of the years before
            before = self.account_id.role == "retained"
            domain.append(("date", "<" if before else ">=", run.date_from))
        if not self.env["account.move.line"].search_count(domain, limit=1):
            raise UserError(
                self.env._(
                    "You may not read the books of %(company)s: its consolidated "
                    "figures are all you see.",
                    company=self.company_id.name,
                )
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Journal Items"),
            "res_model": "account.move.line",
            "view_mode": "list,form",
            "domain": domain,
            "context": {"allowed_company_ids": self.company_id.ids},
        }
