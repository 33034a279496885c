"""The main flows, walked in headless Chromium as the user who does them.

Each tour lives in the module whose screens it walks
(``static/tests/tours/``) and runs on the demo data, logged in as a demo
user (the password is the login). Odoo skips them, saying so, where
Chromium is missing; ``.ci/run`` installs it.
"""

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestTours(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env.ref("cluster_base.user_maelle_demo", raise_if_not_found=False):
            cls.skipTest(cls, "the demo data is not installed")

    def test_shared_booker_switches_and_reads_each_companys_notes(self):
        self.start_tour(
            "/odoo/action-booking_directory.res_partner_action_directory",
            "booking_directory_notes_switch_tour",
            login="maelle",
        )
