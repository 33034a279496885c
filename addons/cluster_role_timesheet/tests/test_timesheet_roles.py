# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from pathlib import Path
from unittest.mock import patch

from lxml import etree

from odoo.modules.module import get_module_path
from odoo.tests import tagged

from odoo.addons.cluster_role.tests.common import RoleCommon
from odoo.addons.cluster_role_account.models.account_analytic_line import (
    AccountAnalyticLine as AccountOnlyLine,
)

RULE = "cluster_role_account.account_analytic_line_rule_accountant"


def _rule_as_shipped():
    """The analytic line rule's domain as cluster_role_account's data file
    writes it."""
    path = Path(get_module_path("cluster_role_account"))
    tree = etree.parse(str(path / "security" / "cluster_role_account_security.xml"))
    xmlid = RULE.split(".")[1]
    return tree.xpath(f"//record[@id='{xmlid}']/field[@name='domain_force']")[0].text


@tagged("post_install", "-at_install")
class TestTimesheetRoles(RoleCommon):
    """Accountant in A, booker in B: she logs and reads her own time in B,
    never B's other timesheets nor B's analytic accounting. B's booking
    manager approves B's timesheets."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_manager = cls.env.ref("cluster_role.role_booking_manager")
        cls.yann = cls._create_user_with_roles(
            "yann_time",
            [(cls.role_accountant, cls.company_a), (cls.role_booker, cls.company_b)],
        )
        cls.colleague = cls._create_user_with_roles(
            "colleague_time", [(cls.role_booker, cls.company_b)]
        )
        cls.manager = cls._create_user_with_roles(
            "manager_time", [(cls.role_manager, cls.company_b)]
        )
        Employee = cls.env["hr.employee"]
        for user in (cls.yann, cls.colleague):
            Employee.create(
                {"name": user.name, "user_id": user.id, "company_id": cls.company_b.id}
            )
        cls.project_b = cls.env["project.project"].create(
            {"name": "Tournée d'hiver", "company_id": cls.company_b.id}
        )
        cls.colleague_line = cls._log(cls.colleague, "Colleague's calls", 3.0)
        cls.accounting_line = cls.env["account.analytic.line"].create(
            {
                "name": "Venue rental cost",
                "company_id": cls.company_b.id,
                "account_id": cls.project_b.account_id.id,
                "amount": -1200.0,
            }
        )

    @classmethod
    def _log(cls, user, name, hours):
        env = cls._tick(user, cls.company_b)
        return env["account.analytic.line"].create(
            {"name": name, "project_id": cls.project_b.id, "unit_amount": hours}
        )

    def test_booker_logs_and_reads_her_own_time(self):
        line = self._log(self.yann, "Calls to programmers", 2.5)
        self.assertEqual(line.company_id, self.company_b)
        self.assertEqual(line.employee_id.user_id, self.yann)
        env = self._tick(self.yann, self.company_a | self.company_b)
        self.assertEqual(
            env["account.analytic.line"].search(
                [("account_id", "=", self.project_b.account_id.id)]
            ),
            line,
            "She reads her own timesheet, and nothing else of B's analytic lines",
        )

    def test_manager_approves_company_timesheets_not_its_accounting(self):
        env = self._tick(self.manager, self.company_b)
        found = env["account.analytic.line"].search(
            [("account_id", "=", self.project_b.account_id.id)]
        )
        self.assertEqual(found, self.colleague_line)

    def test_accountant_rule_is_left_as_shipped(self):
        """Timesheets open through Python, never by editing
        cluster_role_account's rule: its text is the one of its data file,
        so uninstalling this module leaves it exactly as it was."""
        rule = self.env.ref(RULE)
        self.assertEqual(rule.domain_force, _rule_as_shipped())
        self.assertNotIn("project_id", rule.domain_force)

    def test_without_this_module_analytic_lines_are_the_accountants(self):
        """With cluster_role_account's own condition in place of this
        module's (as after uninstalling it), B's manager reads no timesheet;
        with this module, B's timesheets and still no accounting line."""
        env = self._tick(self.manager, self.company_b)
        registry_class = type(self.env["account.analytic.line"])
        with patch.object(
            registry_class,
            "_outside_books_domain",
            AccountOnlyLine._outside_books_domain,
        ):
            self.env.registry.clear_cache()
            self.assertFalse(
                env["account.analytic.line"].search(
                    [("id", "in", (self.colleague_line | self.accounting_line).ids)]
                )
            )
        self.env.registry.clear_cache()
        self.assertEqual(
            env["account.analytic.line"].search(
                [("id", "in", (self.colleague_line | self.accounting_line).ids)]
            ),
            self.colleague_line,
        )
