# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from odoo.tests import BaseCase, tagged

from ..lib import ical


@tagged("post_install", "-at_install")
class TestIcal(BaseCase):
    def test_the_serializer_doctests(self):
        """The examples of lib/ical.py hold."""
        result = doctest.testmod(ical)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)
