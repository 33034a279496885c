# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Every term of every suite module has a French translation.

The terms are read from the installed code, not from the committed
``.pot``, so a new label without a translation fails here even if nobody
refreshed the template (``scripts/i18n`` does both).
"""

import io
import re
from pathlib import Path

import polib

from odoo.tests import TransactionCase, tagged
from odoo.tools.translate import trans_export

ADDONS = Path(__file__).resolve().parent.parent / "addons"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[.0-9]*[sdf]|%%")


@tagged("post_install", "-at_install")
class TestFrenchTranslation(TransactionCase):
    def _suite_modules(self):
        names = [path.parent.name for path in ADDONS.glob("*/__manifest__.py")]
        return self.env["ir.module.module"].search(
            [("name", "in", names), ("state", "=", "installed")]
        )

    def _live_terms(self, module):
        buffer = io.BytesIO()
        trans_export(False, [module], buffer, "po", self.env.cr)
        return polib.pofile(buffer.getvalue().decode())

    def test_every_term_is_translated_in_french(self):
        modules = self._suite_modules()
        self.assertTrue(modules, "no suite module is installed")
        for module in modules:
            po_path = ADDONS / module.name / "i18n" / "fr.po"
            self.assertTrue(po_path.exists(), f"{module.name} has no i18n/fr.po")
            french = {
                (e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(po_path))
            }
            for entry in self._live_terms(module.name):
                with self.subTest(module=module.name, term=entry.msgid):
                    translation = french.get((entry.msgctxt, entry.msgid))
                    self.assertTrue(translation, "missing French translation")
                    self.assertEqual(
                        sorted(PLACEHOLDER.findall(translation)),
                        sorted(PLACEHOLDER.findall(entry.msgid)),
                        "placeholders differ",
                    )
