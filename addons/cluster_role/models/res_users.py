# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model_create_multi
    def create(self, vals_list):
        """New users' first roles take nothing away (see
        ``res.users.role.line._check_first_roles_keep_groups``)."""
        users = super(ResUsers, self.with_context(cluster_role_new_users=True)).create(
            vals_list
        )
        return users.with_env(self.env)

    def _get_enabled_roles(self):
        """A role marked *Applies in Each Selected Company* (the suite's roles)
        applies while one of its companies is among the selected ones, so the
        menus of a booker in B and accountant in A follow the company
        switcher: base_user_role_company applies a role only when it is held
        in every selected company, which takes all the menus away from a user
        who selects A and B together. Other roles keep that meaning, which
        modules outside the suite rely on. The records themselves stay
        confined by the rules (``companies_with_group``)."""
        lines = super()._get_enabled_roles()
        selected = self.env.context.get("active_company_ids") or self.company_id.ids
        return lines | self.role_line_ids.filtered(
            lambda line: (
                line.is_enabled
                and line.role_id.applies_per_ticked_company
                and line.company_id.id in selected
            )
        )

    def _apply_roles_sudo(self, force=False):
        """Set the groups that the roles give, and drop the cached rule
        domains built from the roles (see ``ir.rule._eval_context``)."""
        # sudo: a member administrator gives roles, and the groups follow
        # from them; they cannot write the users' groups themselves
        self.sudo().set_groups_from_roles(force=force)
        self.env.registry.clear_cache()

    def _companies_with_group(self, xmlids, active_company_ids):
        """The active companies in which this user holds one of the groups
        ``xmlids`` through a role (a role line without company counts for
        every company). A user without any role keeps Odoo's behaviour: all
        active companies if the user has one of the groups; so do portal
        users, whom their own rules confine."""
        self.ensure_one()
        # sudo: reading one's own roles and their groups to build a rule
        user = self.sudo()
        groups = self.env["res.groups"]
        for xmlid in xmlids:
            groups |= self.env.ref(xmlid, raise_if_not_found=False) or groups
        if user.share:
            return list(active_company_ids)
        if not user.role_line_ids:
            return list(active_company_ids) if user.groups_id & groups else []
        companies = set()
        for line in user.role_line_ids.filtered("is_enabled"):
            role_groups = line.role_id.group_id | line.role_id.trans_implied_ids
            if role_groups & groups:
                if not line.company_id:
                    return list(active_company_ids)
                companies.add(line.company_id.id)
        return [company for company in active_company_ids if company in companies]
