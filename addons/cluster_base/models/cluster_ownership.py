# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib import ownership


class ClusterOwnership(models.Model):
    """A shareholding between two members of a cluster, from a date on.

    A later link between the same two companies replaces an earlier one, so
    the history of holdings is kept; a percentage of 0 records a sale.
    """

    _name = "cluster.ownership"
    _description = "Cluster Ownership Link"
    _order = "cluster_id, date_start desc, holder_id, held_id"
    _cluster_shared = (
        "Holdings between members are read by every current member of the "
        "cluster, whose consolidation they decide."
    )

    cluster_id = fields.Many2one(
        "cluster.cluster", required=True, ondelete="cascade", index=True
    )
    holder_id = fields.Many2one(
        "res.company",
        required=True,
        ondelete="restrict",
        help="Member company that holds the shares.",
    )
    held_id = fields.Many2one(
        "res.company",
        string="Held Company",
        required=True,
        ondelete="restrict",
        help="Member company whose shares are held.",
    )
    percentage = fields.Float(
        string="Holding (%)",
        digits=(5, 2),
        required=True,
        help="Share of the held company's capital and votes owned by the holder.",
    )
    date_start = fields.Date(
        string="From",
        required=True,
        default=fields.Date.context_today,
        help="Date from which this holding applies, until a later link between "
        "the same two companies replaces it.",
    )

    _sql_constraints = [
        (
            "link_date_unique",
            "UNIQUE(cluster_id, holder_id, held_id, date_start)",
            "Two companies can only have one holding from a given date.",
        ),
    ]

    @api.depends("holder_id", "held_id", "percentage")
    def _compute_display_name(self):
        for link in self:
            link.display_name = self.env._(
                "%(holder)s holds %(pct).2f %% of %(held)s",
                holder=link.holder_id.name,
                pct=link.percentage,
                held=link.held_id.name,
            )

    @api.constrains("percentage")
    def _check_percentage(self):
        for link in self:
            if not 0.0 <= link.percentage <= 100.0:
                raise ValidationError(
                    self.env._(
                        "A holding must lie between 0 and 100 %%, not %(pct).2f %%.",
                        pct=link.percentage,
                    )
                )

    @api.constrains("holder_id", "held_id", "cluster_id")
    def _check_members(self):
        for link in self:
            members = link.cluster_id.membership_ids.company_id
            for company in link.holder_id | link.held_id:
                if company not in members:
                    company_name = self.env["cluster.membership"]._readable_name(
                        company, self.env._("This company")
                    )
                    cluster_name = self.env["cluster.membership"]._readable_name(
                        link.cluster_id, self.env._("this cluster")
                    )
                    raise ValidationError(
                        self.env._(
                            "%(company)s is not a member of %(cluster)s, so its "
                            "holdings cannot be recorded there.",
                            company=company_name,
                            cluster=cluster_name,
                        )
                    )

    @api.constrains("holder_id", "held_id", "percentage", "date_start")
    def _check_structure(self):
        """At every date where a holding changes, the holdings must describe a
        possible structure: no company holding itself, at most 100 % of a
        company held, and no loop of companies owning all of themselves."""
        for cluster in self.cluster_id:
            for date in sorted(set(cluster.ownership_ids.mapped("date_start"))):
                try:
                    ownership.check_holdings(cluster._get_holdings(date))
                except ownership.OwnershipError as error:
                    raise ValidationError(
                        self._structure_error_message(error, date)
                    ) from error

    def _structure_error_message(self, error, date):
        readable_name = self.env["cluster.membership"]._readable_name
        names = ", ".join(
            readable_name(company, self.env._("a company"))
            for company in self.env["res.company"].browse(error.companies)
        )
        if error.kind == "self":
            return self.env._(
                "%(company)s cannot hold its own shares through a holding link.",
                company=names,
            )
        if error.kind == "over_100":
            return self.env._(
                "On %(date)s, the holdings in %(company)s add up to more than 100 %%.",
                company=names,
                date=date,
            )
        return self.env._(
            "On %(date)s, %(companies)s hold all of each other: they would own "
            "100 %% or more of themselves, with no outside shareholder.",
            companies=names,
            date=date,
        )
