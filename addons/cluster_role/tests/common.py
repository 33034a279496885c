# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command

from odoo.addons.cluster_base.tests.common import ClusterCommon


class RoleCommon(ClusterCommon):
    """ClusterCommon with the suite's roles at hand and a helper to give
    them per company."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_booker = cls.env.ref("cluster_role.role_booker")
        cls.role_accountant = cls.env.ref("cluster_role.role_accountant")
        cls.role_member_admin = cls.env.ref("cluster_role.role_member_admin")
        cls.role_cluster_admin = cls.env.ref("cluster_role.role_cluster_admin")

    @classmethod
    def _tick(cls, user, companies):
        """What the web client does when ``user`` ticks ``companies`` in the
        switcher, the first one current: the groups of the roles held there
        apply, and the environment has those companies allowed."""
        user.with_context(active_company_ids=companies.ids).set_groups_from_roles()
        return cls.env(user=user, context={"allowed_company_ids": companies.ids})

    @classmethod
    def _create_user_with_roles(cls, login, roles):
        """``roles``: (role, company) pairs; the user belongs to all those
        companies, the first one being their default."""
        companies = cls.env["res.company"].union(*(company for _r, company in roles))
        user = cls._create_user(login, companies)
        user.write(
            {
                "role_line_ids": [
                    Command.create({"role_id": role.id, "company_id": company.id})
                    for role, company in roles
                ]
            }
        )
        return user
