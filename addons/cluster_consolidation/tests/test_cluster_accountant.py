# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import io

import openpyxl

from odoo import fields
from odoo.tests import tagged

from odoo.addons.cluster_base.lib import periods

from .common import ConsolidationCommon

RUN_SPEC = {
    "name": {},
    "state": {},
    "cluster_id": {"fields": {"display_name": {}}},
    "company_id": {"fields": {"display_name": {}}},
    "currency_id": {"fields": {"display_name": {}}},
    "date_from": {},
    "date_to": {},
    "company_ids": {"fields": {"display_name": {}}},
    "previous_run_id": {"fields": {"display_name": {}}},
    "mismatch_count": {},
}
# the fields of the lines' list view, as the web client asks for them
LINE_SPEC = {
    "account_id": {"fields": {"display_name": {}}},
    "company_id": {"fields": {"display_name": {}}},
    "kind": {},
    "member_account_id": {"fields": {"display_name": {}}},
    "partner_company_id": {"fields": {"display_name": {}}},
    "balance": {},
    "member_currency_id": {"fields": {}},
    "rate": {},
    "translated": {},
    "weight": {},
    "amount": {},
    "currency_id": {"fields": {}},
}


@tagged("post_install", "-at_install")
class TestClusterAccountant(ConsolidationCommon):
    """The cluster accountant of P, holding that role alone, consolidates
    the worked example's cluster from the web client, after Q and R
    approved it; nothing runs as superuser."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._approve(cls.q)
        cls._approve(cls.r)
        cls.accountant = cls._create_user_with_roles(
            "cluster_accountant_p",
            [(cls.env.ref("cluster_consolidation.role_cluster_accountant"), cls.p)],
        )

    def _new_run(self, env):
        Run = env["consolidation.run"]
        values = Run.onchange({}, [], RUN_SPEC)["value"]
        values.update(date_from="2026-01-01", date_to="2026-01-31")
        values["cluster_id"] = values["cluster_id"]["id"]
        for name in ("name", "state", "company_id", "currency_id", "mismatch_count"):
            values.pop(name, None)
        saved = Run.web_save(values, RUN_SPEC)[0]
        return Run.browse(saved["id"]), saved

    def test_a_new_run_has_the_cluster_last_month_and_a_name(self):
        env = self._tick(self.accountant, self.p)
        Run = env["consolidation.run"]
        defaults = Run.onchange({}, [], RUN_SPEC)["value"]
        start, end = periods.last_closed_period(fields.Date.context_today(Run))
        self.assertEqual(defaults["cluster_id"]["id"], self.cluster.id)
        self.assertEqual(
            (defaults["date_from"], defaults["date_to"]),
            (start, end),
        )
        self.assertEqual(
            defaults["name"],
            "Transat Conso, {} to {}".format(
                start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")
            ),
        )
        # the form of a run whose dates were cleared
        self.assertEqual(
            Run.new(
                {"cluster_id": self.cluster.id, "date_from": False, "date_to": False}
            ).name,
            "New consolidation",
        )

    def test_cluster_accountant_runs_reruns_compares_locks_and_prints(self):
        env = self._tick(self.accountant, self.p)
        for model, kinds in (
            ("consolidation.run", ("list", "form", "search")),
            ("consolidation.run.line", ("list", "pivot", "graph", "search")),
            ("consolidation.unmapped", ("list",)),
            ("consolidation.approval", ("list", "form", "search")),
        ):
            env[model].get_views([(False, kind) for kind in kinds])
        self.assertEqual(
            env["consolidation.approval"].web_search_read([], {"company_id": {}})[
                "length"
            ],
            2,
            "Q's and R's approvals",
        )
        run, saved = self._new_run(env)
        self.assertEqual(saved["name"], "Transat Conso, 01/01/2026 to 01/31/2026")
        self.assertEqual(saved["company_id"]["id"], self.p.id)
        run.action_run()
        Line = env["consolidation.run.line"]
        domain = run.action_view_lines()["domain"]
        first = Line.web_search_read(domain, LINE_SPEC)
        run.action_run()  # Run Again
        again = Line.web_search_read(domain, LINE_SPEC)
        self.assertEqual(first["length"], again["length"])
        cash = sum(
            row["amount"]
            for row in again["records"]
            if row["account_id"]["display_name"].startswith("C100")
        )
        self.assertAlmostEqual(cash, 14493.75)
        q_bank = [
            row
            for row in again["records"]
            if row["company_id"]["id"] == self.q.id
            and row["account_id"]["display_name"].startswith("C100")
        ]
        self.assertIn("512000", q_bank[0]["member_account_id"]["display_name"])
        unmapped = run.action_view_unmapped()
        self.assertFalse(
            env["consolidation.unmapped"].web_search_read(unmapped["domain"], {})[
                "length"
            ]
        )
        run.action_compare_previous()
        self.assertEqual(run.previous_run_id.state, "done")
        run.action_lock()
        self.assertEqual(run.web_read({"state": {}})[0]["state"], "locked")
        html = (
            env["ir.actions.report"]
            ._render_qweb_html("cluster_consolidation.report_consolidation", run.ids)[0]
            .decode()
        )
        self.assertIn("14,493.75", html)
        content, _kind = env["ir.actions.report"]._render_xlsx(
            "cluster_consolidation.consolidation_xlsx", run.ids, {}
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content))["Statements"]
        self.assertIn(
            ("C100 Cash", 14493.75, 500.0),
            [row[:3] for row in sheet.iter_rows(values_only=True)],
        )
        run.action_unlock()
        run.previous_run_id.unlink()
        self.assertFalse(run.exists().previous_run_id)

    def test_cluster_accountant_reads_one_run_statements_and_drills_down(self):
        """The Consolidated Statements menu shows the latest run alone,
        beside the run it is compared with, not the two added up (cash
        14,493.75 in January against 500 in December); a line opens on to
        the members' amounts that make it up."""
        env = self._tick(self.accountant, self.p)
        run, _saved = self._new_run(env)
        run.action_run()
        run.action_compare_previous()
        menu = env.ref("cluster_consolidation.menu_consolidation_run_line")
        action = menu.action.with_env(env).run()
        self.assertEqual(action["res_model"], "consolidation.statement.line")
        Statement = env["consolidation.statement.line"]
        Statement.get_views([(False, "list"), (False, "search")])
        spec = {
            "name": {},
            "kind": {},
            "amount": {},
            "previous": {},
            "variance": {},
            "variance_percent": {},
            "account_id": {"fields": {"display_name": {}}},
        }
        rows = Statement.web_search_read(action["domain"], spec)["records"]
        by_name = {row["name"]: row for row in rows}
        self.assertEqual(
            [row["name"] for row in rows if row["kind"] == "title"],
            ["Balance Sheet", "Profit or Loss", "Other Comprehensive Income"],
        )
        self.assertAlmostEqual(by_name["C100 Cash"]["amount"], 14493.75)
        self.assertAlmostEqual(by_name["C100 Cash"]["previous"], 500.0)
        self.assertAlmostEqual(
            by_name["Total assets"]["amount"],
            by_name["Total equity and liabilities"]["amount"],
        )
        cash = Statement.browse(by_name["C100 Cash"]["id"])
        members = cash.action_view_members()
        lines = env["consolidation.run.line"].web_search_read(
            members["domain"], {"company_id": {}, "amount": {}}
        )["records"]
        self.assertLessEqual(
            {self.p.id, self.q.id}, {line["company_id"] for line in lines}
        )
        self.assertAlmostEqual(sum(line["amount"] for line in lines), 14493.75)
