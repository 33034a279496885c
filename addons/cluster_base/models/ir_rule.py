# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add the helpers of the rule that keeps people within their cluster
        (``res_partner_rule_cluster_people``):

        - ``people_partner_ids()``: the partners of every internal user and of
          every company of the instance, archived ones included;
        - ``cluster_people_partner_ids()``: those the user may see: the users
          and companies of the active companies' clusters (of every cluster
          for the instance's administrators, who run them all), OdooBot and
          the instance's administrators.

        Both are called only by the rules that use them, when their domain is
        built, and give ids: Odoo checks rules on fetched records in Python
        too, where ids cost nothing and relations cost a query each. Rule
        domains are cached per user and active companies; creating a user or
        a company, changing a user's companies, groups or state, and any
        change of membership drop that cache, and the day is part of its key
        (``_compute_domain_context_values``)."""
        context = super()._eval_context()
        company_ids = context["company_ids"]
        context["people_partner_ids"] = lambda: self._people_partners().ids
        context["cluster_people_partner_ids"] = lambda: (
            self._people_partners(self._people_companies(company_ids)).ids
        )
        return context

    def _compute_domain_context_values(self):
        """Rules that name current members depend on the day: the date is part
        of the cache key, so that a company that left yesterday does not keep
        yesterday's domain."""
        return (*super()._compute_domain_context_values(), fields.Date.today())

    @api.model
    def _people_companies(self, company_ids):
        """The companies whose people the user sees: the active companies and
        the current members of their clusters; all for the administrators."""
        # sudo: companies and memberships, read to build the rule
        Company = self.env["res.company"].sudo().with_context(active_test=False)
        if self.env.user.has_group("base.group_system"):
            # every company: an instance holds a few dozen at most
            return Company.search([])  # pylint: disable=no-search-all
        return Company.browse(company_ids)._get_cluster_companies()

    @api.model
    def _people_partners(self, companies=None):
        """The partners of the internal users and of ``companies`` (every
        company by default); with companies given, OdooBot's and the
        instance's administrators' too."""
        # sudo: users and companies, read to build the rule; fenced by
        # ``companies`` when given
        Users = self.env["res.users"].sudo().with_context(active_test=False)
        Company = self.env["res.company"].sudo().with_context(active_test=False)
        if companies is None:
            users = Users.search([("share", "=", False)])
            # every company: an instance holds a few dozen at most
            companies = Company.search([])  # pylint: disable=no-search-all
            return users.partner_id | companies.partner_id
        users = Users.search(
            [("share", "=", False), ("company_ids", "in", companies.ids)]
        )
        # sudo: the instance's administrators and OdooBot, seen by everyone
        administrators = self.env.ref("base.group_system").sudo().users
        root = self.env.ref("base.partner_root").sudo()
        return (
            users.partner_id | companies.partner_id | administrators.partner_id | root
        )
