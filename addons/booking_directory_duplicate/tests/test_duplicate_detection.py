# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from odoo.tests import BaseCase, tagged

from odoo.addons.booking_directory.tests.common import DirectoryCommon

from ..lib import matching


@tagged("post_install", "-at_install")
class TestMatchingEngine(BaseCase):
    def test_engine_doctests(self):
        result = doctest.testmod(matching)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)

    def test_festival_and_its_organisation_look_alike(self):
        """The classic import duplicate: a festival and the association that
        runs it."""
        self.assertEqual(
            matching.match_level(
                {"name": "Festival des Rives Celtes", "city": "Lorient"},
                {"name": "Association des Rives Celtes", "city": "Lorient"},
            ),
            matching.POSSIBLE,
        )


@tagged("post_install", "-at_install")
class TestDuplicateDetection(DirectoryCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.venue.write(
            {
                "city": "Quimper",
                "email": "accueil@cornouaille.example",
                "vat": "FR12345678901",
            }
        )

    def _pairs(self, partner):
        return self.env["directory.duplicate"].search([("partner_id", "=", partner.id)])

    def test_same_name_and_city_in_other_case_is_suspect(self):
        """'THEATRE DE CORNOUAILLE' in 'QUIMPER' is the same name and city."""
        entry = self._create_entry(
            self.booker_b, name="THEATRE DE CORNOUAILLE", city="QUIMPER"
        )
        pair = self._pairs(entry)
        self.assertEqual(pair.duplicate_of_id, self.venue)
        self.assertEqual(pair.level, "suspect")
        self.assertEqual(entry.directory_duplicate_count, 1)
        self.assertEqual(self.venue.directory_duplicate_count, 1)

    def test_same_email_or_vat_is_certain(self):
        by_mail = self._create_entry(
            self.booker_b, name="Cornouaille SN", email=" Accueil@Cornouaille.example"
        )
        by_vat = self._create_entry(
            self.booker_b, name="Scène nationale", vat="FR 123 456 789 01"
        )
        self.assertEqual(self._pairs(by_mail).level, "certain")
        self.assertEqual(self._pairs(by_vat).level, "certain")

    def test_look_alike_name_is_possible(self):
        entry = self._create_entry(
            self.booker_b, name="Theatre Cornouaille", city="Brest"
        )
        self.assertEqual(self._pairs(entry).level, "possible")

    def test_unrelated_entry_is_not_a_duplicate(self):
        entry = self._create_entry(self.booker_b, name="Le Grand Phare", city="Brest")
        self.assertFalse(self._pairs(entry))

    def test_no_pair_across_clusters(self):
        """Another cluster's directory is never compared, nor its pairs shown."""
        entry = self._create_entry(
            self.booker_q, name="Théâtre de Cornouaille", city="Quimper"
        )
        self.assertFalse(self._pairs(entry))
        self._create_entry(self.booker_b, name="THEATRE DE CORNOUAILLE", city="Quimper")
        self.assertFalse(
            self.env["directory.duplicate"]
            .with_user(self.booker_q)
            .with_context(allowed_company_ids=self.company_q.ids)
            .search([])
        )

    def test_dismissed_pair_stays_dismissed_after_a_scan(self):
        entry = self._create_entry(
            self.booker_b, name="Théâtre de Cornouaille", city="Quimper"
        )
        self._pairs(entry).with_user(self.booker_b).action_dismiss()
        self.env["directory.duplicate"]._scan_directory(self.cluster_breizh)
        self.assertEqual(self._pairs(entry).state, "dismissed")
        self.assertEqual(entry.directory_duplicate_count, 0)
