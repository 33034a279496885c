# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib import graph, ownership

SHARE_TOLERANCE = 0.01


class ClusterCluster(models.Model):
    """A cluster is a group of separate companies that pool one Odoo instance.

    It shares a directory, staff and consolidated views between its members,
    while each member's commercial and financial data stays its own. One
    database may hold several clusters that must not see each other.
    """

    _name = "cluster.cluster"
    _description = "Cluster"
    _inherit = ["mail.thread"]
    _order = "name"
    _cluster_shared = (
        "A cluster, its members and administrators are read by every current "
        "member: it is what they share."
    )

    name = fields.Char(required=True, tracking=True, translate=False)
    active = fields.Boolean(default=True)
    description = fields.Text(help="What brings the members together.")
    currency_id = fields.Many2one(
        "res.currency",
        string="Consolidation Currency",
        required=True,
        tracking=True,
        default=lambda self: self.env.company.currency_id,
        help="Currency in which the cluster's calendars and accounts are consolidated.",
    )
    parent_company_id = fields.Many2one(
        "res.company",
        string="Consolidating Company",
        tracking=True,
        help="The member at the head of the group whose ownership decides how "
        "the other members are consolidated. Leave empty for a pooling group "
        "without shareholdings.",
    )
    membership_ids = fields.One2many(
        "cluster.membership", "cluster_id", string="Memberships"
    )
    ownership_ids = fields.One2many(
        "cluster.ownership", "cluster_id", string="Ownership Links"
    )
    admin_user_ids = fields.Many2many(
        "res.users",
        "cluster_cluster_admin_rel",
        "cluster_id",
        "user_id",
        string="Administrators",
        tracking=True,
        domain=[("share", "=", False)],
        help="Users who manage the cluster: its members, shares and ownership.",
    )
    company_ids = fields.Many2many(
        "res.company",
        string="Current Members",
        compute="_compute_company_ids",
        help="Companies that are members today.",
    )
    member_count = fields.Integer(compute="_compute_company_ids")
    all_company_ids = fields.Many2many(
        "res.company",
        string="Members, Past and Present",
        compute="_compute_company_ids",
    )
    cost_share_total = fields.Float(
        compute="_compute_cost_share_total",
        string="Total Cost Share (%)",
        digits=(5, 2),
    )
    ownership_graph = fields.Html(
        compute="_compute_ownership_graph",
        sanitize=False,
        help="Holdings between members today, from holder to held company, "
        "with the consolidating company's control and interest.",
    )

    @api.depends(
        "membership_ids.company_id",
        "membership_ids.date_start",
        "membership_ids.date_end",
    )
    def _compute_company_ids(self):
        for cluster in self:
            cluster.company_ids = cluster._get_member_companies()
            cluster.member_count = len(cluster.company_ids)
            cluster.all_company_ids = cluster.membership_ids.company_id

    @api.depends(
        "membership_ids.cost_share",
        "membership_ids.date_start",
        "membership_ids.date_end",
    )
    def _compute_cost_share_total(self):
        today = fields.Date.context_today(self)
        for cluster in self:
            members = cluster.membership_ids.filtered(lambda m: m._is_current(today))
            cluster.cost_share_total = sum(members.mapped("cost_share"))

    @api.depends(
        "ownership_ids.percentage",
        "ownership_ids.date_start",
        "parent_company_id",
        "membership_ids",
    )
    def _compute_ownership_graph(self):
        today = fields.Date.context_today(self)
        for cluster in self:
            cluster.ownership_graph = cluster._render_ownership_graph(today)

    @api.constrains("membership_ids")
    def _check_cost_shares(self):
        """The pooled costs are fully split among today's members."""
        today = fields.Date.context_today(self)
        for cluster in self:
            members = cluster.membership_ids.filtered(lambda m: m._is_current(today))
            total = sum(members.mapped("cost_share"))
            if members and abs(total - 100.0) > SHARE_TOLERANCE:
                raise ValidationError(
                    self.env._(
                        "The cost shares of the current members of %(cluster)s "
                        "add up to %(total).2f %%; they must add up to 100 %%.",
                        cluster=cluster.name,
                        total=total,
                    )
                )

    @api.constrains("parent_company_id", "membership_ids")
    def _check_parent_company(self):
        for cluster in self.filtered("parent_company_id"):
            if cluster.parent_company_id not in cluster.membership_ids.company_id:
                company_name = self.env["cluster.membership"]._readable_name(
                    cluster.parent_company_id, self.env._("The company")
                )
                raise ValidationError(
                    self.env._(
                        "The consolidating company %(company)s must be a member "
                        "of the cluster %(cluster)s.",
                        company=company_name,
                        cluster=cluster.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        # Memberships created or edited through the cluster are checked once,
        # as a whole, by _check_cost_shares, not line by line.
        clusters = super(
            ClusterCluster, self.with_context(cluster_shares_checked_by_cluster=True)
        ).create(vals_list)
        return clusters.with_env(self.env)

    def write(self, vals):
        return super(
            ClusterCluster, self.with_context(cluster_shares_checked_by_cluster=True)
        ).write(vals)

    def action_view_companies(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Members of %(cluster)s", cluster=self.name),
            "res_model": "res.company",
            "view_mode": "list,form",
            "domain": [("id", "in", self.company_ids.ids)],
        }

    def _get_member_companies(self, date=None):
        """Companies that are members of these clusters on ``date`` (today by
        default)."""
        date = date or fields.Date.context_today(self)
        return self.membership_ids.filtered(lambda m: m._is_current(date)).company_id

    def _get_holdings(self, date=None):
        """Holdings between members in force on ``date``, keyed by company ids,
        as fractions, for the ownership engine."""
        self.ensure_one()
        date = date or fields.Date.context_today(self)
        links = [
            (link.holder_id.id, link.held_id.id, link.date_start, link.percentage / 100)
            for link in self.ownership_ids
        ]
        return ownership.holdings_at(links, date)

    def _render_ownership_graph(self, date):
        """The holdings in force on ``date`` drawn as a graph (holder above
        held, arrows labelled with percentages), with the consolidating
        company's control and interest in each member; an empty cluster or
        one without holdings says so."""
        self.ensure_one()
        companies = self._get_member_companies(date) | self.ownership_ids.holder_id
        companies |= self.ownership_ids.held_id
        if not companies:
            return Markup('<p class="text-muted o_cluster_ownership_empty">%s</p>') % (
                self.env._(
                    "This cluster has no members yet: add them in the Members tab."
                )
            )
        holdings = self._get_holdings(date)
        drawing = graph.svg(
            {company.id: company.name for company in companies},
            holdings,
            root=self.parent_company_id.id,
            title=self.env._("Ownership graph of %(cluster)s", cluster=self.name),
        )
        if not any(holdings.values()):
            note = self.env._(
                "No holdings between the members are recorded: add them in the "
                "Ownership tab."
            )
            return Markup(
                '<p class="text-muted o_cluster_ownership_empty">%s</p>%s'
            ) % (note, drawing)
        return drawing + self._render_ownership_figures(companies, date)

    def _render_ownership_figures(self, companies, date):
        figures = self.membership_ids._get_ownership_figures(date)
        if not figures:
            return Markup("")
        rows = Markup("").join(
            Markup("<tr><td>%s</td><td>%s</td><td>%s</td></tr>")
            % (
                company.name,
                "%.2f %%" % (figures[company.id][0] * 100),
                "%.2f %%" % (figures[company.id][1] * 100),
            )
            for company in companies
            if company.id in figures
        )
        return Markup(
            '<table class="table table-sm o_cluster_ownership mt-3"><thead><tr>'
            "<th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>%s</tbody></table>"
        ) % (
            self.env._("Member"),
            self.env._("Control"),
            self.env._("Interest"),
            rows,
        )
