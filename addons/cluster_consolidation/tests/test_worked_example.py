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

    def test_a_mismatch_within_the_cluster_tolerance_is_not_reported(self):
        """The worked example's 100 EUR mismatch between P and Q: reported
        with a tolerance of 99.99, not with one of 100; its line stays."""
        self.consolidation.action_run()
        self.cluster.consolidation_mismatch_tolerance = 99.99
        self.consolidation.invalidate_recordset(["mismatch_count"])
        self.assertEqual(self.consolidation.mismatch_count, 1)
        self.cluster.consolidation_mismatch_tolerance = 100.0
        self.consolidation.invalidate_recordset(["mismatch_count"])
        self.assertEqual(self.consolidation.mismatch_count, 0)
        self.assertTrue(
            self.consolidation.line_ids.filtered(lambda line: line.kind == "mismatch")
        )

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

    def test_drill_down_opens_the_member_books_in_its_context(self):
        """A cluster accountant of P who also keeps Q's books: with P alone
        ticked, a Q line says to tick Q (the groups of Q's role apply only
        then); with both ticked, whichever is current, it opens on to Q's
        journal items in Q's context, and they add up to exactly the line
        (Q's bank 6,390 CAD; its payable to P is on a line of its own)."""
        self._approve(self.q)
        self.consolidation.action_run()
        role = self.env.ref("cluster_consolidation.role_cluster_accountant")
        auditor = self._create_user_with_roles(
            "cluster_auditor_q",
            [(role, self.p), (self.role_accountant, self.q)],
        )
        domain = [
            ("run_id", "=", self.consolidation.id),
            ("company_id", "=", self.q.id),
            ("member_account_id", "!=", False),
        ]
        env = self._tick(auditor, self.p)
        line = env["consolidation.run.line"].search(domain, limit=1)
        with self.assertRaisesRegex(UserError, "Tick Transat Conso Q"):
            line.action_view_journal_items()
        env = self._tick(auditor, self.p | self.q)
        lines = env["consolidation.run.line"].search(domain)
        self.assertGreaterEqual(len(lines), 3)
        for line in lines:
            action = line.action_view_journal_items()
            self.assertEqual(
                action["context"]["allowed_company_ids"], [self.q.id, self.p.id]
            )
            items = (
                env["account.move.line"]
                .with_context(**action["context"])
                .search_read(action["domain"], ["balance"])
            )
            # an elimination line reverses the items it eliminates
            sign = -1 if line.kind in ("elimination", "mismatch") else 1
            self.assertAlmostEqual(
                sum(item["balance"] for item in items),
                sign * line.balance,
                msg=f"{line.account_id.code} {line.kind}",
            )

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

    def test_statements_read_as_an_accountant_reads_them(self):
        """The worked example's run as statements: credits positive on the
        right side, the result of the period in equity (the owners' share,
        7,300 + 600 - 2,220 - 100 - 792 = 4,788), assets 14,493.75 + 1,500 =
        15,993.75 = equity 10,000 + 600 - 591.75 + 1,197.50 + 4,788."""
        self.consolidation.action_run()
        statements = self.consolidation._statements()
        sheet = {row.label: row for row in statements["balance_sheet"]}
        self.assertEqual(
            [row.label for row in statements["balance_sheet"] if row.kind == "section"],
            ["Assets", "Equity", "Liabilities"],
        )
        self.assertAlmostEqual(sheet["Total assets"].amount, 15993.75)
        self.assertAlmostEqual(sheet["Result of the period"].amount, 4788.0)
        self.assertAlmostEqual(sheet["C320 Translation difference"].amount, -591.75)
        self.assertAlmostEqual(sheet["Total equity and liabilities"].amount, 15993.75)
        result = {row.label: row for row in statements["profit_or_loss"]}
        self.assertAlmostEqual(result["C400 Revenue"].amount, 7300.0)
        self.assertAlmostEqual(result["Net result"].amount, 5580.0)
        self.assertAlmostEqual(
            result["Attributable to minority interests"].amount, 792.0
        )
        self.assertAlmostEqual(
            result["Attributable to owners of the parent"].amount, 4788.0
        )
        oci = {row.label: row for row in statements["oci"]}
        self.assertAlmostEqual(
            oci["Total comprehensive income"].amount, 5580.0 - 591.75
        )

    def test_exports_with_the_previous_period(self):
        """The previous period is beside the run, never added to it
        (December 2025: P's 500 sale alone)."""
        self.consolidation.action_run()
        action = self.consolidation.action_compare_previous()
        previous = self.consolidation.previous_run_id
        self.assertEqual(
            (str(previous.date_from), str(previous.date_to)),
            ("2025-12-01", "2025-12-31"),
        )
        self.assertEqual(previous.state, "done")
        rows = {
            row.name: row
            for row in self.env["consolidation.statement.line"].search(action["domain"])
        }
        self.assertEqual({row.run_id for row in rows.values()}, {self.consolidation})
        self.assertAlmostEqual(rows["C100 Cash"].amount, 14493.75)
        self.assertAlmostEqual(rows["C100 Cash"].previous, 500.0)
        self.assertAlmostEqual(rows["C100 Cash"].variance, 13993.75)
        self.assertAlmostEqual(rows["C100 Cash"].variance_percent, 2798.8)
        content, kind = self.env["ir.actions.report"]._render_xlsx(
            "cluster_consolidation.consolidation_xlsx", self.consolidation.ids, {}
        )
        self.assertEqual(kind, "xlsx")
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        statements = workbook["Statements"]
        rows = {
            row[0]: row[1:] for row in statements.iter_rows(values_only=True) if row[0]
        }
        self.assertEqual(rows["C100 Cash"][:2], (14493.75, 500.0))
        self.assertEqual(rows["C400 Revenue"][:2], (7300.0, 500.0))
        self.assertEqual(
            workbook["Lines"].max_row - 1, len(self.consolidation.line_ids)
        )
        self.assertEqual(statements.freeze_panes, "B4", "the header stays in view")
        self.assertTrue(
            [
                cell.value
                for cell in statements["B"]
                if str(cell.value).startswith("=SUM(B")
            ],
            "totals are formulas",
        )
        self.assertTrue(
            [
                cell.value
                for cell in statements["D"]
                if str(cell.value).startswith("=B")
            ],
            "variances are formulas",
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "cluster_consolidation.report_consolidation", self.consolidation.ids
            )[0]
            .decode()
        )
        self.assertIn("Consolidated balance sheet", html)
        self.assertIn("Total equity and liabilities", html)
        self.assertIn("15,993.75", html)
        self.assertIn("Consolidated statement of changes in equity", html)
