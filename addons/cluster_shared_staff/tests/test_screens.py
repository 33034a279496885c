# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


from odoo.tests import tagged

from .common import StaffCommon

# the views of the employees that this module changes (the sharing tab of the
# form) or that the issue names (the hierarchy of the org chart)
EMPLOYEE_VIEWS = ("hierarchy", "kanban", "list", "form")


@tagged("post_install", "-at_install")
class TestScreens(StaffCommon):
    """Issue 13: each role opens the screens it is shown, through the web
    client's own calls, and presses the buttons it is shown."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._log("a", 10.0, "2026-11-03")
        cls._log("b", 30.0, "2026-11-30")
        cls._log("c", 20.0, "2026-11-01")
        cls.plain = cls._create_user("plain_employee", cls.company_a)
        cls.env["hr.employee"].create(
            {"name": "Plain", "user_id": cls.plain.id, "company_id": cls.company_a.id}
        )
        cls.hr_officer = cls._create_user_with_roles(
            "hr_officer_a", [(cls.env.ref("cluster_role_hr.role_hr"), cls.company_a)]
        )
        cls.admin = cls.env.ref("base.user_admin")
        cls.admin.company_ids |= cls.companies

    def test_everyone_opens_the_employees_and_the_org_chart(self):
        users = {
            "plain employee": (self.plain, self.company_a),
            "administrator": (self.admin, self.company_a),
            "HR officer": (self.hr_officer, self.company_a),
            "accountant of a company served": (self.accountants["b"], self.company_b),
            "booker shared": (self.maelle, self.company_a),
        }
        for name, (user, company) in users.items():
            env = self._env(user, company)
            with self.subTest(user=name):
                self.assertTrue(
                    self._open(
                        env, "hr.open_view_employee_list_my", only=EMPLOYEE_VIEWS
                    )
                )
            # the Org Chart menu is the HR officers'
            if env.user.has_group("hr.group_hr_user"):
                with self.subTest(user=name, menu="Org Chart"):
                    self.assertTrue(
                        self._open(
                            env,
                            "hr_org_chart.action_hr_employee_org_chart",
                            only=EMPLOYEE_VIEWS,
                        )
                    )

    def test_hr_officer_sees_the_sharing_of_an_employee(self):
        env = self._env(self.hr_officer, self.company_a)
        employee = self.employees["a"].with_env(env)
        self.assertEqual(employee.staff_agreement_ids, self.agreement)

    def test_member_admin_opens_staff_sharing(self):
        env = self._env(self.admins["b"], self.company_b)
        served = self._open(env, "cluster_shared_staff.action_staff_agreement_member")
        served_b = self.agreement.served_ids.filtered(
            lambda m: m.company_id == self.company_b
        )
        self.assertIn(served_b, served)
        self.assertEqual(set(served.mapped("state")), {"confirmed"})
        agreement = self.agreement.with_env(env)
        form = self._spec(
            env,
            "cluster.staff.agreement",
            env["cluster.staff.agreement"].get_views([(False, "form")])["views"][
                "form"
            ]["arch"],
        )
        agreement.web_read(form)
        self.assertFalse(served_b.with_env(env).can_confirm, "already confirmed")

    def test_booking_manager_opens_her_reports(self):
        env = self._env(self.managers["b"], self.company_b)
        report = self.agreement._get_report(
            self.company_b, self._d("2026-11-01"), self._d("2026-11-30")
        )
        report.with_env(env).action_compute()
        self.assertEqual(
            self._open(env, "cluster_shared_staff.action_staff_report"), report
        )
        self._open(env, "cluster_shared_staff.action_staff_report_line")
        self._open(env, "cluster_shared_staff.action_staff_agreement")
