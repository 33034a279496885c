# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import ProductionCommon

PDF = base64.b64encode(b"%PDF-1.4 plateau 8 x 6 m")


@tagged("post_install", "-at_install")
class TestRiderVersions(ProductionCommon):
    def test_versions_number_themselves_and_the_latest_is_current(self):
        """Each new rider takes the next version of its production; the
        current rider is the highest version."""
        env = self._env_of(self.booker)
        riders = env["booking.production.rider"]
        first = riders.create({"production_id": self.production.id})
        second, third = riders.create(
            [{"production_id": self.production.id} for _n in range(2)]
        )
        self.assertEqual((first.version, second.version, third.version), (1, 2, 3))
        production = self.production.with_env(env)
        self.assertEqual(production.current_rider_id, third)
        self.assertTrue(third.is_current)
        self.assertFalse(first.is_current)
        other = self._create_production(self.company_a, name="Les Veilleurs")
        self.assertEqual(riders.create({"production_id": other.id}).version, 1)

    def test_the_file_is_attached_to_the_rider_in_its_company(self):
        """The uploaded file becomes an attachment of the rider, owned by the
        production's company: B's booker cannot read it."""
        env = self._env_of(self.booker)
        rider = env["booking.production.rider"].create(
            {"production_id": self.production.id, "file": PDF, "file_name": "ft.pdf"}
        )
        attachment = rider.attachment_id
        self.assertEqual(
            (attachment.res_model, attachment.res_id, attachment.company_id),
            ("booking.production.rider", rider.id, self.company_a),
        )
        self.assertEqual(rider.file, PDF)
        env_b = self._env_of(self.booker_b_only)
        with self.assertRaises(AccessError):
            attachment.with_env(env_b).read(["datas"])

    def test_a_rider_cannot_point_at_another_records_file(self):
        """A rider's file is its own attachment, never another record's."""
        foreign = self.env["ir.attachment"].create(
            {"name": "contrat.pdf", "res_model": "res.partner", "res_id": self.venue.id}
        )
        rider = self._create_rider(self.production)
        with self.assertRaises(ValidationError):
            rider.attachment_id = foreign
