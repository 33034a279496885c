# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from odoo.exceptions import ValidationError
from odoo.tests import BaseCase, tagged

from ..lib import qualification, text
from .common import DirectoryCommon


@tagged("post_install", "-at_install")
class TestQualificationHelpers(BaseCase):
    def test_helper_doctests(self):
        for module in (qualification, text):
            with self.subTest(module=module.__name__):
                result = doctest.testmod(module)
                self.assertGreater(result.attempted, 0)
                self.assertEqual(result.failed, 0)


@tagged("post_install", "-at_install")
class TestDirectoryQualification(DirectoryCommon):
    def test_capacity_band_follows_seats_and_can_be_set(self):
        self.venue.seat_count = 650
        self.assertEqual(self.venue.capacity_band, "m")
        self.venue.capacity_band = "l"
        self.assertEqual(self.venue.capacity_band, "l")

    def test_negative_seats_are_refused(self):
        with self.assertRaisesMessage(ValidationError, "cannot be negative"):
            self.venue.seat_count = -5

    def test_department_from_french_postcode(self):
        self.venue.write({"zip": "29000", "country_id": self.env.ref("base.fr").id})
        self.assertEqual(self.venue.department, "29")
        self.venue.country_id = self.env.ref("base.be")
        self.assertFalse(self.venue.department)

    def test_structure_cannot_run_itself(self):
        network = self._create_entry(self.booker_a, name="Réseau Breton")
        network.operator_id = self.venue
        with self.assertRaisesMessage(ValidationError, "cannot run itself"):
            self.venue.operator_id = network

    def test_filters_find_programmers_of_a_discipline(self):
        """The 'Programmers' filter and disciplines combine like a segment."""
        dance = self.env.ref("booking_directory.discipline_dance_contemporary")
        programmer = self.env.ref("booking_directory.role_programmer")
        person = self._create_entry(
            self.booker_a,
            name="Anne Le Goff",
            is_company=False,
            directory_role_ids=[programmer.id],
            discipline_ids=[dance.id],
            programmed_structure_ids=[self.venue.id],
        )
        found = self._partners_as(self.booker_b).search(
            [
                ("directory_role_ids.is_programmer", "=", True),
                (
                    "discipline_ids",
                    "child_of",
                    self.env.ref("booking_directory.discipline_dance").id,
                ),
            ]
        )
        self.assertEqual(found, person)
        self.assertEqual(self.venue.programmer_ids, person)
