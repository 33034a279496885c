# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from odoo.tests import BaseCase, tagged

from ..lib import mapping


@tagged("post_install", "-at_install")
class TestMappingResolver(BaseCase):
    def test_resolver_doctests(self):
        """An account's own rule wins, then the longest prefix, a company's
        own rule before the cluster's: the worked examples hold."""
        result = doctest.testmod(mapping)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)
