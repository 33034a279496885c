# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

from ..lib import ownership

CONSOLIDATION_METHODS = [
    (ownership.FULL, "Full"),
    (ownership.PROPORTIONAL, "Proportional"),
    (ownership.EQUITY, "Equity"),
    (ownership.NONE, "Not consolidated"),
]


class ClusterMembership(models.Model):
    """A company's stay in a cluster: when it joined, when it left, and the
    share of the pooled costs it carries meanwhile."""

    _name = "cluster.membership"
    _description = "Cluster Membership"
    _order = "cluster_id, date_start, id"
    _rec_name = "company_id"
    _cluster_shared = (
        "Memberships (dates, cost shares) are read by every current member of "
        "the cluster, who split the pooled costs between them."
    )

    cluster_id = fields.Many2one(
        "cluster.cluster", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        ondelete="restrict",
        index=True,
        help="Member company. It stays a separate root company, not a branch.",
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_start = fields.Date(
        string="Joined On",
        required=True,
        default=fields.Date.context_today,
    )
    date_end = fields.Date(
        string="Left On",
        help="Last day of membership. Leave empty while the company is a member.",
    )
    cost_share = fields.Float(
        string="Cost Share (%)",
        digits=(5, 2),
        help="Share of the pooled costs this member carries. The shares of the "
        "current members add up to 100 %.",
    )
    is_current = fields.Boolean(
        string="Current Member",
        compute="_compute_is_current",
        search="_search_is_current",
    )
    consolidation_method_manual = fields.Selection(
        CONSOLIDATION_METHODS,
        string="Method Set by Hand",
        help="Overrides the method derived from ownership, for instance "
        "'Proportional' for a jointly controlled company.",
    )
    consolidation_method = fields.Selection(
        CONSOLIDATION_METHODS,
        compute="_compute_ownership_figures",
        help="Set by hand, or else derived from the consolidating company's "
        "control today: the head of the group and controlled members (over "
        "50 %) are fully consolidated, members under significant influence "
        "(20 % or more) by equity, the others are not consolidated.",
    )
    control_pct = fields.Float(
        string="Control (%)",
        compute="_compute_ownership_figures",
        digits=(5, 2),
        help="Votes held today by the consolidating company, directly or "
        "through the members it controls.",
    )
    interest_pct = fields.Float(
        string="Interest (%)",
        compute="_compute_ownership_figures",
        digits=(5, 2),
        help="Share of this member's equity that belongs to the consolidating "
        "company today, through every chain of holdings.",
    )

    def _compute_is_current(self):
        today = fields.Date.context_today(self)
        for membership in self:
            membership.is_current = membership._is_current(today)

    def _search_is_current(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(
                self.env._("Operation not supported on 'Current Member'.")
            )
        today = fields.Date.context_today(self)
        domain = [
            ("date_start", "<=", today),
            "|",
            ("date_end", "=", False),
            ("date_end", ">=", today),
        ]
        if (operator == "=") != bool(value):
            domain = ["!", *domain]
        return domain

    @api.depends(
        "consolidation_method_manual",
        "cluster_id.parent_company_id",
        "cluster_id.ownership_ids.percentage",
        "cluster_id.ownership_ids.date_start",
    )
    def _compute_ownership_figures(self):
        today = fields.Date.context_today(self)
        for cluster in self.cluster_id:
            memberships = self.filtered(lambda m, c=cluster: m.cluster_id == c)
            figures = memberships._get_ownership_figures(today)
            parent = cluster.parent_company_id
            for membership in memberships:
                control, interest = figures.get(membership.company_id.id, (0.0, 0.0))
                membership.control_pct = control * 100
                membership.interest_pct = interest * 100
                membership.consolidation_method = (
                    membership.consolidation_method_manual
                    or (
                        ownership.consolidation_method(
                            control, is_parent=membership.company_id == parent
                        )
                        if parent
                        else ownership.NONE
                    )
                )
        (self - self.filtered("cluster_id")).update(
            {
                "control_pct": 0.0,
                "interest_pct": 0.0,
                "consolidation_method": False,
            }
        )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for membership in self.filtered("date_end"):
            if membership.date_end < membership.date_start:
                company_name = self._readable_name(
                    membership.company_id, self.env._("This company")
                )
                cluster_name = self._readable_name(
                    membership.cluster_id, self.env._("this cluster")
                )
                raise ValidationError(
                    self.env._(
                        "%(company)s cannot leave %(cluster)s on %(left)s, before "
                        "joining it on %(joined)s.",
                        company=company_name,
                        cluster=cluster_name,
                        left=membership.date_end,
                        joined=membership.date_start,
                    )
                )

    @api.constrains("cost_share")
    def _check_cost_share_range(self):
        for membership in self:
            if not 0.0 <= membership.cost_share <= 100.0:
                company_name = self._readable_name(
                    membership.company_id, self.env._("this company")
                )
                raise ValidationError(
                    self.env._(
                        "The cost share of %(company)s must lie between 0 and "
                        "100 %%, not %(share).2f %%.",
                        company=company_name,
                        share=membership.cost_share,
                    )
                )

    @api.constrains("company_id", "date_start", "date_end")
    def _check_one_cluster_at_a_time(self):
        """A company is in at most one cluster on any given day."""
        self.flush_model(["company_id", "date_start", "date_end"])
        # SQL: fenced by the memberships being checked (a.id IN ids) and by
        # their own companies; only ids come back, named below as the user
        # may read them. daterange overlap has no ORM domain.
        self.env.cr.execute(
            """
            SELECT a.id, b.id
              FROM cluster_membership a
              JOIN cluster_membership b
                ON b.company_id = a.company_id
               AND b.id != a.id
               AND daterange(a.date_start, a.date_end, '[]')
                   && daterange(b.date_start, b.date_end, '[]')
             WHERE a.id IN %s
             LIMIT 1
            """,
            [tuple(self.ids)],
        )
        row = self.env.cr.fetchone()
        if row:
            first, second = self.browse(row)
            company_name = self._readable_name(
                first.company_id, self.env._("This company")
            )
            cluster_name = self._readable_name(
                first.cluster_id, self.env._("this cluster")
            )
            other_name = self._readable_name(
                second.cluster_id, self.env._("another cluster")
            )
            raise ValidationError(
                self.env._(
                    "%(company)s cannot be a member of %(cluster)s from %(start)s: "
                    "it is already a member of %(other)s then. A company belongs "
                    "to one cluster at a time.",
                    company=company_name,
                    cluster=cluster_name,
                    start=first.date_start,
                    other=other_name,
                )
            )

    @api.constrains("cost_share", "date_start", "date_end", "cluster_id")
    def _check_cluster_cost_shares(self):
        if not self.env.context.get("cluster_shares_checked_by_cluster"):
            self.cluster_id._check_cost_shares()

    @api.model_create_multi
    def create(self, vals_list):
        self._check_company_readable(vals_list)
        memberships = super().create(vals_list)
        # Rules name the members of the user's clusters (people, companies)
        # and their domains are cached: membership changed, drop them.
        self.env.registry.clear_cache()
        return memberships

    def write(self, vals):
        self._check_company_readable([vals])
        result = super().write(vals)
        if {"company_id", "cluster_id", "date_start", "date_end"} & set(vals):
            self.env.registry.clear_cache()
        return result

    def unlink(self):
        result = super().unlink()
        self.env.registry.clear_cache()
        return result

    @api.model
    def _check_company_readable(self, vals_list):
        """A cluster administrator adds companies she can see: one she
        cannot read (an id sent over RPC) is refused before anything is
        written, as the new membership would open it to her, and any message
        about it would then name it."""
        if self.env.su:
            return
        companies = self.env["res.company"].browse(
            {vals["company_id"] for vals in vals_list if vals.get("company_id")}
        )
        if companies and companies != companies._filtered_access("read"):
            raise AccessError(
                self.env._("You can only add to a cluster a company you can see.")
            )

    def _is_current(self, date):
        self.ensure_one()
        return self.date_start <= date and (not self.date_end or self.date_end >= date)

    @api.model
    def _readable_name(self, record, fallback):
        """``record``'s name if the current user may read it, ``fallback``
        otherwise: a constraint checks values as superuser would, but its
        message goes to a user who must learn nothing from it about a
        company or cluster they cannot read."""
        if self.env.su or record.has_access("read"):
            # sudo: the user may read the record; its name is read the way
            # the web client reads a many2one's display name
            return record.sudo().display_name
        return fallback

    def _get_ownership_figures(self, date):
        """Control and interest of the consolidating company in each member of
        one cluster on ``date``, as ``{company_id: (control, interest)}``."""
        cluster = self.cluster_id
        if len(cluster) != 1 or not cluster.parent_company_id:
            return {}
        parent = cluster.parent_company_id.id
        holdings = cluster._get_holdings(date)
        controls = ownership.control(holdings, parent)
        interests = ownership.interest(holdings, parent)
        figures = {
            company_id: (controls.get(company_id, 0.0), interests.get(company_id, 0.0))
            for company_id in self.company_id.ids
        }
        figures[parent] = (1.0, 1.0)
        return figures
