# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import BaseCase, tagged

from ..lib import split
from .common import RechargeCommon


@tagged("post_install", "-at_install")
class TestSplit(BaseCase):
    def test_split_doctests(self):
        """The split is exact to the cent: the worked examples hold."""
        result = doctest.testmod(split)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)


@tagged("post_install", "-at_install")
class TestAllocation(RechargeCommon):
    """November 2026: Maëlle logs 10 h for A, 30 h for B and 20 h for C.
    Her month costs 3,000.01 €.

    By time, the weights are 10/60, 30/60 and 20/60 of 300,001 cents:
    50,000.17, 150,000.50 and 100,000.33 cents. Rounded down: 50,000 +
    150,000 + 100,000 = 300,000 cents, one cent left, which goes to the
    largest remainder, B's 0.50. A pays 500.00, B 1,500.01, C 1,000.00:
    3,000.01 exactly.

    By keys 50/30/20: 1,500.005, 900.003, 600.002 → 1,500.00, 900.00,
    600.00 and one cent left to A's remainder 0.5: A 1,500.01.

    Mixed, 40 % by keys and 60 % by time: A 0.4*0.5 + 0.6*1/6 = 0.3,
    B 0.4*0.3 + 0.6*0.5 = 0.42, C 0.4*0.2 + 0.6*1/3 = 0.28:
    900.003 → 900.00, 1,260.0042 → 1,260.00, 840.0028 → 840.00, one
    cent left to B's remainder 0.42 (the largest): B 1,260.01.

    C logs 30 h more after the recharge: 10/90, 30/90, 50/90 of 300,001
    cents are 33,333.44, 100,000.33 and 166,667.22; the cent left goes to
    A. A 333.34, B 1,000.00, C 1,666.67: B gets a credit note of 500.01,
    C an invoice of 666.67.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._log("a", 10.0, "2026-11-03")
        cls._log("b", 30.0, "2026-11-30")
        cls._log("c", 20.0, "2026-11-01")
        # outside the period: never counted
        cls._log("b", 8.0, "2026-12-01")
        cls._log("c", 8.0, "2026-10-31")

    def _allocate(self, **agreement_values):
        if agreement_values:
            self.agreement.write(agreement_values)
        allocation = self.env["cluster.staff.allocation"].create(
            {"agreement_id": self.agreement.id, "date_from": "2026-11-01"}
        )
        allocation.action_compute()
        return allocation

    def _shares(self, allocation):
        return {line.company_id: round(line.amount, 2) for line in allocation.line_ids}

    def test_by_time(self):
        allocation = self._allocate()
        self.assertEqual(allocation.date_to, self._d("2026-11-30"))
        self.assertAlmostEqual(allocation.hours, 60.0)
        self.assertAlmostEqual(allocation.cost, 3000.01)
        self.assertEqual(
            self._shares(allocation),
            {self.company_a: 500.00, self.company_b: 1500.01, self.company_c: 1000.00},
        )
        self.assertAlmostEqual(sum(allocation.line_ids.mapped("amount")), 3000.01)

    def test_by_keys(self):
        allocation = self._allocate(allocation_method="keys")
        self.assertEqual(
            self._shares(allocation),
            {self.company_a: 1500.01, self.company_b: 900.00, self.company_c: 600.00},
        )

    def test_mixed(self):
        allocation = self._allocate(allocation_method="mixed", fixed_percent=40.0)
        self.assertEqual(
            self._shares(allocation),
            {self.company_a: 900.00, self.company_b: 1260.01, self.company_c: 840.00},
        )

    def test_hourly_cost(self):
        self.agreement.cost_ids.write({"basis": "hourly", "amount": 45.5})
        allocation = self._allocate()
        self.assertAlmostEqual(allocation.cost, 60 * 45.5)
        self.assertEqual(
            self._shares(allocation),
            {self.company_a: 455.00, self.company_b: 1365.00, self.company_c: 910.00},
        )

    def test_keys_must_add_up_to_100(self):
        # assertRaises (not ...Regex) rolls the failed write back, as the
        # web client's transaction would be
        with self.assertRaises(ValidationError) as caught:
            self.agreement.write(
                {
                    "allocation_method": "keys",
                    "served_ids": [
                        Command.update(
                            self.agreement.served_ids[0].id, {"key_percent": 40.0}
                        )
                    ],
                }
            )
        self.assertIn("add up to 90.0 %", str(caught.exception))
        self.assertEqual(self.agreement.served_ids[0].key_percent, 50.0)

    def test_no_cost_for_the_period(self):
        self.agreement.cost_ids.date_from = "2026-12-01"
        with self.assertRaisesRegex(UserError, "has no cost for November 2026"):
            self._allocate()

    def test_member_without_employee_record(self):
        self.employees["c"].active = False
        self.agreement.invalidate_recordset()
        self.agreement.served_ids.invalidate_recordset()
        with self.assertRaisesRegex(
            ValidationError, "no employee record in Tro Breizh"
        ):
            self.agreement.copy()

    def _log_elsewhere(self, company, hours=2.0):
        self.maelle.company_ids |= company
        project = self.env["project.project"].create(
            {"name": f"{company.name} tour", "company_id": company.id}
        )
        employee = self.env["hr.employee"].create(
            {"name": "Maëlle", "user_id": self.maelle.id, "company_id": company.id}
        )
        self.env["account.analytic.line"].create(
            {
                "name": "Help",
                "project_id": project.id,
                "employee_id": employee.id,
                "unit_amount": hours,
                "date": "2026-11-12",
            }
        )

    def test_time_logged_in_another_cluster_is_not_counted(self):
        """Her hours in another cluster's company are none of the employer's
        business: neither counted nor named."""
        self._log_elsewhere(self.company_p)
        allocation = self._allocate()
        self.assertAlmostEqual(allocation.hours, 60.0)

    def test_time_logged_outside_the_agreement(self):
        company_d = self._create_company(name="Mor Glaz Test")
        self.env["cluster.membership"].create(
            {
                "cluster_id": self.cluster_breizh.id,
                "company_id": company_d.id,
                "cost_share": 0.0,
                "date_start": "2024-01-01",
            }
        )
        self._log_elsewhere(company_d)
        with self.assertRaises(UserError) as caught:
            self._allocate()
        self.assertIn("does not serve", str(caught.exception))
        self.assertNotIn("Mor Glaz", str(caught.exception))

    def test_no_allocation_before_every_company_confirmed(self):
        self.agreement.served_ids.filtered(
            lambda m: m.company_id == self.company_c
        ).company_id = self.company_c
        served_c = self.agreement.served_ids.filtered(
            lambda m: m.company_id == self.company_c
        )
        self.assertEqual(served_c.state, "proposed", "to confirm again")
        with self.assertRaisesRegex(UserError, "confirmed its participation"):
            self._allocate()

    def test_period_must_start_a_month_or_quarter(self):
        with self.assertRaisesRegex(ValidationError, "first day"):
            self.env["cluster.staff.allocation"].create(
                {"agreement_id": self.agreement.id, "date_from": "2026-11-02"}
            )
        self.agreement.recharge_frequency = "quarterly"
        with self.assertRaisesRegex(ValidationError, "first day"):
            self.env["cluster.staff.allocation"].create(
                {"agreement_id": self.agreement.id, "date_from": "2026-11-01"}
            )

    def _bills(self, company):
        return (
            self.env["account.move"]
            .sudo()
            .search(
                [
                    ("company_id", "=", company.id),
                    ("move_type", "in", ("in_invoice", "in_refund")),
                ]
            )
        )

    def test_recharge_is_idempotent_and_corrects_by_new_documents(self):
        allocation = self._allocate()
        allocation.with_user(self.accountants["a"]).with_context(
            allowed_company_ids=self.company_a.ids
        ).action_recharge()
        invoices = allocation.move_ids
        self.assertEqual(len(invoices), 2, "A pays its own share: B and C only")
        self.assertEqual(set(invoices.mapped("state")), {"posted"})
        self.assertEqual(
            {m.partner_id: m.amount_total for m in invoices},
            {self.company_b.partner_id: 1500.01, self.company_c.partner_id: 1000.00},
        )
        bill_b = self._bills(self.company_b)
        self.assertEqual(
            bill_b.auto_invoice_id,
            invoices.filtered(lambda m: m.partner_id == self.company_b.partner_id),
        )
        self.assertEqual(bill_b.state, "posted")
        self.assertEqual(bill_b.amount_total, 1500.01)
        self.assertEqual(bill_b.partner_id, self.company_a.partner_id)

        # the same period again: nothing new
        allocation.action_compute()
        self.assertFalse(allocation.to_recharge)
        self.assertFalse(allocation.action_recharge())
        self.assertEqual(allocation.move_ids, invoices)

        # time logged late in C, after the recharge was posted
        self._log("c", 30.0, "2026-11-28", name="Festival file, logged late")
        allocation.action_compute()
        self.assertEqual(
            self._shares(allocation),
            {self.company_a: 333.34, self.company_b: 1000.00, self.company_c: 1666.67},
        )
        corrections = allocation.action_recharge()
        self.assertEqual(
            sorted(
                (m.partner_id.name, m.move_type, m.amount_total) for m in corrections
            ),
            [
                ("Kan Diskan Test", "out_refund", 500.01),
                ("Tro Breizh Test", "out_invoice", 666.67),
            ],
        )
        # posted documents were never touched
        self.assertEqual(
            {m.partner_id: m.amount_total for m in invoices},
            {self.company_b.partner_id: 1500.01, self.company_c.partner_id: 1000.00},
        )
        self.assertEqual(set(invoices.mapped("state")), {"posted"})
        self.assertEqual(
            {
                line.company_id: round(line.recharged_amount, 2)
                for line in allocation.line_ids
                if line.company_id != self.company_a
            },
            {self.company_b: 1000.00, self.company_c: 1666.67},
        )
        self.assertEqual(
            sorted(self._bills(self.company_b).mapped("move_type")),
            ["in_invoice", "in_refund"],
        )
        self.assertFalse(allocation.action_recharge())

    def test_member_sees_its_share_only(self):
        allocation = self._allocate()
        env_b = self._tick(self.accountants["b"], self.company_b)
        lines = env_b["cluster.staff.allocation.line"].search(
            [("allocation_id", "=", allocation.id)]
        )
        self.assertEqual(lines.company_id, self.company_b)
        env_a = self._tick(self.accountants["a"], self.company_a)
        self.assertEqual(
            len(
                env_a["cluster.staff.allocation.line"].search(
                    [("allocation_id", "=", allocation.id)]
                )
            ),
            3,
        )
