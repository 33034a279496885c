# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import HttpCase, tagged

from .common import DaySheetCommon


@tagged("post_install", "-at_install")
class TestDaySheetHttp(DaySheetCommon, HttpCase):
    """The report controller, as the browser calls it when one clicks
    Print > Day Sheet."""

    def _get_sheet(self, user):
        # The groups of the roles she holds in her companies, as after a login
        self._env_of(user)
        self.authenticate(user.login, user.login)
        return self.url_open(
            f"/report/pdf/booking_day_sheet.report_day_sheet/{self.date.id}"
        )

    def test_booker_downloads_her_companys_sheet(self):
        """A's booker gets the sheet of A's date over HTTP."""
        response = self._get_sheet(self.booker)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
        self.assertIn("Hôtel de la Gare", response.text)

    def test_booker_of_another_company_gets_nothing_of_the_sheet(self):
        """B's booker asking for A's sheet by its id is refused, and the
        answer carries nothing of it."""
        with self.assertLogs("odoo.http", level="WARNING"):
            response = self._get_sheet(self.booker_b_only)
        self.assertNotEqual(response.status_code, 200)
        for text in ("Hôtel de la Gare", "Quai de déchargement", "Kan ar Mor"):
            self.assertNotIn(text, response.text)
