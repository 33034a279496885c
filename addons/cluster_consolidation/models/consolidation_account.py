# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

SECTIONS = [
    ("asset", "Assets"),
    ("liability", "Liabilities"),
    ("equity", "Equity"),
    ("income", "Income"),
    ("expense", "Expenses"),
]
# IAS 21: the balance sheet at the closing rate, the profit and loss at the
# average rate of the period, equity at the historical rate.
DEFAULT_RATE_TYPES = {
    "asset": "closing",
    "liability": "closing",
    "equity": "historical",
    "income": "average",
    "expense": "average",
}
ROLES = [
    ("retained", "Retained Earnings"),
    ("cta", "Translation Difference (CTA)"),
    ("minority", "Minority Interests"),
    ("investment", "Equity-Accounted Investments"),
    ("equity_result", "Share of Result of Associates"),
    ("ic_mismatch", "Intercompany Mismatch"),
    ("goodwill", "Goodwill"),
    ("minority_result", "Profit Attributable to Minority Interests"),
    ("disposal", "Gain or Loss on Disposals"),
]
# the roles every run needs; the others only when a line needs them
REQUIRED_ROLES = {
    "retained",
    "cta",
    "minority",
    "investment",
    "equity_result",
    "ic_mismatch",
}
# What an intercompany item on an account of each section is, by default
DEFAULT_NATURES = {
    "asset": "balance",
    "liability": "balance",
    "income": "flow",
    "expense": "flow",
}


class ConsolidationAccount(models.Model):
    """An account of a cluster's consolidation chart."""

    _name = "consolidation.account"
    _cluster_shared = (
        "The consolidation chart is the cluster's, not a member's: codes and "
        "names of the group's accounts, no figures."
    )
    _description = "Consolidation Account"
    _order = "cluster_id, code"
    _rec_names_search = ["code", "name"]

    cluster_id = fields.Many2one(
        "cluster.cluster", required=True, index=True, ondelete="cascade"
    )
    code = fields.Char(required=True)
    name = fields.Char(required=True, translate=True)
    section = fields.Selection(
        SECTIONS,
        required=True,
        help="Where the account sits: balance sheet (assets, liabilities, "
        "equity) or profit and loss (income, expenses).",
    )
    rate_type = fields.Selection(
        [
            ("closing", "Closing Rate"),
            ("average", "Average Rate"),
            ("historical", "Historical Rate"),
        ],
        compute="_compute_rate_type",
        store=True,
        precompute=True,
        readonly=False,
        required=True,
        help="Rate at which member balances in another currency are translated: "
        "the rate on the last day of the period, the average over the period, "
        "or the rate on the day the member joined the cluster.",
    )
    role = fields.Selection(
        ROLES,
        help="The account that receives a line the consolidation computes "
        "itself. Each role is held by one account of the chart.",
    )
    ic_nature = fields.Selection(
        [
            ("balance", "Intercompany Balance"),
            ("flow", "Intercompany Flow"),
            ("dividend", "Dividends Received"),
            ("none", "Never Eliminated"),
        ],
        string="Intercompany Nature",
        compute="_compute_ic_nature",
        store=True,
        precompute=True,
        readonly=False,
        required=True,
        help="How items with another member on this account are eliminated: "
        "balances (receivables, payables, loans) at closing, flows (revenue, "
        "expenses) of the period only, dividends received against retained "
        "earnings; or never (equity). Bank, outstanding-payment and exchange "
        "difference accounts of the members are never eliminated, whatever "
        "this says.",
    )
    mapping_ids = fields.One2many("consolidation.mapping", "consolidation_account_id")

    _sql_constraints = [
        ("code_unique", "UNIQUE(cluster_id, code)", "An account code is unique."),
        ("role_unique", "UNIQUE(cluster_id, role)", "A role is held by one account."),
    ]

    @api.depends("section")
    def _compute_rate_type(self):
        for account in self:
            account.rate_type = DEFAULT_RATE_TYPES.get(account.section, "closing")

    @api.depends("section")
    def _compute_ic_nature(self):
        for account in self:
            account.ic_nature = DEFAULT_NATURES.get(account.section, "none")

    @api.constrains("section", "rate_type")
    def _check_equity_rate(self):
        """IAS 21.39: equity is never retranslated at the closing rate; doing
        so would hide the translation difference in it."""
        for account in self:
            if account.section == "equity" and account.rate_type == "closing":
                raise ValidationError(
                    self.env._(
                        "%(account)s is an equity account: it cannot be "
                        "translated at the closing rate.",
                        account=account.display_name,
                    )
                )

    @api.depends("code", "name")
    def _compute_display_name(self):
        for account in self:
            account.display_name = f"{account.code} {account.name}"
