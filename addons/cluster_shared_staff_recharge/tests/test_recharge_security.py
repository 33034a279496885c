# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import RechargeCommon


@tagged("post_install", "-at_install")
class TestRechargeSecurity(RechargeCommon):
    """Issue 12: only the employer of record sets the cost, and a recharge
    document or a share points at nothing of another company."""

    def test_served_company_cannot_rewrite_the_cost(self):
        """Kan Diskan's accountant reads the agreement's keys and cost, but
        only Ar Men changes them."""
        env_b = self._tick(self.accountants["b"], self.company_b)
        agreement = self.agreement.with_env(env_b)
        served_b = agreement.served_ids.filtered(
            lambda m: m.company_id == self.company_b
        )
        self.assertEqual(served_b.key_percent, 30.0)
        self.assertEqual(agreement.cost_ids.amount, 3000.01)
        with self.assertRaises(AccessError):
            served_b.write({"key_percent": 1.0})
        with self.assertRaises(AccessError):
            agreement.cost_ids.write({"amount": 1.0})

    def test_invoice_cannot_point_at_another_companys_allocation(self):
        self._log("a", 10.0, "2026-11-03")
        allocation = self.env["cluster.staff.allocation"].create(
            {"agreement_id": self.agreement.id, "date_from": "2026-11-01"}
        )
        accountant_p = self._create_user_with_roles(
            "accountant_p", [(self.role_accountant, self.company_p)]
        )
        env_p = self._tick(accountant_p, self.company_p)
        self.env["account.chart.template"].try_loading(
            "generic_coa", self.company_p, install_demo=False
        )
        with self.assertRaises(ValidationError) as caught:
            env_p["account.move"].create(
                {
                    "move_type": "out_invoice",
                    "company_id": self.company_p.id,
                    "staff_allocation_id": allocation.id,
                }
            )
        self.assertNotIn("Maëlle", str(caught.exception))

    def test_share_cannot_charge_a_company_not_served(self):
        self._log("a", 10.0, "2026-11-03")
        allocation = self.env["cluster.staff.allocation"].create(
            {"agreement_id": self.agreement.id, "date_from": "2026-11-01"}
        )
        env_a = self._tick(self.accountants["a"], self.company_a)
        with self.assertRaises(ValidationError):
            env_a["cluster.staff.allocation.line"].create(
                {"allocation_id": allocation.id, "company_id": self.company_p.id}
            )
