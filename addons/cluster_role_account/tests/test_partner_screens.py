# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from lxml import etree

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from odoo.addons.cluster_role.tests.common import RoleCommon

ACTIONS = (
    "account.res_partner_action_customer",
    "account.res_partner_action_supplier",
    "base.action_partner_form",
)


def _owner(node, root):
    parent = node.getparent()
    while parent is not None and parent is not root:
        if parent.tag == "field":
            return parent
        parent = parent.getparent()
    return root


def _specification(view, model, fields_of):
    """The fields a view shows, as the web client asks them: many2one with
    their name, x2many with their sub-list's fields."""
    fields = fields_of[model]
    spec = {}
    for node in view.iter("field"):
        info = fields.get(node.get("name"))
        if _owner(node, view) is not view or not info:
            continue
        if info["type"] == "many2one":
            spec[node.get("name")] = {"fields": {"display_name": {}}}
        elif info["type"] in ("one2many", "many2many"):
            sub = next((c for c in node if c.tag in ("list", "kanban")), None)
            sub_spec = (
                _specification(sub, info["relation"], fields_of)
                if sub is not None
                else {}
            )
            spec[node.get("name")] = {"fields": {"display_name": {}, **sub_spec}}
        else:
            spec[node.get("name")] = {}
    return spec


@tagged("post_install", "-at_install")
class TestPartnerScreens(RoleCommon):
    """The Accounting menus' partner screens (Customers, Vendors) and the
    contacts open for an accountant and for a booker, with the accounting
    fields of the partner form (receivable, bank accounts, credit limit)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["account.chart.template"].try_loading(
            "generic_coa", cls.company_a, install_demo=False
        )
        cls.accountant = cls._create_user_with_roles(
            "soizic_screens", [(cls.role_accountant, cls.company_a)]
        )
        cls.booker = cls._create_user_with_roles(
            "maelle_screens", [(cls.role_booker, cls.company_b)]
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Le Grand Phare Test",
                "is_company": True,
                "customer_rank": 1,
                "supplier_rank": 1,
                "bank_ids": [Command.create({"acc_number": "FR76 3000 4000"})],
            }
        )
        invoice = cls.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "company_id": cls.company_a.id,
                "partner_id": cls.customer.id,
                "invoice_line_ids": [
                    Command.create(
                        {"name": "Show fee", "price_unit": 2000.0, "tax_ids": []}
                    )
                ],
            }
        )
        invoice.action_post()

    def _open_screens(self, user, company):
        env = self._tick(user, company)
        for xmlid in ACTIONS:
            # sudo: the web client loads the action itself with sudo too
            action = self.env.ref(xmlid).sudo()
            Partner = env["res.partner"].with_context(
                **{
                    key: value
                    for key, value in safe_eval(action.context or "{}").items()
                    if not key.startswith("search_default")
                }
            )
            views = [[view_id or False, kind] for view_id, kind in action.views]
            loaded = Partner.get_views([*views, [False, "search"]], {"toolbar": True})
            fields_of = {name: d["fields"] for name, d in loaded["models"].items()}
            arches = {
                kind: etree.fromstring(view["arch"])
                for kind, view in loaded["views"].items()
            }
            listed = Partner.web_search_read(
                [("id", "=", self.customer.id)],
                _specification(arches["list"], "res.partner", fields_of),
            )
            self.assertEqual(listed["length"], 1, xmlid)
            form = _specification(arches["form"], "res.partner", fields_of)
            record = Partner.browse(self.customer.id).web_read(form)[0]
            Partner.onchange({}, [], form)
            yield xmlid, record

    def test_accountant_opens_customers_vendors_and_contacts(self):
        """Soizic, accountant of A only, opens the customer's form from each
        menu and reads its receivable and bank accounts."""
        for xmlid, record in self._open_screens(self.accountant, self.company_a):
            with self.subTest(action=xmlid):
                self.assertEqual(record["credit"], 2000.0)
                self.assertEqual(len(record["bank_ids"]), 1)

    def test_booker_opens_customers_vendors_and_contacts(self):
        """A booker without any accounting role opens the same screens, and
        the form carries no accounting figure for her."""
        for xmlid, record in self._open_screens(self.booker, self.company_b):
            with self.subTest(action=xmlid):
                self.assertNotIn("credit", record)

    def test_accountant_sets_her_accounts_on_a_cluster_mates_partner(self):
        """A's accountant invoices B, a cluster-mate: she sets A's own
        receivable account and payment terms on B's company partner, which
        she cannot otherwise edit, and B's users keep theirs."""
        contacts = self.env["res.users.role"].create(
            {
                "name": "Contact Editor",
                "implied_ids": [
                    Command.link(self.env.ref("base.group_partner_manager").id)
                ],
            }
        )
        accountant = self._create_user_with_roles(
            "soizic_properties",
            [(self.role_accountant, self.company_a), (contacts, self.company_a)],
        )
        env = self._tick(accountant, self.company_a)
        receivable = env["account.account"].search(
            [
                ("company_ids", "in", self.company_a.ids),
                ("account_type", "=", "asset_receivable"),
            ],
            limit=1,
        )
        partner_b = self.company_b.partner_id.with_env(env)
        before_b = self.company_b.partner_id.with_company(
            self.company_b
        ).property_account_receivable_id
        partner_b.write({"property_account_receivable_id": receivable.id})
        self.assertEqual(partner_b.property_account_receivable_id, receivable)
        self.assertEqual(
            self.company_b.partner_id.with_company(
                self.company_b
            ).property_account_receivable_id,
            before_b,
        )
        with self.assertRaises(AccessError):
            partner_b.write({"email": "phish@example.com"})
        with self.assertRaises(AccessError):
            partner_b.write(
                {"property_account_receivable_id": receivable.id, "city": "Nowhere"}
            )
        # a company outside her cluster stays out of reach
        partner_p = self.company_p.partner_id.with_env(env)
        with self.assertRaises(AccessError):
            partner_p.write({"property_account_receivable_id": receivable.id})

    def test_accounting_settings_follow_the_current_companys_roles(self):
        """A booker of B who keeps A's books, with both ticked: she sets A's
        receivable account on a customer with A current, and no accounting
        setting with B current (her accounting groups come from A's role)."""
        contacts = self.env["res.users.role"].create(
            {
                "name": "Contact Editor",
                "applies_per_ticked_company": True,
                "implied_ids": [
                    Command.link(self.env.ref("base.group_partner_manager").id)
                ],
            }
        )
        juggler = self._create_user_with_roles(
            "juggler_properties",
            [
                (self.role_accountant, self.company_a),
                (contacts, self.company_a),
                (self.role_booker, self.company_b),
                (contacts, self.company_b),
            ],
        )
        customer = self.env["res.partner"].create({"name": "Festival des Lumières"})
        receivable = self.env["account.account"].search(
            [
                ("company_ids", "in", self.company_a.ids),
                ("account_type", "=", "asset_receivable"),
            ],
            limit=1,
        )
        self.assertTrue(receivable)
        env = self._tick(juggler, self.company_b | self.company_a)
        customer.with_env(env).write({"comment": "Programme en juin"})
        with self.assertRaisesRegex(AccessError, "accounting settings"):
            customer.with_env(env).write(
                {"property_account_receivable_id": receivable.id}
            )
        env = self._tick(juggler, self.company_a | self.company_b)
        customer.with_env(env).write({"property_account_receivable_id": receivable.id})
        self.assertEqual(
            customer.with_company(self.company_a).property_account_receivable_id,
            receivable,
        )
