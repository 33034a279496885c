# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.cluster_role.tests.common import RoleCommon


@tagged("post_install", "-at_install")
class TestTotalsFollowRoles(RoleCommon):
    """Accountant in A, booker in B, both ticked and B current: the figures
    Odoo computes in SQL, outside the record rules, add up A's books only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for company in (cls.company_a, cls.company_b):
            cls.env["account.chart.template"].try_loading(
                "generic_coa", company, install_demo=False
            )
        cls.yann = cls._create_user_with_roles(
            "yann_totals",
            [(cls.role_accountant, cls.company_a), (cls.role_booker, cls.company_b)],
        )
        cls.customer = cls.env["res.partner"].create({"name": "Scène Totale"})
        # B's invoice is older, so that a running balance in date order
        # would add it up before A's.
        cls.invoice_b = cls._invoice(cls.company_b, 7000.0, "2026-01-10")
        cls.invoice_a = cls._invoice(cls.company_a, 3000.0, "2026-01-20")

    @classmethod
    def _invoice(cls, company, amount, date):
        move = cls.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "company_id": company.id,
                "partner_id": cls.customer.id,
                "invoice_date": date,
                "invoice_line_ids": [
                    Command.create(
                        {"name": "Show fee", "price_unit": amount, "tax_ids": []}
                    )
                ],
            }
        )
        move.action_post()
        return move

    def _b_current(self):
        """Both companies ticked, B current: the accountant's groups apply."""
        return self._tick(self.yann, self.company_b | self.company_a)

    def _partner_totals(self, env):
        return (
            env["res.partner"]
            .browse(self.customer.id)
            .web_read({"credit": {}, "debit": {}, "total_invoiced": {}})[0]
        )

    def test_partner_totals_of_the_current_company_follow_the_role(self):
        """B current: the customer's receivable and invoiced total are not
        B's; A current: they are A's."""
        totals = self._partner_totals(self._b_current())
        self.assertFalse(totals["credit"], "B's receivable must not show")
        self.assertFalse(totals["debit"])
        self.assertEqual(totals["total_invoiced"], 3000.0, "A's invoices only")
        totals = self._partner_totals(
            self._tick(self.yann, self.company_a | self.company_b)
        )
        self.assertEqual(totals["credit"], 3000.0)

    def test_searching_customers_by_receivable_reveals_nothing_of_b(self):
        """Searching on the receivable runs its own SQL on the current
        company: B's customers do not come out of it."""
        found = self._b_current()["res.partner"].web_search_read(
            [("credit", ">", 5000.0)], {"display_name": {}}
        )
        self.assertNotIn(self.customer.id, [r["id"] for r in found["records"]])

    def test_journal_dashboard_shows_only_the_accountants_journals(self):
        """The Accounting dashboard lists and sums A's journals; B's journals,
        their amounts and graphs stay closed."""
        env = self._b_current()
        spec = {
            "company_id": {},
            "kanban_dashboard": {},
            "kanban_dashboard_graph": {},
            "json_activity_data": {},
        }
        journals = env["account.journal"].web_search_read([], spec)["records"]
        self.assertTrue(journals)
        self.assertEqual({r["company_id"] for r in journals}, {self.company_a.id})
        self.assertNotIn("7,000", str(journals))
        journal_b = self.invoice_b.journal_id
        with self.assertRaises(AccessError):
            env["account.journal"].browse(journal_b.id).web_read(
                {"kanban_dashboard": {}}
            )

    def test_running_balance_adds_up_only_the_accountants_lines(self):
        """A's journal item shows a running balance made of A's lines, not
        of B's older invoice."""
        env = self._b_current()
        lines = env["account.move.line"].web_search_read(
            [
                ("partner_id", "=", self.customer.id),
                ("account_id.account_type", "=", "asset_receivable"),
            ],
            {"balance": {}, "cumulated_balance": {}, "company_id": {}},
        )["records"]
        self.assertEqual([line["company_id"] for line in lines], [self.company_a.id])
        self.assertEqual(lines[0]["cumulated_balance"], 3000.0)

    def test_opening_balances_of_b_stay_closed(self):
        """B's opening entry is summed in SQL on each account for the current
        company: with B current the chart shows no opening balance."""
        receivable_b = self.invoice_b.line_ids.filtered(
            lambda line: line.account_id.account_type == "asset_receivable"
        ).account_id
        self.company_b.account_opening_move_id = self.invoice_b
        opening = (
            self._b_current()["account.account"]
            .browse(receivable_b.id)
            .web_read({"opening_debit": {}, "opening_balance": {}})[0]
        )
        self.assertFalse(opening["opening_debit"])
        self.assertFalse(opening["opening_balance"])

    def test_digest_mails_no_revenue_of_a_company_without_the_role(self):
        """The periodic digest, built by the scheduler, gives B's revenue only
        to B's accountants, although the user still holds the accounting
        groups of her last selection."""
        self._b_current()
        digest = self.env.ref("digest.digest_digest_default")
        # Without a company, the digest sums the revenue of the company it is
        # built for (the user's); with one, that company's.
        digest.write({"kpi_account_total_revenue": True, "company_id": False})
        kpis = digest._compute_kpis(self.company_b, self.yann)
        self.assertNotIn("kpi_account_total_revenue", [k["kpi_name"] for k in kpis])
        kpis = digest._compute_kpis(self.company_a, self.yann)
        self.assertIn("kpi_account_total_revenue", [k["kpi_name"] for k in kpis])
        digest.company_id = self.company_b
        kpis = digest._compute_kpis(self.company_a, self.yann)
        self.assertNotIn("kpi_account_total_revenue", [k["kpi_name"] for k in kpis])
