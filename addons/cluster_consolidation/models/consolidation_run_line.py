# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models
from odoo.exceptions import UserError

from .consolidation_run import BUCKETS, KINDS, NATURES


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
    bucket = fields.Selection(
        BUCKETS,
        help="For a member's amount: whether it comes from before the member "
        "was acquired, from earlier periods (retained earnings), or from this "
        "period (its balance sheet, its results of the period).",
    )
    nature = fields.Selection(
        NATURES,
        string="Intercompany Nature",
        help="For intercompany items: balances at closing, flows of the "
        "period, or dividends received.",
    )
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
    entry_id = fields.Many2one(
        "consolidation.entry",
        string="Manual Entry",
        readonly=True,
        index="btree_not_null",
        ondelete="cascade",
        help="For a manual entry's line: the entry, with its author and reason.",
    )

    def action_view_entry(self):
        """The manual entry a line comes from."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Manual Entry"),
            "res_model": "consolidation.entry",
            "res_id": self.entry_id.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def _bucket_domain(self):
        """The dates of the items behind the line: up to the member's
        acquisition, between it and the window, or the balance sheet's whole
        history and the window's results."""
        run = self.run_id
        acquisition = run._acquisitions({self.company_id: None}).get(self.company_id)
        domain = []
        if acquisition and self.bucket == "pre_acquisition":
            return [("date", "<=", acquisition.date)]
        if acquisition and self.member_account_id.internal_group in (
            "equity",
            "income",
            "expense",
        ):
            domain.append(("date", ">", acquisition.date))
        if self.member_account_id.include_initial_balance:
            return domain
        start = run._window_start()
        return [*domain, ("date", "<" if self.bucket == "prior" else ">=", start)]

    def action_view_journal_items(self):
        """The journal items behind a member's contribution, if the user may
        read that member's books; otherwise the aggregate is all there is.

        They open in the member's context (the member first, then the other
        ticked companies), so that its accounts and items read without the
        web client asking to switch company. The groups of the user's roles
        follow the companies ticked in the switcher: a member the user keeps
        the books of but has not ticked is named, to be ticked."""
        self.ensure_one()
        if not self.member_account_id:
            raise UserError(
                self.env._("This line is computed; it has no journal items.")
            )
        member = self.company_id & self.env.companies
        keeps_books = self.env.user._companies_with_group(
            ["account.group_account_invoice", "account.group_account_readonly"],
            self.company_id.ids,
        )
        if not member and keeps_books:
            raise UserError(
                self.env._(
                    "Tick %(company)s in the company switcher to open its "
                    "journal items.",
                    company=self.company_id.name,
                )
            )
        companies = [*member.ids, *(self.env.companies - member).ids]
        line = self.with_context(allowed_company_ids=companies)
        domain = line._journal_items_domain() if member else []
        Items = line.env["account.move.line"]
        if not member or not Items.search_count(domain, limit=1):
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
            "views": [(False, "list"), (False, "form")],
            "domain": domain,
            "context": {"allowed_company_ids": companies},
        }

    def _journal_items_domain(self):
        """Exactly the items the line was computed from: the member's
        account, its dates, and its counterpart member or none."""
        run = self.run_id
        account = self.member_account_id
        domain = [
            ("company_id", "=", self.company_id.id),
            ("account_id", "=", account.id),
            ("parent_state", "=", "posted"),
            ("date", "<=", run.date_to),
            *self._bucket_domain(),
        ]
        if self.partner_company_id:
            domain.append(("partner_id", "=", self.partner_company_id.partner_id.id))
        elif account.id not in run._never_eliminated(
            self.company_id
        ) and account.account_type not in ("asset_cash", "liability_credit_card"):
            # the items with another member are on lines of their own
            others = (run.cluster_id.all_company_ids - self.company_id).partner_id
            domain.append(("partner_id", "not in", others.ids))
        return domain
