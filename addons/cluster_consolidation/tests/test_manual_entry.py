# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest
import io

import openpyxl

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ..lib import entries
from .common import ConsolidationCommon

# the fields of the entry's form, as the web client asks for them
ENTRY_SPEC = {
    "run_id": {"fields": {"display_name": {}}},
    "date": {},
    "reason": {},
    "user_id": {"fields": {"display_name": {}}},
    "state": {},
    "total_debit": {},
    "total_credit": {},
    "line_ids": {
        "fields": {
            "account_id": {"fields": {"display_name": {}}},
            "member_id": {"fields": {"display_name": {}}},
            "name": {},
            "debit": {},
            "credit": {},
        }
    },
}
STATEMENT_SPEC = {"name": {}, "kind": {}, "amount": {}}


@tagged("post_install", "-at_install")
class TestManualEntry(ConsolidationCommon):
    """The cluster accountant of P adjusts the worked example's January
    run (ConsolidationCommon): 300 € of P's revenue is a margin on goods
    sold to Q and still in Q's inventories at the end of January, so it is
    unrealised (IFRS 10.B86(c)): debit revenue 300 (P), credit inventories
    300 (Q). Consolidated revenue goes from 7,300 to 7,000, the net result
    and total assets lose 300, and the balance sheet still balances."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._approve(cls.q)
        cls._approve(cls.r)
        cls.chart["C120"] = cls.env["consolidation.account"].create(
            {
                "cluster_id": cls.cluster.id,
                "code": "C120",
                "name": "Inventories",
                "section": "asset",
            }
        )
        cls.accountant = cls._create_user_with_roles(
            "cluster_accountant_entries",
            [(cls.env.ref("cluster_consolidation.role_cluster_accountant"), cls.p)],
        )

    def _env(self):
        return self._tick(self.accountant, self.p)

    def _computed_run(self, env):
        run = env["consolidation.run"].browse(self.consolidation.id)
        run.action_run()
        return run

    def _save_entry(
        self, env, run, rows, reason="Unrealised margin on Q's stock", **extra
    ):
        """The entry as the web client saves it from the run's Manual
        Entries button: ``rows`` are (account code, member, debit, credit);
        ``extra``, other values a forged call would send."""
        action = run.action_view_entries()
        Entry = env["consolidation.entry"].with_context(**action["context"])
        values = Entry.onchange({}, [], ENTRY_SPEC)["value"]
        self.assertEqual(values["run_id"]["id"], run.id)
        saved = Entry.web_save(
            {
                "run_id": run.id,
                "date": values["date"],
                "reason": reason,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "account_id": self.chart[code].id,
                            "member_id": member and member.id,
                            "debit": debit,
                            "credit": credit,
                        },
                    )
                    for code, member, debit, credit in rows
                ],
                **extra,
            },
            ENTRY_SPEC,
        )[0]
        return Entry.browse(saved["id"]), saved

    def _margin(self, env, run):
        return self._save_entry(
            env,
            run,
            [("C400", self.p, 300.0, 0.0), ("C120", self.q, 0.0, 300.0)],
        )

    def _statements(self, env, run):
        action = run.action_view_statements()
        rows = env["consolidation.statement.line"].web_search_read(
            action["domain"], STATEMENT_SPEC
        )["records"]
        return {row["name"]: row for row in rows}

    def test_entry_doctests(self):
        """The balancing check's examples hold."""
        result = doctest.testmod(entries)
        self.assertFalse(result.failed)
        self.assertTrue(result.attempted)

    def test_cluster_accountant_posts_an_entry_that_changes_the_statements(self):
        """From the web client: the entry, with its author, posts; revenue,
        the net result and total assets lose 300, the balance sheet
        balances, the PDF and the XLSX say so; the drill-down from revenue
        shows the entry as a manual entry; running the consolidation again
        keeps it; cancelled, the figures are back, and the chatter keeps
        both steps."""
        env = self._env()
        env["consolidation.entry"].get_views(
            [(False, "list"), (False, "form"), (False, "search")]
        )
        env["consolidation.run"].get_views([(False, "form")])
        run = self._computed_run(env)
        before = self._statements(env, run)
        self.assertAlmostEqual(before["C400 Revenue"]["amount"], 7300.0)
        entry, saved = self._save_entry(
            env,
            run,
            [("C400", self.p, 300.0, 0.0), ("C120", self.q, 0.0, 300.0)],
            user_id=self.env.ref("base.user_admin").id,
        )
        self.assertEqual(saved["user_id"]["id"], self.accountant.id, "the author")
        self.assertEqual((saved["total_debit"], saved["total_credit"]), (300, 300))
        entry.action_post()
        self.assertEqual(entry.web_read({"state": {}})[0]["state"], "posted")
        after = self._statements(env, run)
        self.assertAlmostEqual(after["C400 Revenue"]["amount"], 7000.0)
        self.assertAlmostEqual(after["C120 Inventories"]["amount"], -300.0)
        for name in ("Net result", "Total assets"):
            self.assertAlmostEqual(
                after[name]["amount"], before[name]["amount"] - 300.0, msg=name
            )
        self.assertAlmostEqual(
            after["Total assets"]["amount"],
            after["Total equity and liabilities"]["amount"],
        )
        revenue = env["consolidation.statement.line"].browse(
            after["C400 Revenue"]["id"]
        )
        members = revenue.action_view_members()
        Line = env["consolidation.run.line"]
        manual = [
            line
            for line in Line.web_search_read(
                members["domain"],
                {"kind": {}, "amount": {}, "entry_id": {"fields": {}}},
            )["records"]
            if line["kind"] == "manual"
        ]
        self.assertEqual(len(manual), 1)
        self.assertEqual(
            (manual[0]["amount"], manual[0]["entry_id"]["id"]), (300, entry.id)
        )
        opened = Line.browse(manual[0]["id"]).action_view_entry()
        self.assertEqual(
            (opened["res_model"], opened["res_id"]), (entry._name, entry.id)
        )
        html = (
            env["ir.actions.report"]
            ._render_qweb_html("cluster_consolidation.report_consolidation", run.ids)[0]
            .decode()
        )
        self.assertIn("7,000.00", html)
        content, _kind = env["ir.actions.report"]._render_xlsx(
            "cluster_consolidation.consolidation_xlsx", run.ids, {}
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content))["Statements"]
        self.assertIn(
            ("C400 Revenue", 7000.0),
            [row[:2] for row in sheet.iter_rows(values_only=True)],
        )
        run.action_run()  # Run Again
        self.assertAlmostEqual(
            self._statements(env, run)["C400 Revenue"]["amount"], 7000.0
        )
        entry.action_cancel()
        self.assertAlmostEqual(
            self._statements(env, run)["C400 Revenue"]["amount"], 7300.0
        )
        bodies = " ".join(entry.message_ids.mapped("body"))
        self.assertIn("Posted by", bodies)
        self.assertIn("Cancelled by", bodies)

    def test_an_entry_that_does_not_balance_is_not_posted(self):
        """300 debited against 200 credited: refused, the entry stays a
        draft and the statements do not move; a negative amount, or a debit
        and a credit on one line, is refused as it is saved."""
        env = self._env()
        run = self._computed_run(env)
        entry, _saved = self._save_entry(
            env, run, [("C400", self.p, 300.0, 0.0), ("C120", self.q, 0.0, 200.0)]
        )
        with self.assertRaisesRegex(UserError, "does not balance.*100.00"):
            entry.action_post()
        self.assertEqual(entry.state, "draft")
        self.assertAlmostEqual(
            self._statements(env, run)["C400 Revenue"]["amount"], 7300.0
        )
        for debit, credit in ((-300.0, 0.0), (300.0, 300.0)):
            with self.assertRaises(ValidationError):
                self._save_entry(env, run, [("C400", None, debit, credit)])

    def test_an_entry_for_a_member_not_approved_is_not_posted(self):
        """Q withdraws its approval after the run: an entry on Q's figures
        is refused at posting, as the run would refuse Q's books."""
        env = self._env()
        run = self._computed_run(env)
        entry, _saved = self._margin(env, run)
        self.env["consolidation.approval"].search(
            [("company_id", "=", self.q.id)]
        ).active = False
        with self.assertRaisesRegex(UserError, "Not approved: Transat Conso Q"):
            entry.action_post()
        self.assertEqual(entry.state, "draft")

    def test_a_posted_entry_does_not_change(self):
        """Posted, an entry is not edited or deleted: it is cancelled, and
        stays for the audit trail; its author cannot be rewritten."""
        env = self._env()
        run = self._computed_run(env)
        entry, _saved = self._margin(env, run)
        with self.assertRaisesRegex(UserError, "author"):
            entry.write({"user_id": self.env.user.id})
        entry.action_post()
        with self.assertRaisesRegex(UserError, "does not change"):
            entry.web_save({"reason": "Another reason"}, {})
        with self.assertRaisesRegex(UserError, "does not change"):
            entry.line_ids[0].write({"debit": 400.0})
        with self.assertRaisesRegex(UserError, "draft"):
            entry.unlink()
        entry.action_cancel()
        with self.assertRaisesRegex(UserError, "draft"):
            entry.unlink()

    def test_a_locked_run_freezes_its_entries(self):
        """Once the run is locked, no entry of it is created, changed,
        posted, cancelled or deleted; unlocked, they are again."""
        env = self._env()
        run = self._computed_run(env)
        posted, _saved = self._margin(env, run)
        posted.action_post()
        draft, _saved = self._margin(env, run)
        run.action_lock()
        message = "is locked: its manual entries cannot be created"
        with self.assertRaisesRegex(UserError, message):
            self._margin(env, run)
        with self.assertRaisesRegex(UserError, message):
            draft.web_save({"reason": "Corrected"}, {})
        with self.assertRaisesRegex(UserError, message):
            draft.line_ids[0].write({"debit": 200.0})
        for action in (draft.action_post, posted.action_cancel, draft.unlink):
            with self.assertRaisesRegex(UserError, message):
                action()
        self.assertEqual((posted.state, draft.state), ("posted", "draft"))
        run.action_unlock()
        draft.action_post()
        self.assertEqual(draft.state, "posted")

    def test_an_entry_stays_on_its_run_s_chart_and_members(self):
        """An account of another cluster's chart, or a company outside the
        cluster, is refused without being named."""
        env = self._env()
        run = self._computed_run(env)
        foreign = self.env["consolidation.account"].create(
            {
                "cluster_id": self.company_a.cluster_id.id,
                "code": "C400",
                "name": "Breizh revenue",
                "section": "income",
            }
        )
        self.chart["foreign"] = foreign
        for rows in (
            [("foreign", None, 10.0, 0.0)],
            [("C400", self.company_a, 10.0, 0.0)],
        ):
            with self.assertRaisesRegex(ValidationError, "of its run's cluster"):
                self._save_entry(env, run, rows)

    def test_another_cluster_s_accountant_sees_and_touches_nothing(self):
        """A cluster accountant of Ar Men, in another cluster, finds no entry
        or line of P's, cannot read one by its id, post or cancel it, nor
        put an entry or a line on P's run or entry."""
        env = self._env()
        run = self._computed_run(env)
        entry, _saved = self._margin(env, run)
        elsewhere = self._create_user_with_roles(
            "cluster_accountant_elsewhere_entries",
            [
                (
                    self.env.ref("cluster_consolidation.role_cluster_accountant"),
                    self.company_a,
                )
            ],
        )
        other = self._tick(elsewhere, self.company_a)
        Entry, Line = other["consolidation.entry"], other["consolidation.entry.line"]
        self.assertFalse(Entry.search([]))
        self.assertFalse(Line.search([]))
        self.assertFalse(Entry.web_search_read([], {"reason": {}})["length"])
        theirs = Entry.browse(entry.id)
        for attempt in (
            lambda: theirs.web_read({"reason": {}}),
            theirs.action_post,
            lambda: theirs.web_save({"reason": "Mine now"}, {}),
            lambda: Entry.web_save(
                {"run_id": run.id, "reason": "Foreign", "date": "2026-01-31"}, {}
            ),
            lambda: Line.create(
                {"entry_id": entry.id, "account_id": self.chart["C400"].id}
            ),
        ):
            with self.assertRaises(AccessError):
                attempt()
        entry.action_post()
        with self.assertRaises(AccessError):
            theirs.action_cancel()
        self.assertFalse(
            other["consolidation.run.line"].search([("kind", "=", "manual")])
        )

    def test_a_member_s_booker_has_no_access(self):
        """A booker of Q, a member of the cluster, reads no entry."""
        env = self._env()
        entry, _saved = self._margin(env, self._computed_run(env))
        booker = self._create_user_with_roles(
            "booker_q_entries", [(self.role_booker, self.q)]
        )
        mine = self._tick(booker, self.q)
        for model in ("consolidation.entry", "consolidation.entry.line"):
            with self.assertRaises(AccessError):
                mine[model].search([])
        with self.assertRaises(AccessError):
            mine["consolidation.entry"].browse(entry.id).web_read({"reason": {}})
