# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The README and the modules' readme fragments say what the demo does.

Every menu path they write in italics (*App > Menu > Sub-menu*, with the
single right-pointing angle quote) leads to a menu of the installed suite,
every *Action > Name* or *Print > Name* to an action or a report bound to
a model, and every demo login of the README's table logs in with its login as
password. Relies on the demo data.
"""

import re
from pathlib import Path

from odoo.tests import HttpCase, tagged

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted(ROOT.glob("addons/*/readme/*.md"))]
SEP = "\u203a"  # the menu separator the docs use
PATH = re.compile(r"\*([^*]+?" + SEP + r"[^*]+?)\*", re.DOTALL)
LOGIN_CELL = re.compile(r"^\| ((?:`\w+`(?:, )?)+) \|", re.MULTILINE)


def menu_paths():
    """(document, [segments]) for each italic menu path of the docs."""
    for doc in DOCS:
        for match in PATH.finditer(doc.read_text()):
            text = " ".join(match.group(1).split())
            yield doc.relative_to(ROOT), [part.strip() for part in text.split(SEP)]


@tagged("post_install", "-at_install")
class TestReadme(HttpCase):
    def test_menu_paths_lead_to_menus(self):
        menus = (
            self.env["ir.ui.menu"]
            .with_context(lang="en_US", **{"ir.ui.menu.full_list": True})
            .search([])
        )
        paths = [menu.complete_name.split("/") for menu in menus]
        actions = self.env["ir.actions.actions"].search(
            [("binding_model_id", "!=", False)]
        )
        bound = set(actions.mapped("name")) | {"Export"}  # Odoo's own
        checked = 0
        for doc, segments in menu_paths():
            with self.subTest(doc=str(doc), path=f" {SEP} ".join(segments)):
                if segments[0] in ("Action", "Print"):
                    self.assertIn(segments[1], bound)
                    continue
                if segments[-1] == "New":  # the button of the screen named
                    segments = segments[:-1]
                self.assertTrue(
                    any(self._follows(segments, path) for path in paths),
                    "no such menu",
                )
                checked += 1
        self.assertGreater(checked, 10)

    @staticmethod
    def _follows(segments, path):
        """Whether the menu ``path`` (its names from the root) starts with
        the README's first segment and holds the others in order."""
        path = [name.strip() for name in path]
        if path[0] != segments[0] or path[-1] != segments[-1]:
            return False
        position = 0
        for segment in segments:
            if segment not in path[position:]:
                return False
            position = path.index(segment, position) + 1
        return True

    def test_demo_logins_log_in(self):
        readme = (ROOT / "README.md").read_text()
        table = readme[readme.index("| Login |") :]
        table = table[: table.index("\n\n")]
        logins = [
            login
            for cell in LOGIN_CELL.findall(table)
            for login in re.findall(r"`(\w+)`", cell)
        ]
        self.assertIn("nolwenn", logins)
        for login in logins:
            with self.subTest(login=login):
                self.authenticate(login, login)
                self.assertEqual(self.session.login, login)
