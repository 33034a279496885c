# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestProspectionTour(HttpCase):
    """Maëlle's portfolio in the browser, on the demo data."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env.ref("cluster_base.user_maelle_demo", raise_if_not_found=False):
            cls.skipTest(cls, "the demo data is not installed")

    def test_booker_adds_a_prospect_and_logs_a_call(self):
        self.start_tour(
            "/odoo/action-booking_prospection.booking_prospection_line_action",
            "booking_prospection_portfolio_tour",
            login="maelle",
        )
        line = self.env["booking.prospection.line"].search(
            [
                (
                    "partner_id",
                    "=",
                    self.env.ref("booking_directory.venue_rance_demo").id,
                ),
                (
                    "tour_period_id",
                    "=",
                    self.env.ref(
                        "booking_production.period_kan_ar_mor_bretagne_demo"
                    ).id,
                ),
            ]
        )
        self.assertEqual(len(line), 1)
        self.assertEqual(
            line.company_id, self.env.ref("cluster_base.company_ar_men_demo")
        )
        self.assertEqual(line.stage_id.name, "Contacted")
        call = line.interaction_ids
        self.assertEqual(call.interaction_type, "call")
        self.assertEqual(call.summary, "Called the programmer about the spring tour")
        self.assertEqual(call.partner_id, line.partner_id)
