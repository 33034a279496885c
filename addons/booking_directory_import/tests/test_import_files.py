# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64
import csv
import io

from odoo.tests import HttpCase, tagged

from odoo.addons.booking_directory.tests.common import DirectoryCommon

from .test_directory_import import HEADER


def _parse(content):
    """Rows of a CSV file as a spreadsheet would open it."""
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


@tagged("post_install", "-at_install")
class TestImportFiles(DirectoryCommon, HttpCase):
    """Issue 13, item 9: the template to fill in and the rows in error to
    correct are downloaded from the wizard, and import as they are."""

    def _env(self, user):
        return self.env(
            user=user,
            context=dict(self.env.context, allowed_company_ids=user.company_ids.ids),
        )

    def _import(self, content, user=None):
        wizard = self._env(user or self.booker_a)["directory.import"].create(
            {"file": base64.b64encode(content), "file_name": "entries.csv"}
        )
        wizard.action_load()
        wizard.action_import()
        return wizard, {row.line_number: row for row in wizard.row_ids}

    def test_template_names_every_column_and_imports_as_it_is(self):
        self.authenticate(self.booker_a.login, self.booker_a.login)
        response = self.url_open("/booking_directory_import/template.csv")
        self.assertEqual(response.status_code, 200)
        self.assertIn("text/csv", response.headers["Content-Type"])
        self.assertIn("directory-template.csv", response.headers["Content-Disposition"])
        header, example = _parse(response.content)
        self.assertEqual(header[:4], ["Name", "Type", "E-mail", "Phone"])
        self.assertIn("SIRET", header)
        self.assertIn("Works At", header)
        self.assertEqual(example[:2], ["Le Grand Phare", "Venue"])
        wizard = self._env(self.booker_a)["directory.import"].create(
            {"file": base64.b64encode(response.content), "file_name": "t.csv"}
        )
        wizard.action_load()
        self.assertNotIn("skip", wizard.column_ids.mapped("target"))
        wizard.action_import()
        entry = wizard.row_ids.partner_id
        self.assertEqual(entry.name, "Le Grand Phare")
        self.assertEqual((entry.directory_type, entry.seat_count), ("venue", 450))

    def test_template_is_for_users_who_may_import(self):
        outsider = self._create_user("import_outsider", self.company_a)
        self.authenticate(outsider.login, outsider.login)
        response = self.url_open("/booking_directory_import/template.csv")
        self.assertEqual(response.status_code, 403)

    def test_rows_in_error_download_and_import_again_once_corrected(self):
        """The rejected rows come back as they were, with what is wrong in a
        last column; corrected, the same file imports."""
        wizard, rows = self._import(
            (
                HEADER + "La Carène;venue;carene@brest.example;Brest;29200;;;;\n"
                "Bad Mail;venue;not-an-address;Brest;29200;;;;\n"
                "Bad Seats;venue;;Lorient;56100;;environ 300;;\n"
            ).encode()
        )
        self.assertEqual(wizard.error_count, 2)
        action = wizard.action_download_rejected()
        self.authenticate(self.booker_a.login, self.booker_a.login)
        response = self.url_open(action["url"])
        self.assertEqual(response.status_code, 200)
        self.assertIn("entries-rejected.csv", response.headers["Content-Disposition"])
        lines = _parse(response.content)
        self.assertEqual(lines[0], [*HEADER.strip().split(";"), "Error"])
        self.assertEqual([line[0] for line in lines[1:]], ["Bad Mail", "Bad Seats"])
        self.assertIn("not a valid e-mail address", lines[1][-1])
        # Corrected in the spreadsheet, the file is imported again
        lines[1][2] = "mail@bad.example"
        lines[2][6] = "300"
        text = io.StringIO()
        csv.writer(text, delimiter=";").writerows(lines)
        wizard, rows = self._import(text.getvalue().encode())
        self.assertEqual(wizard.imported_count, 2, rows)
        self.assertEqual(rows[3].partner_id.seat_count, 300)

    def test_messages_are_full_and_choices_visible(self):
        """The report's messages are not cut (a text column), and every
        column of the mapping shows its choice, "Do Not Import" included."""
        wizard = self._env(self.booker_a)["directory.import"].create(
            {
                "file": base64.b64encode(b"Nom;Remarque\nLa Carene;x\n"),
                "file_name": "entries.csv",
            }
        )
        wizard.action_load()
        self.assertEqual(wizard.column_ids.mapped("target"), ["name", "skip"])
        arch = wizard.get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertIn('widget="statusbar"', arch)
        self.assertEqual(wizard.row_ids._fields["message"].type, "text")
