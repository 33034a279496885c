# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib.mapping import resolver


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
        return resolver(
            {
                m.account_id.id: m.consolidation_account_id
                for m in mappings.filtered("account_id")
            },
            [
                (m.prefix, m.company_id.id, m.consolidation_account_id)
                for m in mappings.filtered("prefix")
            ],
        )
