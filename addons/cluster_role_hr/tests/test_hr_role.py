# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.cluster_role.tests.common import RoleCommon


@tagged("post_install", "-at_install")
class TestHrRole(RoleCommon):
    """HR officer in A, booker in B: A's employee files open, B's stay
    closed even with both companies ticked; B's colleagues stay visible as
    public profiles."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_hr = cls.env.ref("cluster_role_hr.role_hr")
        cls.officer = cls._create_user_with_roles(
            "annaig_hr",
            [(cls.role_hr, cls.company_a), (cls.role_booker, cls.company_b)],
        )
        Employee = cls.env["hr.employee"]
        cls.dancer_a = Employee.create(
            {
                "name": "Dancer A",
                "company_id": cls.company_a.id,
                "private_email": "dancer.a@home.example",
            }
        )
        cls.dancer_b = Employee.create(
            {
                "name": "Dancer B",
                "company_id": cls.company_b.id,
                "private_email": "dancer.b@home.example",
            }
        )
        cls.own_file_b = Employee.create(
            {
                "name": "Annaig in B",
                "company_id": cls.company_b.id,
                "user_id": cls.officer.id,
            }
        )

    def test_officer_reads_files_of_her_company(self):
        env = self._tick(self.officer, self.company_a)
        self.assertTrue(env.user.has_group("hr.group_hr_user"))
        self.assertEqual(
            env["hr.employee"].browse(self.dancer_a.id).private_email,
            "dancer.a@home.example",
        )

    def test_files_of_b_stay_closed_with_both_companies_ticked(self):
        env = self._tick(self.officer, self.company_a | self.company_b)
        self.assertTrue(env.user.has_group("hr.group_hr_user"))
        found = env["hr.employee"].search([("name", "like", "Dancer")])
        self.assertEqual(found, self.dancer_a)
        with self.assertRaises(AccessError):
            env["hr.employee"].browse(self.dancer_b.id).read(["private_email"])
        self.assertFalse(
            env["hr.employee"].name_search("Dancer B"),
            "name_search must not reveal B's employee files",
        )
        # Her own file in B stays hers, as in standard Odoo.
        self.assertEqual(
            env["hr.employee"].search([("user_id", "=", self.officer.id)]),
            self.own_file_b,
        )
        # The colleague is still a public profile, as for any employee.
        self.assertEqual(
            env["hr.employee.public"].search([("name", "=", "Dancer B")]).id,
            self.dancer_b.id,
        )

    def test_booker_alone_in_b_has_no_officer_rights(self):
        env = self._tick(self.officer, self.company_b)
        self.assertFalse(env.user.has_group("hr.group_hr_user"))
        with self.assertRaises(AccessError):
            env["hr.employee"].browse(self.dancer_b.id).read(["private_email"])

    def test_user_without_roles_keeps_standard_officer_rights(self):
        plain = self._create_user(
            "plain_hr",
            self.company_a | self.company_b,
            groups="base.group_user,hr.group_hr_user",
        )
        env = self.env(
            user=plain,
            context={"allowed_company_ids": (self.company_a | self.company_b).ids},
        )
        found = env["hr.employee"].search([("name", "like", "Dancer")])
        self.assertEqual(found, self.dancer_a | self.dancer_b)
