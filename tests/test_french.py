# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""French loaded the way Odoo loads it, and used the way a French user does.

``test_i18n`` reads the catalogues with polib, which forgives what Odoo's
own reader does not (one ``# module:`` comment line made every French login
crash). Here French is installed through *Settings > Languages*, Odoo's code
translations are read with Odoo's reader, a French user logs in over HTTP,
and the suite's screens, reports and record names are checked for English
left behind.
"""

import logging
import re
from pathlib import Path

import polib
from lxml import html as lxml_html
from test_every_screen import install_french

from odoo import Command
from odoo.tests import HttpCase, tagged
from odoo.tools.translate import CodeTranslations

ADDONS = Path(__file__).resolve().parent.parent / "addons"
SUITE = sorted(path.parent.name for path in ADDONS.glob("*/__manifest__.py"))
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# The documents printed in French whatever the reader's language: a deal's
# contract is French in France, in the organiser's language abroad
FRENCH_DOCUMENTS = {
    "booking.deal": [("deal_type", "not in", ("flat", "versus", "plus", "door"))]
}


def english_terms(module, occurrence):
    """The module's English terms whose French differs, for one kind of
    occurrence (e.g. ``ir.ui.view,arch_db``)."""
    catalogue = polib.pofile(str(ADDONS / module / "i18n" / "fr.po"))
    return {
        entry.msgid
        for entry in catalogue
        if entry.msgstr
        and entry.msgstr != entry.msgid
        and len(entry.msgid) > 3
        and any(occurrence in place for place, _line in entry.occurrences)
    }


@tagged("post_install", "-at_install")
class TestFrench(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Once for the class: loading French reads every module's catalogue
        install_french(cls.env)
        cls.french_user = cls.env["res.users"].create(
            {
                "name": "Gaëlle Française",
                "login": "fr_user",
                "password": "fr_user_pw",
                "lang": "en_US",
            }
        )

    def test_french_installs_and_a_french_user_logs_in(self):
        with self.assertNoLogs("odoo", level=logging.ERROR):
            # again, as the administrator does it: the loader reads each
            # catalogue anew, and must log nothing wrong
            install_french(self.env)
        reader = CodeTranslations()
        for module in SUITE:
            with self.subTest(module=module):
                # Odoo's reader, as a French request loads them lazily;
                # it raises on what polib forgives
                reader.get_python_translations(module, "fr_FR")
                reader.get_web_translations(module, "fr_FR")
        self.french_user.lang = "fr_FR"
        self.authenticate("fr_user", "fr_user_pw")
        response = self.url_open("/odoo")
        self.assertEqual(response.status_code, 200)
        self.assertIn('"lang": "fr_FR"', response.text)
        response = self.url_open("/web/webclient/translations/any?lang=fr_FR")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["lang"], "fr_FR")

    def test_quebec_reads_courriel(self):
        """fr_CA reads fr.po, then fr_CA.po over it: one word differs."""
        quebec = (
            self.env["res.lang"]
            .with_context(active_test=False)
            .search([("code", "=", "fr_CA")])
        )
        self.env["base.language.install"].create(
            {"lang_ids": [Command.set(quebec.ids)]}
        ).lang_install()
        field = self.env["directory.import.column"]._fields["target"]

        def label(lang):
            env = self.env(context={"lang": lang})
            return dict(field._description_selection(env))["email"]

        self.assertEqual(label("fr_FR"), "E-mail")
        self.assertEqual(label("fr_CA"), "Courriel")

    def test_disciplines_read_in_french(self):
        """Discipline paths ("Musique / Musiques du monde") follow the
        reader's language, although their stored path is the install's."""
        child = self.env["directory.discipline"].search(
            [("parent_id", "!=", False)], limit=1
        )
        french = child.with_context(lang="fr_FR")
        self.assertEqual(
            french.display_name, f"{french.parent_id.name} / {french.name}"
        )
        self.assertNotEqual(
            french.display_name, child.with_context(lang="en_US").display_name
        )

    def test_no_english_left_in_the_suites_views(self):
        views = self.env["ir.ui.view"].search(
            [
                ("model_data_id.module", "in", SUITE),
                ("type", "in", ("form", "list", "kanban", "search")),
                ("inherit_id", "=", False),
            ]
        )
        terms = {
            module: english_terms(module, "ir.ui.view,arch_db") for module in SUITE
        }
        for view in views:
            module = view.model_data_id.module
            with self.subTest(view=view.xml_id):
                arch = (
                    self.env[view.model]
                    .with_context(lang="fr_FR")
                    .get_view(view.id, view.type)["arch"]
                )
                self.assertFalse(
                    self._texts(arch) & terms[module], "English left in French"
                )

    def test_no_iso_dates_in_french_record_names(self):
        """Record names built from dates read as a French user writes
        them, not "2026-11-01 to 2026-11-30"."""
        for name, model in self.env.registry.items():
            if model._abstract or model._original_module not in SUITE:
                continue
            records = self.env[name].with_context(lang="fr_FR").search([], limit=5)
            for record in records:
                with self.subTest(model=name, record=record.id):
                    self.assertNotRegex(record.display_name or "", ISO_DATE)

    def test_reports_and_mails_in_french(self):
        reports = self.env["ir.actions.report"].browse(
            self.env["ir.model.data"]
            .search([("model", "=", "ir.actions.report"), ("module", "in", SUITE)])
            .mapped("res_id")
        )
        for report in reports.filtered(lambda r: r.report_type == "qweb-pdf"):
            record = self.env[report.model].search(
                FRENCH_DOCUMENTS.get(report.model, []), limit=1
            )
            if not record:
                continue
            module = report.get_external_id()[report.id].split(".")[0]
            with self.subTest(report=report.report_name):
                html, _type = (
                    self.env["ir.actions.report"]
                    .with_context(lang="fr_FR")
                    ._render_qweb_html(report.report_name, record.ids)
                )
                found = self._texts(html.decode()) & english_terms(
                    module, "ir.ui.view,arch_db"
                )
                self.assertFalse(found, "English left in the French PDF")
        templates = self.env["mail.template"].browse(
            self.env["ir.model.data"]
            .search([("model", "=", "mail.template"), ("module", "in", SUITE)])
            .mapped("res_id")
        )
        for template in templates:
            record = self.env[template.model].search([], limit=1)
            if not record:
                continue
            with self.subTest(template=template.name):
                body = template.with_context(lang="fr_FR")._render_field(
                    "body_html", record.ids
                )[record.id]
                module = template.get_external_id()[template.id].split(".")[0]
                english = english_terms(module, "mail.template")
                self.assertFalse(self._texts(str(body)) & english)

    @staticmethod
    def _texts(markup):
        """The texts and labels a person reads in ``markup``."""
        root = lxml_html.fromstring(markup)
        texts = {text.strip() for text in root.itertext() if text.strip()}
        for node in root.iter():
            for attr in ("string", "help", "placeholder", "title", "confirm"):
                if node.get(attr):
                    texts.add(node.get(attr).strip())
        return texts
