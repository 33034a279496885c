# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64
import io

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.booking_directory.tests.common import DirectoryCommon

HEADER = "Nom;Type;Courriel;Ville;Code postal;Pays;Jauge;Disciplines;Structure\n"


@tagged("post_install", "-at_install")
class TestDirectoryImport(DirectoryCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.venue.write({"city": "Quimper", "email": "accueil@cornouaille.example"})
        # An entry of the other cluster that an import must never reveal
        cls.quebec_venue = cls._create_entry(
            cls.booker_q,
            name="Salle Odyssée",
            city="Gatineau",
            email="info@odyssee.example",
        )

    def _wizard(self, content, user=None, file_name="entries.csv"):
        user = user or self.booker_a
        return (
            self.env["directory.import"]
            .with_user(user)
            .with_context(allowed_company_ids=user.company_id.ids)
            .create(
                {
                    "file": base64.b64encode(
                        content.encode() if isinstance(content, str) else content
                    ),
                    "file_name": file_name,
                }
            )
        )

    def _run(self, content, **kwargs):
        wizard = self._wizard(content, **kwargs)
        wizard.action_load()
        wizard.action_import()
        return wizard, {row.line_number: row for row in wizard.row_ids}

    def test_columns_are_mapped_from_french_headers(self):
        wizard = self._wizard(HEADER + "Le Grand Phare;Lieu;;Brest;29200;;;;\n")
        wizard.action_load()
        self.assertEqual(
            wizard.column_ids.mapped("target"),
            [
                "name",
                "kind",
                "email",
                "city",
                "zip",
                "country",
                "seat_count",
                "disciplines",
                "works_at",
            ],
        )
        self.assertEqual(wizard.column_ids[0].sample, "Le Grand Phare")

    def test_french_type_words_are_understood_whatever_the_language(self):
        """An English-speaking user imports a French file: "Salle" and
        "Réseau" are types; "Cirque" is not, and says so."""
        _wizard, rows = self._run(
            HEADER
            + "La Carène;Salle;;Brest;29200;;;;\n"
            + "Réseau Breton;RÉSEAU;;Rennes;35000;;;;\n"
            + "L'Estran;Cirque;;Guidel;56520;;;;\n"
        )
        self.assertEqual(rows[2].partner_id.directory_type, "venue")
        self.assertEqual(rows[3].partner_id.directory_type, "network")
        self.assertEqual(rows[4].status, "error")
        self.assertIn("Cirque", rows[4].message)

    def test_valid_rows_are_imported_into_the_cluster_directory(self):
        wizard, rows = self._run(
            HEADER + "Le Grand Phare;venue;phare@brest.example;Brest;29200;France;450;"
            "Jazz, Contemporary Dance;\n"
            "Soizic Le Goff;Person;soizic@brest.example;Brest;;;;;le grand phare\n"
        )
        self.assertEqual(wizard.imported_count, 2, rows)
        venue, person = rows[2].partner_id, rows[3].partner_id
        self.assertEqual(venue.directory_cluster_id, self.cluster_breizh)
        self.assertEqual(venue.directory_type, "venue")
        self.assertTrue(venue.is_company)
        self.assertEqual(venue.seat_count, 450)
        self.assertEqual(venue.capacity_band, "m")
        self.assertEqual(venue.department, "29")
        self.assertEqual(venue.country_id, self.env.ref("base.fr"))
        self.assertEqual(
            venue.discipline_ids,
            self.env.ref("booking_directory.discipline_music_jazz")
            | self.env.ref("booking_directory.discipline_dance_contemporary"),
        )
        self.assertFalse(person.is_company)
        self.assertEqual(person.parent_id, venue)
        # Shared with the cluster's members, not with the other cluster
        self.assertIn(venue, self._partners_as(self.booker_b).search([]))
        self.assertNotIn(venue, self._partners_as(self.booker_q).search([]))

    def test_each_bad_row_is_reported_and_the_rest_imported(self):
        wizard, rows = self._run(
            HEADER + ";venue;;Brest;;;;;\n"
            "Bad Mail;venue;not-an-address;Brest;;;;;\n"
            "Bad Type;cinéma;;Brest;;;;;\n"
            "Bad Seats;venue;;Brest;;;environ 300;;\n"
            "Bad Country;venue;;Brest;;Atlantis;;;\n"
            "Bad Discipline;venue;;Brest;;;;Opéra-rock;\n"
            "Lost Person;person;;Brest;;;;;Nowhere Hall\n"
            "Good Hall;festival;;Brest;;;;;\n"
        )
        self.assertEqual(wizard.imported_count, 1)
        self.assertEqual(wizard.error_count, 7)
        messages = {line: row.message for line, row in rows.items()}
        self.assertEqual(messages[2], "The name is missing.")
        self.assertIn("“not-an-address” is not a valid e-mail address", messages[3])
        self.assertIn("Unknown type “cinéma”", messages[4])
        self.assertIn("Festival", messages[4])
        self.assertIn("not a whole number", messages[5])
        self.assertIn("Unknown country “Atlantis”", messages[6])
        self.assertIn("Unknown discipline: Opéra-rock", messages[7])
        self.assertIn("No structure named “Nowhere Hall”", messages[8])
        self.assertEqual(rows[9].status, "imported")
        created = self.env["res.partner"].search(
            [("name", "in", ["Bad Mail", "Bad Type", "Lost Person"])]
        )
        self.assertFalse(created, "a failed row must not be imported")

    def test_duplicates_of_the_directory_and_of_the_file_are_not_imported(self):
        before = self.venue.read(["name", "email", "city", "write_date"])
        wizard, rows = self._run(
            HEADER
            + "Cornouaille Scène Nationale;venue;ACCUEIL@cornouaille.example;;;;;;\n"
            "THEATRE DE CORNOUAILLE;venue;;QUIMPER;;;;;\n"
            "La Carène;venue;carene@brest.example;Brest;;;;;\n"
            "Carène Brest;venue;Carene@Brest.example;Brest;;;;;\n"
            "Théâtre de Cornouailles;venue;;Douarnenez;;;;;\n"
        )
        self.assertEqual(rows[2].status, "duplicate")
        self.assertIn("Théâtre de Cornouaille", rows[2].message)
        self.assertIn("same e-mail", rows[2].message)
        self.assertEqual(rows[3].status, "duplicate")
        self.assertIn("same name and city", rows[3].message)
        self.assertEqual(rows[4].status, "imported")
        self.assertEqual(rows[5].status, "duplicate")
        self.assertIn("line 4", rows[5].message)
        # A look-alike name is imported; the background check sends the
        # pair to review
        self.assertEqual(rows[6].status, "imported")
        imported = rows[4].partner_id | rows[6].partner_id
        self.assertTrue(all(imported.mapped("dedup_pending")))
        Duplicate = self.env["directory.duplicate"]
        self.assertFalse(Duplicate.search([("partner_id", "in", imported.ids)]))
        self.env["res.partner"]._cron_detect_pending_duplicates()
        self.assertFalse(any(imported.mapped("dedup_pending")))
        pair = Duplicate.search([("partner_id", "in", imported.ids)])
        self.assertEqual(pair.duplicate_of_id, self.venue)
        self.assertEqual(pair.level, "possible")
        self.assertEqual(wizard.imported_count, 2)
        self.assertEqual(
            self.venue.read(["name", "email", "city", "write_date"]), before
        )

    def test_other_cluster_entries_are_neither_matched_nor_named(self):
        """The Québec venue's e-mail is free to use in Brittany: matching it
        would reveal an entry of another cluster."""
        _wizard, rows = self._run(
            HEADER + "Odyssée Bretagne;venue;info@odyssee.example;Rennes;;;;;\n"
        )
        self.assertEqual(rows[2].status, "imported")
        self.assertFalse(rows[2].message)

    def test_a_short_utf8_file_keeps_its_accents(self):
        """chardet takes a few UTF-8 lines for Mac Roman: "Scène" must not
        come back as "Sc√®ne"."""
        self._run("Nom,Ville\nLa Grande Scène,Rennes\n")
        self.assertTrue(
            self.env["res.partner"].search([("name", "=", "La Grande Scène")])
        )
        self._run("\ufeffNom,Ville\nThéâtre à l'Ouest,Brest\n")
        self.assertTrue(
            self.env["res.partner"].search([("name", "=", "Théâtre à l'Ouest")])
        )

    def test_xlsx_file(self):
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(["Name", "Type", "E-mail", "City", "Seats"])
        sheet.append(["L'Arvorik", "Venue", "arvorik@lorient.example", "Lorient", 320])
        sheet.append(["Festival des Rives", "festival", "bad@", "Lorient", None])
        data = io.BytesIO()
        book.save(data)
        wizard, rows = self._run(data.getvalue(), file_name="entries.xlsx")
        self.assertEqual(rows[2].status, "imported")
        self.assertEqual(rows[2].partner_id.seat_count, 320)
        self.assertEqual(rows[3].status, "error")
        self.assertEqual(wizard.imported_count, 1)

    def test_bad_mapping_and_files_get_clear_errors(self):
        wizard = self._wizard("Ville;Courriel\nBrest;a@b.example\n")
        wizard.action_load()
        with self.assertRaisesRegex(UserError, "Map one column to the entry's Name"):
            wizard.action_import()
        wizard.column_ids[0].target = "name"
        wizard.column_ids[1].target = "name"
        with self.assertRaisesRegex(UserError, "Two columns are mapped to “Name”"):
            wizard.action_import()
        with self.assertRaisesRegex(UserError, "The file holds no entry"):
            self._wizard("Nom;Ville\n").action_load()
        loner = self._create_user(
            "import_loner",
            self.company_loner,
            groups="base.group_user,booking_directory.group_directory_user",
        )
        with self.assertRaisesRegex(UserError, "in no cluster"):
            self._wizard("Nom\nX\n", user=loner).action_load()


@tagged("post_install", "-at_install")
class TestImportProbe(DirectoryCommon):
    """Issue 12, finding 4: the wizard's duplicate look-up answers from the
    wizard's cluster, so that cluster must be the importer's own."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.quebec_venue = cls._create_entry(
            cls.booker_q,
            name="Salle Odyssée",
            city="Gatineau",
            email="info@odyssee.example",
        )
        cls.probe = base64.b64encode(
            (
                HEADER + "Guess;venue;info@odyssee.example;;;;;;\n"
                "Salle Odyssée;venue;;Gatineau;;;;;\n"
            ).encode()
        )

    def _env(self, user):
        return self.env(
            user=user, context={"allowed_company_ids": user.company_ids.ids}
        )

    def assertNothingRevealed(self, wizard):
        messages = " ".join(filter(None, wizard.row_ids.mapped("message")))
        self.assertNotIn("Odyssée", messages)
        self.assertNotIn("Already in the directory", messages)

    def test_wizard_created_with_another_cluster_imports_into_its_own(self):
        """A Breton booker creates the wizard over RPC with Transat's
        cluster: the guessed e-mail and name are not answered from Transat's
        directory, and nothing lands there."""
        wizard = self._env(self.booker_a)["directory.import"].create(
            {
                "cluster_id": self.cluster_transat.id,
                "file": self.probe,
                "file_name": "probe.csv",
            }
        )
        wizard.action_load()
        wizard.action_import()
        self.assertNothingRevealed(wizard)
        self.assertEqual(wizard.cluster_id, self.cluster_breizh)
        self.assertEqual(
            wizard.row_ids.partner_id.directory_cluster_id, self.cluster_breizh
        )

    def test_wizard_moved_to_another_cluster_is_refused(self):
        """Writing another cluster into the wizard between two steps is
        refused, with a message naming no cluster."""
        wizard = self._env(self.booker_a)["directory.import"].create(
            {"file": self.probe, "file_name": "probe.csv"}
        )
        wizard.action_load()
        with self.assertRaises(ValidationError) as caught:
            wizard.web_save(
                {"cluster_id": self.cluster_transat.id},
                {"cluster_id": {"fields": {"display_name": {}}}},
            )
            wizard.action_import()
        self.assertNotIn("Transat", str(caught.exception))
        self.assertNothingRevealed(wizard)

    def test_report_line_cannot_point_at_a_foreign_entry(self):
        """A report line's entry is read back with its name: it must be an
        entry of the wizard's directory."""
        env = self._env(self.booker_a)
        wizard = env["directory.import"].create(
            {"file": self.probe, "file_name": "probe.csv"}
        )
        with self.assertRaises(ValidationError):
            env["directory.import.row"].create(
                {
                    "import_id": wizard.id,
                    "line_number": 2,
                    "status": "imported",
                    "partner_id": self.quebec_venue.id,
                }
            ).web_read({"partner_id": {"fields": {"display_name": {}}}})
