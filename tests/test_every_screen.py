# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Every user, every screen, in English and in French.

Each demo user, and a fresh user holding one single role of the suite, opens
every menu she sees with every company she holds ticked, the way the web
client does (see ``screen_crawler``). Any access error, server error or
crash fails the test, naming the user, the language, the menu and the step.
French is installed through Odoo's own language wizard first, as an
administrator does it under *Settings > Languages*.

Relies on the demo data (``scripts/test`` installs it).
"""

from pathlib import Path

from screen_crawler import ScreenCrawler

from odoo import Command
from odoo.tests import TransactionCase, new_test_user, tagged

ADDONS = Path(__file__).resolve().parent.parent / "addons"
SUITE = {path.parent.name for path in ADDONS.glob("*/__manifest__.py")}
DEMO_LOGINS = (
    "admin",
    "maelle",
    "gwenaelle",
    "yann",
    "soizic",
    "loic",
    "nolwenn",
    "camille",
    "julie",
)


def install_french(env):
    """French as an administrator adds it under *Settings > Languages*."""
    french = (
        env["res.lang"].with_context(active_test=False).search([("code", "=", "fr_FR")])
    )
    env["base.language.install"].create(
        {"lang_ids": [Command.set(french.ids)], "overwrite": False}
    ).lang_install()
    return french


@tagged("post_install", "-at_install")
class TestEveryScreen(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env.ref("cluster_base.user_maelle_demo", raise_if_not_found=False):
            cls.skipTest(cls, "the demo data is not installed")
        install_french(cls.env)
        cls.users = {
            login: cls.env["res.users"].search([("login", "=", login)])
            for login in DEMO_LOGINS
        }
        cls.users = {login: user for login, user in cls.users.items() if user}
        cls.users.update(cls._single_role_users())

    @classmethod
    def _single_role_users(cls):
        """A fresh user per role of the suite, holding that role alone in
        the demo company where it makes sense, plus a plain employee."""
        ar_men = cls.env.ref("cluster_base.company_ar_men_demo")
        transat = cls.env.ref("cluster_base.company_transat_demo")
        roles = cls.env["ir.model.data"].search(
            [("model", "=", "res.users.role"), ("module", "in", list(SUITE))]
        )
        users = {}
        for data in roles:
            role = cls.env["res.users.role"].browse(data.res_id)
            company = transat if "consolidation" in data.module else ar_men
            login = f"crawl_{data.name}"
            user = new_test_user(
                cls.env,
                login=login,
                groups="base.group_user",
                company_id=company.id,
                company_ids=[Command.set(company.ids)],
            )
            user.role_line_ids = [
                Command.create({"role_id": role.id, "company_id": company.id})
            ]
            users[f"{role.name} only"] = user
        users["employee without role"] = new_test_user(
            cls.env,
            login="crawl_employee",
            groups="base.group_user",
            company_id=ar_men.id,
            company_ids=[Command.set(ar_men.ids)],
        )
        return users

    def _env_of(self, user, lang):
        """The user's environment with every company she holds ticked, her
        default company current, as the company switcher leaves it."""
        companies = user.company_id | user.company_ids
        user.with_context(active_company_ids=companies.ids).set_groups_from_roles()
        self.env.invalidate_all()
        return self.env(
            user=user,
            context={"allowed_company_ids": companies.ids, "lang": lang},
        )

    def _crawl(self, lang, buttons=False):
        failures = []
        for name, user in self.users.items():
            with self.subTest(user=name, lang=lang):
                crawler = ScreenCrawler(self._env_of(user, lang), SUITE, buttons)
                found = crawler.crawl()
                self.assertTrue(crawler.screens, f"{name} opened no screen at all")
                failures += [f"{name} ({lang}): {failure}" for failure in found]
        self.assertFalse(failures, "\n" + "\n".join(failures))

    def test_every_screen_in_english_with_buttons(self):
        self._crawl("en_US", buttons=True)

    def test_every_screen_in_french(self):
        self._crawl("fr_FR")
