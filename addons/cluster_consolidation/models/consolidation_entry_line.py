# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib import entries


class ConsolidationEntryLine(models.Model):
    """A debit or a credit of a manual consolidation entry, on an account of
    the cluster's consolidation chart, for a member or for the group."""

    _name = "consolidation.entry.line"
    _cluster_confidential = True
    _description = "Manual Consolidation Entry Line"
    _order = "entry_id, sequence, id"

    entry_id = fields.Many2one(
        "consolidation.entry", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="entry_id.company_id", store=True, index=True)
    cluster_id = fields.Many2one(related="entry_id.cluster_id")
    currency_id = fields.Many2one(related="entry_id.currency_id")
    sequence = fields.Integer(default=10)
    account_id = fields.Many2one(
        "consolidation.account",
        string="Consolidation Account",
        required=True,
        domain="[('cluster_id', '=', cluster_id)]",
    )
    member_id = fields.Many2one(
        "res.company",
        help="The member the adjustment concerns; empty for the group as a "
        "whole (the consolidating company's).",
    )
    name = fields.Char(string="Label")
    debit = fields.Monetary()
    credit = fields.Monetary()
    amount = fields.Monetary(
        compute="_compute_amount", help="Debit less credit, as the run's lines."
    )

    @api.depends("debit", "credit")
    def _compute_amount(self):
        for line in self:
            line.amount = entries.amount(line.debit, line.credit)

    @api.constrains("debit", "credit")
    def _check_debit_or_credit(self):
        for line in self:
            if line.debit < 0 or line.credit < 0 or (line.debit and line.credit):
                raise ValidationError(
                    self.env._(
                        "A line of a manual entry is either a debit or a "
                        "credit, never negative."
                    )
                )

    @api.constrains("account_id", "member_id", "entry_id")
    def _check_cluster(self):
        """The account is of the run's chart and the member one of its
        cluster's, whatever ids are sent."""
        # sudo: the cluster's members and the account's cluster, only to
        # refuse ids outside them without reading them
        for line in self.sudo():
            cluster = line.entry_id.run_id.cluster_id
            if line.account_id.cluster_id != cluster or (
                line.member_id and line.member_id not in cluster.all_company_ids
            ):
                raise ValidationError(
                    self.env._(
                        "A manual entry's lines are on the consolidation chart "
                        "of its run's cluster, for members of that cluster."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.entry_id._check_draft()
        return lines

    def write(self, vals):
        self.entry_id._check_draft()
        result = super().write(vals)
        if "entry_id" in vals:
            self.entry_id._check_draft()
            # the rules checked the lines as they were: one moved to another
            # entry (of another consolidating company) is checked again
            self.check_access("write")
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_posted(self):
        self.entry_id._check_draft()
