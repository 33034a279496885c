import io

import openpyxl

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from odoo.addons.cluster_role.tests.common import RoleCommon


@tagged("post_install", "-at_install")
class TestWorkedExample(RoleCommon):
    """January 2026, in EUR. P (EUR) is the head, holds 60 % of Q (CAD, full
    method) and 30 % of R (EUR, equity method). All three joined on 1
    January 2025.

    CAD rates in P's table: 1.00 on 2025-01-01, 1.25 on 2026-01-01, 1.60 on
    2026-01-16. A CAD amount is worth amount / rate in EUR:

    * historical (2025-01-01): 1 / 1.00 = 1
    * closing (2026-01-31): 1 / 1.60 = 0.625
    * average over the 31 days: (15 x 0.8 + 16 x 0.625) / 31 = 22/31

    P, EUR, weight 1: bank 10,500 (500 of it from a December 2025 sale);
    receivable from Q 1,000; capital -8,000; revenue from Q -1,000; other
    revenue -4,000; costs 2,000. December's -500 sale is last year's result:
    retained earnings -500.

    Q, CAD, weight 1 (full), interest 60 %:

    ===================  =========  ==============  ==========
    account              CAD        rate            EUR
    ===================  =========  ==============  ==========
    bank                 6,390.00   0.625           3,993.75
    payable to P        -1,600.00   0.625          -1,000.00
    capital             -2,000.00   1              -2,000.00
    revenue             -4,650.00   22/31          -3,300.00
    costs billed by P    1,550.00   22/31           1,100.00
    other costs            310.00   22/31             220.00
    ===================  =========  ==============  ==========

    The EUR column sums to -986.25: Q's CTA is +986.25. Q's equity in EUR
    is -2,000 - 3,300 + 1,100 + 220 + 986.25 = -2,993.75 (its net assets,
    3,993.75 - 1,000, negated). Minority interests: 40 % x -2,993.75 =
    -1,197.50, moved out of retained earnings (+1,197.50).

    R, EUR, equity method: bank 5,000, capital -3,000, revenue -4,000,
    costs 2,000; net assets 5,000. Investment 30 % x 5,000 = 1,500, against
    share of result of associates -1,500. None of R's lines is added.

    Eliminations between P and Q: P's receivable +1,000 and revenue -1,000,
    Q's payable -1,000 and costs +1,100 are reversed. They sum to +100 (Q's
    costs were translated at the average rate, P's revenue is in EUR): a
    mismatch of 100 on its own line.

    Consolidated: bank 10,500 + 3,993.75 = 14,493.75; receivable and
    payable 0; capital -10,000; revenue -1,000 - 4,000 - 3,300 + 1,000 =
    -7,300; costs 2,000 + 1,100 + 220 - 1,100 = 2,220; retained -500 +
    1,197.50 = 697.50; CTA 986.25; minority -1,197.50; investment 1,500;
    share of associates -1,500; mismatch 100. The sum is 0.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cad = cls.env.ref("base.CAD")
        cad.active = True
        cls.p = cls._create_company(name="Transat Conso P")
        cls.q = cls._create_company(name="Transat Conso Q", currency_id=cad.id)
        cls.r = cls._create_company(name="Transat Conso R")
        cls.cluster = cls._create_cluster(
            "Transat Conso",
            [(cls.p, 40.0), (cls.q, 30.0), (cls.r, 30.0)],
            date_start="2025-01-01",
            parent_company_id=cls.p.id,
        )
        cls._link(cls, cls.cluster, cls.p, cls.q, 60.0, "2025-01-01")
        cls._link(cls, cls.cluster, cls.p, cls.r, 30.0, "2025-01-01")
        Rate = cls.env["res.currency.rate"]
        for day, rate in (
            ("2025-01-01", 1.0),
            ("2026-01-01", 1.25),
            ("2026-01-16", 1.6),
        ):
            Rate.create(
                {
                    "name": day,
                    "rate": rate,
                    "currency_id": cad.id,
                    "company_id": cls.p.id,
                }
            )
        cls.chart = cls._chart()
        cls.p_moves = cls._entry(
            cls.p,
            "2026-01-10",
            [
                ("512000", 10000.0, None),
                ("411100", 1000.0, cls.q),
                ("101000", -8000.0, None),
                ("706100", -1000.0, cls.q),
                ("706000", -4000.0, None),
                ("606000", 2000.0, None),
            ],
        ) | cls._entry(
            cls.p, "2025-12-15", [("512000", 500.0, None), ("706000", -500.0, None)]
        )
        cls._entry(
            cls.q,
            "2026-01-20",
            [
                ("512000", 6390.0, None),
                ("401100", -1600.0, cls.p),
                ("101000", -2000.0, None),
                ("706000", -4650.0, None),
                ("622000", 1550.0, cls.p),
                ("606000", 310.0, None),
            ],
        )
        cls._entry(
            cls.r,
            "2026-01-05",
            [
                ("512000", 5000.0, None),
                ("101000", -3000.0, None),
                ("706000", -4000.0, None),
                ("606000", 2000.0, None),
            ],
        )
        cls.consolidation = cls.env["consolidation.run"].create(
            {
                "cluster_id": cls.cluster.id,
                "date_from": "2026-01-01",
                "date_to": "2026-01-31",
            }
        )

    @classmethod
    def _chart(cls):
        Account = cls.env["consolidation.account"]
        chart = {}
        for code, name, section, role in (
            ("C100", "Cash", "asset", False),
            ("C110", "Intercompany receivables", "asset", False),
            ("C150", "Equity-accounted investments", "asset", "investment"),
            ("C200", "Intercompany payables", "liability", False),
            ("C300", "Share capital", "equity", False),
            ("C310", "Retained earnings", "equity", "retained"),
            ("C320", "Translation difference", "equity", "cta"),
            ("C330", "Minority interests", "equity", "minority"),
            ("C400", "Revenue", "income", False),
            ("C410", "Share of result of associates", "income", "equity_result"),
            ("C500", "Costs", "expense", False),
            ("C590", "Intercompany mismatch", "expense", "ic_mismatch"),
        ):
            chart[code] = Account.create(
                {
                    "cluster_id": cls.cluster.id,
                    "code": code,
                    "name": name,
                    "section": section,
                    "role": role,
                }
            )
        for prefix, code in (
            ("512", "C100"),
            ("411", "C110"),
            ("401", "C200"),
            ("101", "C300"),
            ("706", "C400"),
            ("6", "C500"),
        ):
            cls.env["consolidation.mapping"].create(
                {"consolidation_account_id": chart[code].id, "prefix": prefix}
            )
        return chart

    @classmethod
    def _account(cls, company, code):
        Account = cls.env["account.account"].with_company(company)
        account = Account.search(
            [("code", "=", code), ("company_ids", "=", company.id)]
        )
        if not account:
            kind = {
                "5": "asset_cash",
                "4": "asset_current" if code.startswith("41") else "liability_current",
                "1": "equity",
                "7": "income",
                "6": "expense",
                "9": "expense",
            }[code[0]]
            account = Account.create(
                {
                    "code": code,
                    "name": f"Account {code}",
                    "account_type": kind,
                    "company_ids": [Command.set(company.ids)],
                }
            )
        return account

    @classmethod
    def _entry(cls, company, day, rows):
        journal = cls.env["account.journal"].search(
            [("company_id", "=", company.id), ("type", "=", "general")], limit=1
        ) or cls.env["account.journal"].create(
            {
                "name": "Misc",
                "code": "MISC",
                "type": "general",
                "company_id": company.id,
            }
        )
        move = cls.env["account.move"].create(
            {
                "move_type": "entry",
                "company_id": company.id,
                "journal_id": journal.id,
                "date": day,
                "line_ids": [
                    Command.create(
                        {
                            "account_id": cls._account(company, code).id,
                            "balance": amount,
                            "partner_id": partner and partner.partner_id.id,
                            "name": code,
                        }
                    )
                    for code, amount, partner in rows
                ],
            }
        )
        move.action_post()
        return move

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
                "C310": 697.50,
                "C320": 986.25,
                "C330": -1197.50,
                "C400": -7300.00,
                "C410": -1500.00,
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
