# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import io

import openpyxl

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import ConsolidationCommon


@tagged("post_install", "-at_install")
class TestWorkedExample(ConsolidationCommon):
    """The worked example of ConsolidationCommon, to the cent."""

    def _totals(self):
        groups = self.env["consolidation.run.line"]._read_group(
            [("run_id", "=", self.consolidation.id)], ["account_id"], ["amount:sum"]
        )
        return {
            account.code: round(amount, 2)
            for account, amount in groups
            if round(amount, 2)
        }

    def test_consolidated_figures_to_the_cent(self):
        self.consolidation.action_run()
        self.assertEqual(
            self._totals(),
            {
                "C100": 14493.75,
                "C150": 1500.00,
                "C300": -10000.00,
                "C310": -600.00,
                "C320": 591.75,
                "C330": -1197.50,
                "C400": -7300.00,
                "C410": -600.00,
                "C450": 792.00,
                "C500": 2220.00,
                "C590": 100.00,
            },
        )
        mismatch = self.consolidation.line_ids.filtered(
            lambda line: line.kind == "mismatch"
        )
        self.assertEqual(
            mismatch.company_id | mismatch.partner_company_id, self.p | self.q
        )
        self.assertEqual(self.consolidation.mismatch_count, 1)
        q_bank = self.consolidation.line_ids.filtered(
            lambda line: line.company_id == self.q and line.account_id.code == "C100"
        )
        self.assertAlmostEqual(q_bank.balance, 6390.0)
        self.assertAlmostEqual(q_bank.rate, 0.625)
        self.assertAlmostEqual(q_bank.amount, 3993.75)

    def test_bank_lines_with_a_member_are_never_eliminated(self):
        """Q pays P 300 €: P's bank line has Q as partner, but cash is the
        group's whatever its counterpart, and is never eliminated; only the
        receivable it settles is an intercompany balance."""
        self._entry(
            self.p,
            "2026-01-25",
            [("512000", 300.0, self.q), ("411100", -300.0, self.q)],
        )
        self.consolidation.action_run()
        eliminated = self.consolidation.line_ids.filtered(
            lambda line: line.kind == "elimination"
        )
        self.assertNotIn(self._account(self.p, "512000"), eliminated.member_account_id)
        self.assertIn(self._account(self.p, "411100"), eliminated.member_account_id)
        self.assertEqual(self._totals()["C100"], 14793.75)

    def test_an_associate_held_through_a_subsidiary_counts_in_full(self):
        """IAS 28.27: from 1 June 2025 P no longer holds R directly; Q, its
        60 % subsidiary, holds 25 % of it. The group's share of R is 25 %
        (P's interest through Q would be 15 %): R's investment line is 25 %
        of its net assets of 5,000, 1,250, not 750."""
        self._link(self.cluster, self.p, self.r, 0.0, "2025-06-01")
        self._link(self.cluster, self.q, self.r, 25.0, "2025-06-01")
        self.consolidation.action_run()
        self.assertEqual(self._totals()["C150"], 1250.0)
        self.assertEqual(self._totals()["C410"], -500.0)

    def test_an_equity_account_is_never_at_the_closing_rate(self):
        """IAS 21.39: equity stays at historical rates; the chart refuses
        the closing rate on an equity account."""
        with self.assertRaisesRegex(ValidationError, "equity account"):
            self.chart["C300"].rate_type = "closing"

    def test_run_again_and_lock(self):
        self.consolidation.action_run()
        count = len(self.consolidation.line_ids)
        self.consolidation.action_run()
        self.assertEqual(len(self.consolidation.line_ids), count)
        self.consolidation.action_lock()
        with self.assertRaisesRegex(UserError, "locked"):
            self.consolidation.action_run()
        with self.assertRaisesRegex(UserError, "locked"):
            self.consolidation.unlink()

    def test_missing_rate_stops_the_run(self):
        self.env["res.currency.rate"].search(
            [("currency_id.name", "=", "CAD"), ("company_id", "=", self.p.id)]
        ).unlink()
        with self.assertRaisesRegex(UserError, "no exchange rate for CAD"):
            self.consolidation.action_run()

    def test_unmapped_accounts_are_named(self):
        self._entry(
            self.q, "2026-01-21", [("512000", 10.0, None), ("999000", -10.0, None)]
        )
        with self.assertRaisesRegex(UserError, "Transat Conso Q: 999000"):
            self.consolidation.action_run()
        action = self.consolidation.action_view_unmapped()
        unmapped = self.env["consolidation.unmapped"].search(action["domain"])
        self.assertEqual(
            [(u.company_id, u.code, u.balance) for u in unmapped],
            [(self.q, "999000", -10.0)],
        )
        self.env["consolidation.mapping"].create(
            {
                "consolidation_account_id": self.chart["C400"].id,
                "account_id": self._account(self.q, "999000").id,
            }
        )
        self.consolidation.action_run()
        self.assertEqual(self.consolidation.state, "done")

    def test_drill_down_only_into_readable_books(self):
        self._approve(self.q)
        self._approve(self.r)
        self.consolidation.action_run()
        role = self.env.ref("cluster_consolidation.role_cluster_accountant")
        auditor = self._create_user_with_roles(
            "cluster_auditor",
            [
                (role, self.p),
                (self.role_accountant, self.p),
                (self.role_booker, self.q),
            ],
        )
        env = self._tick(auditor, self.p | self.q)
        lines = env["consolidation.run.line"].search(
            [("run_id", "=", self.consolidation.id)]
        )
        self.assertEqual(
            len(lines), len(self.consolidation.line_ids), "aggregates are all visible"
        )
        p_bank = lines.filtered(
            lambda line: (
                line.company_id == self.p
                and line.member_account_id
                and line.account_id.code == "C100"
            )
        )
        action = p_bank.action_view_journal_items()
        self.assertEqual(
            env["account.move.line"].search(action["domain"]).move_id, self.p_moves
        )
        q_bank = lines.filtered(
            lambda line: line.company_id == self.q and line.account_id.code == "C100"
        )
        with self.assertRaisesRegex(
            UserError, "may not read the books of Transat Conso Q"
        ):
            q_bank.action_view_journal_items()

    def test_only_cluster_accountants_of_the_head_read_runs(self):
        self.consolidation.action_run()
        accountant_q = self._create_user_with_roles(
            "accountant_q_conso", [(self.role_accountant, self.q)]
        )
        env = self._tick(accountant_q, self.q)
        with self.assertRaises(AccessError):
            env["consolidation.run"].search([])
        role = self.env.ref("cluster_consolidation.role_cluster_accountant")
        other_head = self._create_user_with_roles(
            "head_elsewhere", [(role, self.company_a)]
        )
        env = self._tick(other_head, self.company_a)
        self.assertFalse(env["consolidation.run"].search([]))
        self.assertFalse(env["consolidation.run.line"].search([]))
        with self.assertRaises(AccessError):
            env["ir.actions.report"]._render_xlsx(
                "cluster_consolidation.consolidation_xlsx", self.consolidation.ids, {}
            )

    def test_exports_with_the_previous_period(self):
        self.consolidation.action_run()
        action = self.consolidation.action_compare_previous()
        previous = self.consolidation.previous_run_id
        self.assertEqual(
            (str(previous.date_from), str(previous.date_to)),
            ("2025-12-01", "2025-12-31"),
        )
        self.assertEqual(previous.state, "done")
        self.assertEqual(
            self.env["consolidation.run.line"].search(action["domain"]).run_id,
            self.consolidation | previous,
        )
        content, kind = self.env["ir.actions.report"]._render_xlsx(
            "cluster_consolidation.consolidation_xlsx", self.consolidation.ids, {}
        )
        self.assertEqual(kind, "xlsx")
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        rows = {
            row[0]: row[1:]
            for row in workbook["Statements"].iter_rows(values_only=True)
            if row[0]
        }
        self.assertEqual(rows["C100 Cash"][:2], (14493.75, 500.0))
        self.assertEqual(rows["C400 Revenue"][:2], (-7300.0, -500.0))
        self.assertEqual(
            workbook["Lines"].max_row - 1, len(self.consolidation.line_ids)
        )
        statements = workbook["Statements"]
        self.assertEqual(statements.freeze_panes, "B4", "the header stays in view")
        self.assertTrue(
            [
                cell.value
                for cell in statements["B"]
                if str(cell.value).startswith("=SUM(B")
            ],
            "totals are formulas",
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "cluster_consolidation.report_consolidation", self.consolidation.ids
            )[0]
            .decode()
        )
        self.assertIn("Consolidated statements", html)
        self.assertIn("14,493.75", html)
        self.assertIn("Minority interests", html)
