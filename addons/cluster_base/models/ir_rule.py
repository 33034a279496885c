from odoo import api, fields, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add the helpers of the rule that keeps people within their cluster
        (``res_partner_rule_cluster_people``):

        - ``people_company_ids()``: the companies whose users and company
          partner the user sees: the active companies and the current members
          of their clusters; every company for the instance's administrators,
          who run all the clusters;
        - ``instance_partner_ids()``: the partners everybody sees: OdooBot's
          and the instance's administrators'.

        Both are called only by the rules that use them, when their domain is
        built. Rule domains are cached per user and active companies; users,
        companies and memberships drop that cache when they change, and the
        day is part of its key (``_compute_domain_context_values``)."""
        context = super()._eval_context()
        company_ids = context["company_ids"]
        context["people_company_ids"] = lambda: self._people_companies(company_ids).ids
        context["instance_partner_ids"] = lambda: self._instance_partners().ids
        return context

    def _compute_domain_context_values(self):
        """Rules that name current members depend on the day: the date is part
        of the cache key, so that a company that left yesterday does not keep
        yesterday's domain."""
        return (*super()._compute_domain_context_values(), fields.Date.today())

    @api.model
    def _people_companies(self, company_ids):
        # sudo: companies and memberships, read to build the rule; fenced by
        # the active companies' clusters
        Company = self.env["res.company"].sudo()
        if self.env.user.has_group("base.group_system"):
            return Company.with_context(active_test=False).search([])
        return Company.browse(company_ids)._get_cluster_companies()

    @api.model
    def _instance_partners(self):
        # sudo: the administrators' partners, read to build the rule
        administrators = self.env.ref("base.group_system").sudo().users
        return administrators.partner_id | self.env.ref("base.partner_root").sudo()
