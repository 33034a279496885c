# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time
from lxml import etree

from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import RechargeCommon


class ArchMixin:
    def _arch(self, env, model, view_type, context=None):
        views = (
            env[model].with_context(**(context or {})).get_views([(False, view_type)])
        )
        return etree.fromstring(views["views"][view_type]["arch"])


@tagged("post_install", "-at_install")
class TestRechargeScreens(ArchMixin, RechargeCommon):
    """Issue 13: the employer of record and the companies served open the
    cost allocations through the web client's own calls, and read what
    they are shown."""

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

    def test_hours_in_one_format(self):
        env = self._tick(self.accountants["a"], self.company_a)
        for view_type in ("list", "form"):
            nodes = self._arch(env, "cluster.staff.allocation", view_type).xpath(
                "//field[@name='hours']"
            )
            with self.subTest(view=view_type):
                self.assertTrue(nodes)
                self.assertEqual({node.get("widget") for node in nodes}, {"float_time"})

    def test_accountant_of_a_company_served_opens_cost_allocations(self):
        env = self._env(self.accountants["b"], self.company_b)
        allocations = self._open(
            env, "cluster_shared_staff_recharge.action_staff_allocation"
        )
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
        self._open(env, "cluster_shared_staff_recharge.action_staff_allocation_line")
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
        self._open(env, "cluster_shared_staff_recharge.action_staff_allocation")
        self._open(env, "cluster_shared_staff_recharge.action_staff_allocation_line")
        self._open(env, "cluster_shared_staff.action_staff_report")


@tagged("post_install", "-at_install")
class TestRechargeUx(ArchMixin, RechargeCommon):
    """Issue 13, item 10: what the employer of record reads of a split."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # November: 5 h for A, 7:30 for B (2 h in October), 20 h for C
        cls._log("a", 5.0, "2026-11-03")
        cls._log("b", 7.5, "2026-11-04")
        cls._log("b", 2.0, "2026-10-04")
        cls._log("c", 20.0, "2026-11-01")

    def test_allocation_shows_the_fixed_and_the_time_part(self):
        """Mixed, 40 % by keys 50/30/20, 60 % by the 5, 7:30 and 20 hours
        of 32:30: the fixed parts are 40 % of 3,000.01 by keys."""
        self.agreement.write({"allocation_method": "mixed", "fixed_percent": 40.0})
        allocation = self.env["cluster.staff.allocation"].create(
            {"agreement_id": self.agreement.id, "date_from": "2026-11-01"}
        )
        allocation.action_compute()
        parts = {
            line.company_id: (line.fixed_amount, line.time_amount, line.amount)
            for line in allocation.line_ids
        }
        self.assertEqual(
            {company: round(fixed, 2) for company, (fixed, _t, _a) in parts.items()},
            {self.company_a: 600.00, self.company_b: 360.00, self.company_c: 240.00},
        )
        for fixed, by_time, amount in parts.values():
            self.assertAlmostEqual(fixed + by_time, amount, places=2)
        self.assertAlmostEqual(sum(p[1] for p in parts.values()), 1800.01, places=2)
        env = self._tick(self.accountants["a"], self.company_a)
        arch = self._arch(env, "cluster.staff.allocation", "form")
        for name in ("fixed_amount", "time_amount"):
            self.assertTrue(
                arch.xpath(f"//field[@name='line_ids']//field[@name='{name}']")
            )

    def test_rerun_says_what_changed(self):
        env = self._tick(self.accountants["a"], self.company_a)
        allocation = env["cluster.staff.allocation"].create(
            {"agreement_id": self.agreement.id, "date_from": "2026-11-01"}
        )
        allocation.action_compute()
        again = allocation.action_compute()
        self.assertEqual(
            again["params"]["message"], "No share changed since the last run."
        )
        self._log("a", 10.0, "2026-11-20", name="Logged late")
        changed = allocation.action_compute()["params"]["message"]
        lines = changed.splitlines()
        self.assertEqual(len(lines), 3, changed)
        self.assertTrue(lines[0].startswith("Ar Men Test: "))
        self.assertIn("→", lines[0])
        # the chatter, read by every company charged, says nothing of it
        self.assertNotIn("Kan Diskan", " ".join(allocation.message_ids.mapped("body")))

    def test_recharges_list_shows_the_customer(self):
        env = self._tick(self.accountants["a"], self.company_a)
        allocation = env["cluster.staff.allocation"].create(
            {"agreement_id": self.agreement.id, "date_from": "2026-11-01"}
        )
        allocation.action_compute()
        allocation.action_recharge()
        action = allocation.action_view_moves()
        arch = self._arch(env, "account.move", "list", action["context"])
        customer = arch.xpath(
            "//field[@name='invoice_partner_display_name'][@string='Customer']"
        )
        self.assertTrue(customer)
        self.assertFalse(
            safe_eval(
                customer[0].get("column_invisible"), {"context": action["context"]}
            )
        )
        moves = env["account.move"].search(action["domain"])
        self.assertEqual(
            set(moves.mapped("invoice_partner_display_name")),
            {self.company_b.name, self.company_c.name},
        )
