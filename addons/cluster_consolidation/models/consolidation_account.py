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
]


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
    mapping_ids = fields.One2many("consolidation.mapping", "consolidation_account_id")

    _sql_constraints = [
        ("code_unique", "UNIQUE(cluster_id, code)", "An account code is unique."),
        ("role_unique", "UNIQUE(cluster_id, role)", "A role is held by one account."),
    ]

    @api.depends("section")
    def _compute_rate_type(self):
        for account in self:
            account.rate_type = DEFAULT_RATE_TYPES.get(account.section, "closing")

    @api.depends("code", "name")
    def _compute_display_name(self):
        for account in self:
            account.display_name = f"{account.code} {account.name}"


class ConsolidationMapping(models.Model):
    """Which member accounts land on a consolidation account: every account
    whose code starts with a prefix, or one account by hand."""

    _name = "consolidation.mapping"
    _cluster_shared = (
        "Mapping rules say which member accounts land on the cluster's "
        "chart (prefixes or accounts), no figures."
    )
    _description = "Consolidation Account Mapping"
    _order = "cluster_id, company_id, prefix"

    cluster_id = fields.Many2one(
        related="consolidation_account_id.cluster_id", store=True, index=True
    )
    consolidation_account_id = fields.Many2one(
        "consolidation.account", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(
        "res.company",
        help="Member whose accounts this rule maps; empty for every member.",
    )
    prefix = fields.Char(
        help="Every account whose code starts with it. The longest prefix wins."
    )
    account_id = fields.Many2one(
        "account.account",
        help="One account, by hand: wins over every prefix.",
    )

    @api.constrains("prefix", "account_id")
    def _check_rule(self):
        for mapping in self:
            if bool(mapping.prefix) == bool(mapping.account_id):
                raise ValidationError(
                    self.env._(
                        "A mapping to %(account)s gives either a code prefix or "
                        "one account, not both nor neither.",
                        account=mapping.consolidation_account_id.display_name,
                    )
                )

    @api.constrains("consolidation_account_id", "company_id", "account_id")
    def _check_cluster_members(self):
        """A rule maps a member's accounts, whatever ids are sent: a company
        or an account from outside the cluster would be read back by name."""
        for mapping in self:
            # sudo: the cluster's members past and present, and the companies
            # of the account, only to refuse what lies outside the cluster
            members = mapping.cluster_id.sudo().all_company_ids
            account_companies = mapping.account_id.sudo().company_ids
            if (mapping.company_id and mapping.company_id not in members) or (
                mapping.account_id and not account_companies & members
            ):
                raise ValidationError(
                    self.env._(
                        "A mapping maps the accounts of a member of the chart's "
                        "cluster only."
                    )
                )

    @api.model
    def _resolver(self, cluster):
        """A function (company id, account id, account code) -> consolidation
        account or None: the account's own mapping first, then the longest
        prefix, a member's own rule before the cluster's."""
        mappings = self.search([("cluster_id", "=", cluster.id)])
        by_account = {
            m.account_id.id: m.consolidation_account_id
            for m in mappings
            if m.account_id
        }
        prefixes = sorted(
            mappings.filtered("prefix"),
            key=lambda m: (len(m.prefix), bool(m.company_id)),
            reverse=True,
        )
        rules = [
            (m.prefix, m.company_id.id, m.consolidation_account_id) for m in prefixes
        ]

        def resolve(company_id, account_id, code):
            if account_id in by_account:
                return by_account[account_id]
            for prefix, mapping_company, target in rules:
                if mapping_company in (False, company_id) and code.startswith(prefix):
                    return target
            return None

        return resolve
