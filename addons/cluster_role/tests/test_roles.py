# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import RoleCommon


@tagged("post_install", "-at_install")
class TestRolesPerCompany(RoleCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Booker in A and B, member administrator in A only
        cls.maelle = cls._create_user_with_roles(
            "maelle_role",
            [
                (cls.role_booker, cls.company_a),
                (cls.role_booker, cls.company_b),
                (cls.role_member_admin, cls.company_a),
            ],
        )
        cls.member_admin_group = cls.env.ref("cluster_role.group_member_admin")

    def _groups_when(self, user, companies):
        self._tick(user, companies)
        return user.groups_id

    def test_role_applies_while_its_company_is_selected(self):
        self.assertIn(
            self.member_admin_group, self._groups_when(self.maelle, self.company_a)
        )
        self.assertNotIn(
            self.member_admin_group, self._groups_when(self.maelle, self.company_b)
        )
        # Selecting A with B keeps A's roles: menus follow any selected company
        self.assertIn(
            self.member_admin_group,
            self._groups_when(self.maelle, self.company_a | self.company_b),
        )

    def test_other_roles_keep_base_user_role_company_meaning(self):
        """A role from outside the suite applies only when it is held in
        every selected company, as base_user_role_company has it: modules
        installed next to the suite keep the behaviour they were built on."""
        group = self.env["res.groups"].create({"name": "Contact Editors"})
        other_role = self.env["res.users.role"].create(
            {"name": "Contact Editor", "implied_ids": [(4, group.id)]}
        )
        self.assertFalse(other_role.applies_per_ticked_company)
        self.assertTrue(self.role_booker.applies_per_ticked_company)
        self.maelle.write(
            {
                "role_line_ids": [
                    (0, 0, {"role_id": other_role.id, "company_id": self.company_a.id})
                ]
            }
        )
        both = self.company_a | self.company_b
        self.assertIn(group, self._groups_when(self.maelle, self.company_a))
        self.assertNotIn(group, self._groups_when(self.maelle, both))
        # the suite's role held in A alone still applies with A and B ticked
        self.assertIn(self.member_admin_group, self._groups_when(self.maelle, both))
        self.maelle.write(
            {
                "role_line_ids": [
                    (0, 0, {"role_id": other_role.id, "company_id": self.company_b.id})
                ]
            }
        )
        self.assertIn(group, self._groups_when(self.maelle, both))

    def test_companies_with_group_follows_roles_and_selection(self):
        xmlid = ["cluster_role.group_member_admin"]
        both = (self.company_a | self.company_b).ids
        self.assertEqual(
            self.maelle._companies_with_group(xmlid, both), [self.company_a.id]
        )
        self.assertEqual(
            self.maelle._companies_with_group(xmlid, [self.company_b.id]), []
        )
        self.assertEqual(
            self.maelle._companies_with_group(["base.group_user"], both), both
        )

    def test_user_without_roles_keeps_odoo_behaviour(self):
        """Groups are global, as in standard Odoo: every active company for
        a group the user has, none for one they lack."""
        plain = self._create_user("plain_role", self.company_a | self.company_b)
        both = (self.company_a | self.company_b).ids
        self.assertEqual(plain._companies_with_group(["base.group_user"], both), both)
        self.assertEqual(
            plain._companies_with_group(["cluster_role.group_member_admin"], both), []
        )

    def test_role_without_company_applies_everywhere(self):
        user = self._create_user("cluster_admin_role", self.company_a | self.company_b)
        user.write({"role_line_ids": [(0, 0, {"role_id": self.role_cluster_admin.id})]})
        both = (self.company_a | self.company_b).ids
        self.assertEqual(
            user._companies_with_group(["cluster_base.group_cluster_admin"], both),
            both,
        )


@tagged("post_install", "-at_install")
class TestMemberAdministrator(RoleCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.gwen = cls._create_user_with_roles(
            "gwen_role", [(cls.role_member_admin, cls.company_a)]
        )
        cls.newcomer = cls._create_user("newcomer_role", cls.company_a | cls.company_b)
        cls.Lines = cls.env["res.users.role.line"].with_user(cls.gwen)

    def _give(self, role, company, user=None):
        return self.Lines.create(
            {
                "user_id": (user or self.newcomer).id,
                "role_id": role.id,
                "company_id": company.id,
            }
        )

    def test_gives_a_role_in_own_company_and_groups_follow(self):
        line = self._give(self.role_booker, self.company_a)
        self.assertIn(self.role_booker.group_id, self.newcomer.groups_id)
        self.assertIn(line, self.Lines.search([]))
        line.unlink()
        self.assertFalse(self.newcomer.role_line_ids)
        self.assertNotIn(self.role_booker.group_id, self.newcomer.groups_id)

    def test_cannot_give_a_role_in_another_company(self):
        with self.assertRaisesMessage(ValidationError, "a company you administer"):
            self._give(self.role_booker, self.company_b)
        self.assertFalse(self.newcomer.role_line_ids)

    def test_cannot_give_a_role_that_is_not_delegable(self):
        with self.assertRaisesMessage(ValidationError, "Assigned by Member"):
            self._give(self.role_cluster_admin, self.company_a)
        self.assertFalse(self.newcomer.role_line_ids)

    def test_cannot_move_a_role_to_another_company(self):
        line = self._give(self.role_booker, self.company_a)
        with self.assertRaisesMessage(ValidationError, "a company you administer"):
            line.write({"company_id": self.company_b.id})
        self.assertEqual(line.company_id, self.company_a)

    def test_does_not_see_or_remove_roles_of_other_companies(self):
        other = self.env["res.users.role.line"].create(
            {
                "user_id": self.newcomer.id,
                "role_id": self.role_booker.id,
                "company_id": self.company_b.id,
            }
        )
        self.assertNotIn(other, self.Lines.search([]))
        with self.assertRaises(AccessError):
            other.with_user(self.gwen).unlink()
        self.assertTrue(other.exists())

    def test_delegable_role_cannot_open_user_management(self):
        with self.assertRaisesMessage(ValidationError, "member administrators"):
            self.role_booker.write(
                {"implied_ids": [(4, self.env.ref("base.group_erp_manager").id)]}
            )

    def test_cannot_give_a_role_to_the_instance_administrator(self):
        """A role line rewrites all of its user's groups: a member
        administrator giving one to the instance administrator would strip
        her of Settings."""
        admin = self._create_user(
            "instance_admin_role",
            self.company_a | self.company_b,
            groups="base.group_user,base.group_system",
        )
        with self.assertRaisesMessage(ValidationError, "administers the instance"):
            self._give(self.role_booker, self.company_a, user=admin)
        self.assertTrue(admin.has_group("base.group_system"))
        self.assertFalse(admin.role_line_ids)

    def test_cannot_give_a_role_to_a_user_of_another_company(self):
        """A user of another cluster is out of reach, and the refusal does not
        name her."""
        stranger = self._create_user("stranger_role", self.company_p)
        stranger.name = "Stranger Transat"
        with self.assertRaisesMessage(ValidationError, "users of a company you") as e:
            self._give(self.role_booker, self.company_a, user=stranger)
        self.assertNotIn("Stranger", str(e.exception))
        self.assertNotIn("Transat", str(e.exception))
        self.assertFalse(stranger.role_line_ids)

    def test_first_role_never_takes_groups_away(self):
        """Even a user manager cannot silently replace an administrator's
        groups with a first role: the error names what she would lose."""
        manager = self._create_user(
            "user_manager_role",
            self.company_a,
            groups="base.group_user,base.group_erp_manager",
        )
        admin = self._create_user(
            "instance_admin_role",
            self.company_a,
            groups="base.group_user,base.group_system",
        )
        Lines = self.env["res.users.role.line"].with_user(manager)
        with self.assertRaisesMessage(ValidationError, "Settings"):
            Lines.create(
                {
                    "user_id": admin.id,
                    "role_id": self.role_booker.id,
                    "company_id": self.company_a.id,
                }
            )
        self.assertTrue(admin.has_group("base.group_system"))


@tagged("post_install", "-at_install")
class TestBookerMenus(RoleCommon):
    """A booker's application menu holds what she works with."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.booker = cls._create_user_with_roles(
            "menu_booker", [(cls.role_booker, cls.company_a)]
        )
        cls.gwen = cls._create_user_with_roles(
            "menu_member_admin", [(cls.role_member_admin, cls.company_a)]
        )

    def _apps(self, user):
        env = self._tick(user, self.company_a)
        menus = env["ir.ui.menu"].load_menus(False)
        return {menus[menu]["xmlid"] for menu in menus["root"]["children"]}

    def test_booker_does_not_see_apps(self):
        self.assertNotIn("base.menu_management", self._apps(self.booker))
        self.assertIn("base.menu_management", self._apps(self.gwen))

    def test_booker_does_not_see_empty_dashboards(self):
        xmlid = "spreadsheet_dashboard.spreadsheet_dashboard_menu_root"
        if not self.env.ref(xmlid, False):
            self.skipTest("Dashboards (spreadsheet_dashboard) are not installed.")
        self.assertNotIn(xmlid, self._apps(self.booker))
