# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class ConsolidationAcquisition(models.Model):
    """How the group came to hold a member (IFRS 3.18-32, IAS 28.32): the
    date, the holder's investment account, the fair-value adjustments. The
    cost and the net assets acquired are read from the books by each run,
    and kept here with the goodwill they give."""

    _name = "consolidation.acquisition"
    _cluster_confidential = True
    _description = "Consolidation Acquisition"
    _inherit = ["mail.thread"]
    _order = "cluster_id, date desc, id desc"
    _check_company_auto = True

    cluster_id = fields.Many2one(
        "cluster.cluster",
        required=True,
        index=True,
        default=lambda self: self.env["consolidation.run"]._default_cluster(),
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Consolidating Company",
        compute="_compute_company_id",
        store=True,
        precompute=True,
        required=True,
        index=True,
        help="The cluster's consolidating company, whose cluster accountants "
        "keep the acquisition records.",
    )
    member_id = fields.Many2one(
        "res.company",
        string="Acquired Member",
        required=True,
        tracking=True,
        help="The subsidiary or associate acquired.",
    )
    holder_id = fields.Many2one(
        "res.company",
        required=True,
        tracking=True,
        help="The member whose books hold the investment: the consolidating "
        "company, or one of its subsidiaries.",
    )
    date = fields.Date(
        string="Acquisition Date",
        required=True,
        tracking=True,
        help="The day control (or significant influence) was obtained: the "
        "member's results up to that day are pre-acquisition.",
    )
    investment_account_id = fields.Many2one(
        "account.account",
        required=True,
        tracking=True,
        help="The holder's account carrying the cost of the investment; the "
        "items on it whose partner is the acquired member make the cost, or "
        "the whole account when none has that partner.",
    )
    fair_value_ids = fields.One2many(
        "consolidation.fair.value", "acquisition_id", string="Fair-Value Adjustments"
    )
    note = fields.Text(
        help="Where the cost and the fair values come from: the purchase "
        "agreement, the valuation report.",
    )
    currency_id = fields.Many2one(related="cluster_id.currency_id")
    member_currency_id = fields.Many2one(related="member_id.currency_id")
    cost = fields.Monetary(
        readonly=True,
        help="From the holder's books at the acquisition date, as the last run "
        "read it, in the cluster's currency.",
    )
    net_assets = fields.Monetary(
        string="Net Assets Acquired",
        currency_field="member_currency_id",
        readonly=True,
        help="The member's equity in its own books at the acquisition date, "
        "as the last run read it.",
    )
    goodwill = fields.Monetary(
        currency_field="member_currency_id",
        readonly=True,
        help="Cost less the group's share of the net assets acquired and of "
        "the fair-value adjustments, in the member's currency (IAS 21.47).",
    )

    _sql_constraints = [
        (
            "member_date_unique",
            "UNIQUE(cluster_id, member_id, date)",
            "A member is acquired once on a given day.",
        ),
    ]

    @api.depends("cluster_id")
    def _compute_company_id(self):
        for acquisition in self:
            acquisition.company_id = acquisition.cluster_id.parent_company_id

    @api.depends("member_id", "date")
    def _compute_display_name(self):
        for acquisition in self:
            acquisition.display_name = self.env._(
                "Acquisition of %(member)s",
                member=acquisition.member_id.name or "",
            )

    @api.constrains("cluster_id", "member_id", "holder_id", "investment_account_id")
    def _check_cluster(self):
        """The acquired member and the holder belong to the cluster, and the
        investment account is the holder's, whatever ids are sent."""
        # sudo: the cluster's members and the account's companies, only to
        # refuse ids outside them without reading them
        for acquisition in self.sudo():
            members = acquisition.cluster_id.all_company_ids
            if (
                acquisition.member_id not in members
                or acquisition.holder_id not in members
                or acquisition.member_id == acquisition.holder_id
            ):
                raise ValidationError(
                    self.env._(
                        "The acquired member and its holder are two members "
                        "of the record's cluster."
                    )
                )
            if (
                acquisition.holder_id
                not in acquisition.investment_account_id.company_ids
            ):
                raise ValidationError(
                    self.env._("The investment account is one of the holder's.")
                )

    def write(self, vals):
        if "cluster_id" in vals and self.filtered("cost"):
            raise UserError(
                self.env._(
                    "An acquisition already consolidated stays with its "
                    "cluster: record a new one in the other cluster."
                )
            )
        result = super().write(vals)
        if "cluster_id" in vals:
            # the rules checked the records as they were: one moved to
            # another cluster (another consolidating company) is checked again
            self.check_access("write")
        return result
