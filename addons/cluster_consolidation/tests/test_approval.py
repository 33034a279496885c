# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import ConsolidationCommon


@tagged("post_install", "-at_install")
class TestConsolidationApproval(ConsolidationCommon):
    """Issue 12, finding 6: a member administrator of Q, also administrator
    of the cluster, gives herself the Cluster Accountant role in Q and tries
    to read every member's books through a consolidation."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_cluster_accountant = cls.env.ref(
            "cluster_consolidation.role_cluster_accountant"
        )
        cls.attacker = cls._create_user_with_roles(
            "conso_attacker",
            [(cls.role_member_admin, cls.q), (cls.role_cluster_admin, cls.q)],
        )
        cls.cluster.admin_user_ids = [Command.link(cls.attacker.id)]
        # an account of each member that maps onto nothing: the unmapped
        # accounts screen lists it with its balance
        for company, amount in ((cls.p, 111.0), (cls.q, 222.0), (cls.r, 333.0)):
            cls._entry(
                company,
                "2026-01-21",
                [("512000", amount, None), ("999000", -amount, None)],
            )
        cls.consolidation.action_view_unmapped()  # computed by P, the head

    def _attacker_env(self):
        env = self._tick(self.attacker, self.q)
        env["res.users.role.line"].create(
            {
                "user_id": self.attacker.id,
                "role_id": self.role_cluster_accountant.id,
                "company_id": self.q.id,
            }
        )
        return self._tick(self.attacker, self.q)

    def test_member_admin_cannot_change_what_is_consolidated(self):
        env = self._attacker_env()
        with self.assertRaisesRegex(AccessError, "Transat Conso P"):
            self.cluster.with_env(env).write({"parent_company_id": self.q.id})
        membership = self.cluster.membership_ids.filtered(
            lambda m: m.company_id == self.r
        )
        with self.assertRaises(AccessError):
            membership.with_env(env).write({"consolidation_method_manual": "full"})
        with self.assertRaises(AccessError):
            env["cluster.ownership"].create(
                {
                    "cluster_id": self.cluster.id,
                    "holder_id": self.q.id,
                    "held_id": self.r.id,
                    "percentage": 60.0,
                    "date_start": "2025-06-01",
                }
            )
        self.assertEqual(self.cluster.parent_company_id, self.p)

    def test_a_head_reads_no_member_that_did_not_approve_it(self):
        """Even with Q at the head of the group, its cluster accountant
        reads Q's figures and nothing of P's and R's books: P's past runs
        stay P's, and a new run is refused for the members that did not
        approve Q."""
        env = self._attacker_env()
        # as if P's accountant had agreed to these settings
        self.cluster.parent_company_id = self.q
        self.cluster.membership_ids.consolidation_method_manual = "full"
        self.assertFalse(env["consolidation.run"].search([]), "P's runs stay P's")
        self.assertFalse(
            env["consolidation.unmapped"].search([("company_id", "!=", self.q.id)])
        )
        Run = env["consolidation.run"]
        run = Run.browse(
            Run.web_save(
                {
                    "cluster_id": self.cluster.id,
                    "date_from": "2026-01-01",
                    "date_to": "2026-01-31",
                },
                {},
            )[0]["id"]
        )
        with self.assertRaisesRegex(UserError, "Not approved: Transat Conso P"):
            run.action_view_unmapped()
        with self.assertRaisesRegex(UserError, "Not approved"):
            run.action_run()
        self.assertFalse(
            env["consolidation.unmapped"].search([("company_id", "!=", self.q.id)])
        )
        run.company_ids = self.q
        action = run.action_view_unmapped()
        rows = env["consolidation.unmapped"].search(action["domain"])
        self.assertEqual([(r.company_id, r.balance) for r in rows], [(self.q, -222.0)])

    def test_a_withdrawn_approval_hides_the_member_again(self):
        approval_q = self._approve(self.q)
        self._approve(self.r)
        accountant = self._create_user_with_roles(
            "conso_head", [(self.role_cluster_accountant, self.p)]
        )
        env = self._tick(accountant, self.p)
        mapping = self.env["consolidation.mapping"].create(
            {"consolidation_account_id": self.chart["C400"].id, "prefix": "999"}
        )
        run = self.consolidation.with_env(env)
        run.action_run()
        lines = env["consolidation.run.line"].search([("run_id", "=", run.id)])
        self.assertIn(self.q, lines.company_id)
        # Q's member administrator withdraws the approval
        admin = self.env["res.users"].browse(approval_q.approved_by_id.id)
        admin_env = self._tick(admin, self.q)
        approval_q.with_env(admin_env).action_archive()
        lines = env["consolidation.run.line"].search([("run_id", "=", run.id)])
        self.assertEqual(lines.company_id, self.p | self.r)
        with self.assertRaisesRegex(UserError, "no longer yours to read"):
            run._statements()
        with self.assertRaisesRegex(UserError, "Not approved: Transat Conso Q"):
            run.action_run()
        mapping.unlink()

    def test_only_the_member_admin_approves_for_a_member(self):
        env = self._tick(self.attacker, self.q)
        with self.assertRaises(AccessError):
            env["consolidation.approval"].create(
                {"company_id": self.p.id, "parent_company_id": self.q.id}
            )
        # Q's member administrator approves P from the menu, as the web client
        Approval = env["consolidation.approval"]
        Approval.get_views([(False, "list"), (False, "form"), (False, "search")])
        spec = {
            "company_id": {"fields": {"display_name": {}}},
            "parent_company_id": {"fields": {"display_name": {}}},
            "cluster_id": {"fields": {"display_name": {}}},
            "approved_by_id": {"fields": {"display_name": {}}},
            "date": {},
            "active": {},
        }
        defaults = Approval.onchange({}, [], spec)["value"]
        self.assertEqual(defaults["company_id"]["id"], self.q.id)
        self.assertEqual(defaults["parent_company_id"]["id"], self.p.id)
        saved = Approval.web_save(
            {"company_id": self.q.id, "parent_company_id": self.p.id}, spec
        )[0]
        self.assertEqual(saved["approved_by_id"]["id"], self.attacker.id)
        approval = Approval.browse(saved["id"])
        with self.assertRaises(UserError):
            approval.write({"parent_company_id": self.q.id})

    def test_foreign_targets_are_refused(self):
        """Write-then-read: ids of another cluster's company or account in
        a writable many2one are refused, not read back by name."""
        foreign_account = self._account(self.company_a, "999000")
        head = self._create_user_with_roles(
            "conso_head_foreign", [(self.role_cluster_accountant, self.p)]
        )
        env = self._tick(head, self.p)
        with self.assertRaises(ValidationError):
            env["consolidation.mapping"].web_save(
                {
                    "consolidation_account_id": self.chart["C400"].id,
                    "account_id": foreign_account.id,
                },
                {"account_id": {"fields": {"display_name": {}}}},
            )
        with self.assertRaises(ValidationError):
            self.consolidation.with_env(env).web_save(
                {"company_ids": [Command.set(self.company_a.ids)]},
                {"company_ids": {"fields": {"display_name": {}}}},
            )
        with self.assertRaises(AccessError):
            self.consolidation.with_env(env).write(
                {"cluster_id": self.cluster_breizh.id}
            )
        admin_env = self._tick(self.attacker, self.q)
        with self.assertRaises(ValidationError):
            admin_env["consolidation.approval"].create(
                {"parent_company_id": self.company_a.id}
            )
