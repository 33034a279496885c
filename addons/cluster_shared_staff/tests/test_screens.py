# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import date

from freezegun import freeze_time
from lxml import etree

from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import StaffCommon

RELATIONAL = ("many2one", "one2many", "many2many")
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
        cls.allocation = cls.env["cluster.staff.allocation"].create(
            {"agreement_id": cls.agreement.id, "date_from": "2026-11-01"}
        )
        cls.allocation.action_compute()
        cls.plain = cls._create_user("plain_employee", cls.company_a)
        cls.env["hr.employee"].create(
            {"name": "Plain", "user_id": cls.plain.id, "company_id": cls.company_a.id}
        )
        cls.hr_officer = cls._create_user_with_roles(
            "hr_officer_a", [(cls.env.ref("cluster_role_hr.role_hr"), cls.company_a)]
        )
        cls.admin = cls.env.ref("base.user_admin")
        cls.admin.company_ids |= cls.companies

    def _env(self, user, company):
        env = self._tick(user, company)
        return env(context=dict(env.context, lang="en_US", tz="Europe/Paris"))

    def _spec(self, env, model, arch):
        fields = env[model].fields_get()
        return self._node_spec(env, model, etree.fromstring(arch), fields)

    def _node_spec(self, env, model, node, fields):
        spec = {}
        for child in node.iterchildren(tag=etree.Element):
            if child.tag != "field":
                spec.update(self._node_spec(env, model, child, fields))
                continue
            name = child.get("name")
            field = fields.get(name)
            if not field:
                continue
            if field["type"] not in RELATIONAL:
                spec[name] = {}
                continue
            sub_spec = {"display_name": {}}
            comodel = field["relation"]
            comodel_fields = None
            for sub_view in child.iterchildren(tag=etree.Element):
                if sub_view.tag in ("list", "kanban", "form"):
                    comodel_fields = comodel_fields or env[comodel].fields_get()
                    sub_spec.update(
                        self._node_spec(env, comodel, sub_view, comodel_fields)
                    )
            spec[name] = {"fields": sub_spec}
        return spec

    def _open(self, env, xmlid, limit=3, only=None):
        """Open the action ``xmlid``: its views (those of ``only`` if given),
        its records in each multi-record view, the form of its first records
        and of a new one. Returns the records read."""
        # a request starts with an empty cache: nothing read as superuser
        # while setting the test up may show through
        env.invalidate_all()
        action = env["ir.actions.act_window"]._for_xml_id(xmlid)
        eval_context = {
            "uid": env.uid,
            "allowed_company_ids": env.companies.ids,
            "active_id": False,
            "context_today": date.today,
        }
        context = dict(
            env.context, **safe_eval(action.get("context") or "{}", eval_context)
        )
        domain = safe_eval(action.get("domain") or "[]", eval_context)
        Model = env[action["res_model"]].with_context(**context)
        view_types = [
            view_type
            for _id, view_type in action["views"]
            if not only or view_type in only
        ]
        if "form" not in view_types:
            view_types.append("form")
        result = Model.get_views(
            [(False, view_type) for view_type in view_types] + [(False, "search")],
            {"toolbar": True, "load_filters": True},
        )
        ids = []
        for view_type in view_types:
            arch = result["views"][view_type]["arch"]
            if view_type in ("form", "activity"):
                continue
            spec = self._spec(env, Model._name, arch)
            if view_type in ("pivot", "graph"):
                Model.web_read_group(domain, list(spec), [])
                continue
            records = Model.web_search_read(domain, spec, limit=limit)["records"]
            ids += [record["id"] for record in records]
        form_spec = self._spec(env, Model._name, result["views"]["form"]["arch"])
        records = Model.browse(sorted(set(ids))[:limit])
        records.web_read(form_spec)
        if Model.has_access("create"):
            Model.onchange({}, [], form_spec)
        return records

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

    def test_accountant_of_a_company_served_opens_cost_allocations(self):
        env = self._env(self.accountants["b"], self.company_b)
        allocations = self._open(env, "cluster_shared_staff.action_staff_allocation")
        self.assertEqual(allocations, self.allocation)
        self.assertEqual(
            env["cluster.staff.allocation.line"]
            .search([("allocation_id", "=", self.allocation.id)])
            .company_id,
            self.company_b,
            "its own share only",
        )
        self.assertFalse(allocations.is_employer, "Compute and Recharge are hidden")
        agreements = self._open(env, "cluster_shared_staff.action_staff_agreement")
        self.assertEqual(agreements, self.agreement)
        self.assertFalse(agreements.is_employer)
        with freeze_time("2026-12-15"):
            action = agreements.action_allocate_last_period()
        self.assertEqual(action["res_id"], self.allocation.id, "opens the period")
        self._open(env, "cluster_shared_staff.action_staff_allocation_line")
        self._open(env, "cluster_shared_staff.action_staff_report")

    def test_employer_accountant_allocates_and_recharges(self):
        env = self._env(self.accountants["a"], self.company_a)
        agreements = self._open(env, "cluster_shared_staff.action_staff_agreement")
        self.assertTrue(agreements.is_employer)
        with freeze_time("2026-12-15"):
            action = agreements.action_allocate_last_period()
        allocation = env["cluster.staff.allocation"].browse(action["res_id"])
        self.assertEqual(allocation, self.allocation)
        self.assertTrue(allocation.is_employer)
        allocation.action_compute()
        self.assertTrue(allocation.action_recharge())
        self._open(env, "cluster_shared_staff.action_staff_allocation")
        self._open(env, "cluster_shared_staff.action_staff_allocation_line")
        self._open(env, "cluster_shared_staff.action_staff_report")

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
