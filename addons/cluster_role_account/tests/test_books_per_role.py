# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.cluster_role.tests.common import RoleCommon


@tagged("post_install", "-at_install")
class TestBooksPerRole(RoleCommon):
    """Accountant in A, booker in B: A's books open, B's stay closed, and the
    menus follow the company switcher."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for company in (cls.company_a, cls.company_b):
            cls.env["account.chart.template"].try_loading(
                "generic_coa", company, install_demo=False
            )
        cls.yann = cls._create_user_with_roles(
            "yann_books",
            [(cls.role_accountant, cls.company_a), (cls.role_booker, cls.company_b)],
        )
        cls.customer = cls.env["res.partner"].create({"name": "Festival Client"})
        cls.invoice_a = cls._invoice(cls.company_a)
        cls.invoice_b = cls._invoice(cls.company_b)
        cls.accounting_menu = cls.env.ref("account.menu_finance")

    @classmethod
    def _invoice(cls, company):
        move = cls.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "company_id": company.id,
                "partner_id": cls.customer.id,
                "invoice_line_ids": [
                    Command.create({"name": "Show fee", "price_unit": 3000.0})
                ],
            }
        )
        move.action_post()
        return move

    def _select(self, companies):
        return self._tick(self.yann, companies)

    def _sees_menu(self, env, menu):
        return menu.id in env["ir.ui.menu"]._visible_menu_ids()

    def test_switching_company_changes_the_menus(self):
        self.assertTrue(
            self._sees_menu(self._select(self.company_a), self.accounting_menu)
        )
        self.assertFalse(
            self._sees_menu(self._select(self.company_b), self.accounting_menu)
        )

    def test_accountant_posts_and_reports_in_own_company(self):
        env = self._select(self.company_a)
        draft = env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self.customer.id,
                "invoice_line_ids": [
                    Command.create({"name": "Co-production share", "price_unit": 800.0})
                ],
            }
        )
        draft.action_post()
        self.assertEqual(draft.state, "posted")
        self.assertEqual(draft.company_id, self.company_a)
        totals = env["account.invoice.report"]._read_group(
            [], ["company_id"], ["price_subtotal:sum"]
        )
        self.assertEqual([company for company, _total in totals], [self.company_a])
        self.assertAlmostEqual(totals[0][1], 3800.0)

    def test_books_of_b_stay_closed_with_both_companies_ticked(self):
        env = self._select(self.company_a | self.company_b)
        self.assertEqual(
            env["account.move"].search([("partner_id", "=", self.customer.id)]),
            self.invoice_a,
        )
        self.assertFalse(
            env["account.move.line"].search([("move_id", "=", self.invoice_b.id)])
        )
        with self.assertRaises(AccessError):
            self.invoice_b.with_env(env).read(["amount_total"])

    def test_user_without_roles_keeps_standard_access(self):
        plain = self._create_user(
            "plain_books",
            self.company_a | self.company_b,
            groups="base.group_user,account.group_account_invoice",
        )
        env = self.env(
            user=plain,
            context={"allowed_company_ids": (self.company_a | self.company_b).ids},
        )
        self.assertEqual(
            env["account.move"].search([("partner_id", "=", self.customer.id)]),
            self.invoice_a | self.invoice_b,
        )


@tagged("post_install", "-at_install")
class TestMenusFollowTheSwitcherOverHttp(RoleCommon, HttpCase):
    """The web client, loaded by a real server with the companies ticked in
    its cookie, gives the groups of the roles held there."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.yann = cls._create_user_with_roles(
            "yann_http",
            [(cls.role_accountant, cls.company_a), (cls.role_booker, cls.company_b)],
        )
        cls.invoicing = cls.env.ref("account.group_account_invoice")

    def _load_web_client(self, companies):
        self.opener.cookies["cids"] = "-".join(str(c.id) for c in companies)
        response = self.url_open("/odoo")
        self.assertEqual(response.status_code, 200)
        self.yann.invalidate_recordset(["groups_id"])
        return self.yann.groups_id

    def test_ticking_companies_switches_the_groups(self):
        self.authenticate("yann_http", "yann_http")
        self.assertNotIn(self.invoicing, self._load_web_client(self.company_b))
        self.assertIn(self.invoicing, self._load_web_client(self.company_a))
        self.assertIn(
            self.invoicing, self._load_web_client(self.company_b | self.company_a)
        )
