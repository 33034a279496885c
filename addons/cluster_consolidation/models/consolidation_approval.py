# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

# The groups that open a company's figures in a consolidation: its
# accountants, and the cluster accountants of the company itself.
ACCOUNTING_GROUPS = (
    "account.group_account_invoice",
    "account.group_account_readonly",
    "cluster_consolidation.group_consolidation_user",
)
CLUSTER_ACCOUNTANT = "cluster_consolidation.group_consolidation_user"


class ConsolidationApproval(models.Model):
    """A member's consent that the consolidating company of its cluster
    consolidates its books.

    Holding the Cluster Accountant role in the consolidating company is not
    enough to read the other members' figures: a member administrator gives
    roles in her own company, and could otherwise make her company the head
    of the group and read every member's books. A member's figures enter a
    consolidation only when a member administrator of that member approved
    the consolidating company, or when the user keeps that member's books.
    """

    _name = "consolidation.approval"
    _description = "Consolidation Approval"
    _inherit = ["mail.thread"]
    _order = "cluster_id, company_id, id desc"
    _cluster_shared = (
        "A member's approval is addressed to the consolidating company: the "
        "member's administrators and the cluster accountants of that company "
        "both read it; it holds no figures."
    )

    company_id = fields.Many2one(
        "res.company",
        string="Member",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="The member whose books may be consolidated.",
    )
    cluster_id = fields.Many2one(
        "cluster.cluster",
        compute="_compute_cluster_id",
        store=True,
        precompute=True,
        index=True,
    )
    parent_company_id = fields.Many2one(
        "res.company",
        string="Consolidating Company",
        required=True,
        index=True,
        compute="_compute_parent_company_id",
        store=True,
        precompute=True,
        readonly=False,
        help="The company whose cluster accountants may consolidate the "
        "member's books. A new consolidating company needs a new approval.",
    )
    approved_by_id = fields.Many2one(
        "res.users",
        required=True,
        readonly=True,
        default=lambda self: self.env.user,
    )
    date = fields.Datetime(
        string="Approved On", required=True, readonly=True, default=fields.Datetime.now
    )
    active = fields.Boolean(
        default=True,
        tracking=True,
        help="Archive to withdraw the approval: the member's lines disappear "
        "from the consolidations made under it.",
    )

    @api.depends("company_id")
    def _compute_cluster_id(self):
        for approval in self:
            # sudo: the member's own cluster, which its users read anyway
            approval.cluster_id = approval.company_id.sudo().cluster_id

    @api.depends("cluster_id")
    def _compute_parent_company_id(self):
        for approval in self:
            approval.parent_company_id = approval.cluster_id.parent_company_id

    @api.depends("company_id", "parent_company_id")
    def _compute_display_name(self):
        for approval in self:
            approval.display_name = self.env._(
                "%(member)s approves its consolidation by %(parent)s",
                member=approval.company_id.name,
                parent=approval.parent_company_id.name,
            )

    @api.constrains("company_id", "parent_company_id")
    def _check_cluster(self):
        for approval in self:
            cluster = approval.cluster_id
            # sudo: the members of the member's own cluster, to refuse a
            # consolidating company outside it without naming anything
            members = cluster.sudo()._get_member_companies()
            if not cluster or approval.parent_company_id not in members:
                raise ValidationError(
                    self.env._(
                        "A member approves its consolidation by a member of its "
                        "own cluster only."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            # an approval is given by the user who makes it, now
            for vals in vals_list:
                vals.update(approved_by_id=self.env.user.id, date=fields.Datetime.now())
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su and {"company_id", "parent_company_id"} & set(vals):
            raise UserError(
                self.env._("An approval cannot be moved: archive it and approve again.")
            )
        return super().write(vals)

    @api.model
    def _approved(self, parent, companies):
        """Those of ``companies`` that approved their consolidation by
        ``parent``."""
        # sudo: the approvals of the given companies towards one
        # consolidating company; only which companies approved leaves here
        approvals = self.sudo().search(
            [
                ("parent_company_id", "=", parent.id),
                ("company_id", "in", companies.ids),
            ]
        )
        return self.env["res.company"].browse(approvals.company_id.ids)

    @api.model
    def _approvals_by_company(self, parent, companies):
        # sudo: as in _approved, to stamp the lines with the approval they
        # were computed under
        approvals = self.sudo().search(
            [
                ("parent_company_id", "=", parent.id),
                ("company_id", "in", companies.ids),
            ],
            order="id",
        )
        Company = self.env["res.company"]
        return {
            Company.browse(approval.company_id.id): self.browse(approval.id)
            for approval in approvals
        }

    @api.model
    def _consolidable(self, parent, companies, company_ids=None):
        """Those of ``companies`` whose figures the user may consolidate with
        ``parent`` at the head: the companies where the user keeps the books
        (Accountant or Cluster Accountant role), and, if the user is a
        cluster accountant of ``parent``, the members that approved it.
        ``company_ids``: the companies in which the roles count (the active
        ones by default, as for the record rules)."""
        if self.env.su:
            return companies
        user = self.env.user
        company_ids = company_ids or self.env.companies.ids
        own = set(user._companies_with_group(ACCOUNTING_GROUPS, company_ids))
        allowed = companies.filtered(lambda company: company.id in own)
        if parent.id in user._companies_with_group([CLUSTER_ACCOUNTANT], company_ids):
            allowed |= self._approved(parent, companies - allowed)
        return allowed

    @api.model
    def _describe(self, companies):
        """The names of ``companies`` the user may read, and how many others:
        messages never name what the user may not read."""
        readable = companies._filtered_access("read")
        names = ", ".join(readable.mapped("name"))
        hidden = len(companies - readable)
        if not hidden:
            return names
        others = self.env._("%(count)s other member(s)", count=hidden)
        return f"{names}, {others}" if names else others

    @api.model
    def _check_settings_rights(self, parent, companies):
        """Refuse to change what is consolidated of ``companies``, with
        ``parent`` at the head, to a user who may not consolidate their
        figures (see ``_consolidable``): the consolidating company, the
        members' methods and the holdings between them decide whose books
        a consolidation reads. Roles count in every company of the user."""
        if self.env.su or not parent:
            return
        refused = companies - self._consolidable(
            parent, companies, self.env.user.company_ids.ids
        )
        if refused:
            raise AccessError(
                self.env._(
                    "Only an accountant of a member, or a cluster accountant of "
                    "the consolidating company the member approved, may change "
                    "how it is consolidated (consolidating company, method, "
                    "holdings). You may not for: %(companies)s.",
                    companies=self._describe(refused),
                )
            )
