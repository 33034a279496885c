# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from lxml import etree

from odoo.tests import tagged

from .common import CalendarCommon


@tagged("post_install", "-at_install")
class TestCompanyCalendar(CalendarCommon):
    def test_the_company_calendar_opens_with_its_timeline(self):
        """Ar Men's accountant opens the Company Calendar menu:
        the calendar, the timeline by production, the list and the pivot
        load, and the calendar shows Ar Men's dates coloured by state."""
        env = self._env_of(self.yann)
        action = env.ref("booking_production.booking_date_action_calendar")
        views = env["booking.date"].get_views(
            [(view.view_id.id, view.view_mode) for view in action.sudo().view_ids]
            + [(False, "list"), (False, "pivot"), (False, "search")]
        )
        timeline = etree.fromstring(views["views"]["timeline"]["arch"])
        self.assertEqual(timeline.get("default_group_by"), "production_id")
        calendar = etree.fromstring(views["views"]["calendar"]["arch"])
        self.assertEqual(calendar.get("color"), "color")
        filters = {
            field.get("name")
            for field in calendar.iter("field")
            if field.get("filters")
        }
        self.assertEqual(filters, {"production_id", "tour_id", "state"})
        records = env["booking.date"].web_search_read(
            [("date", ">=", self._day(-10)), ("date", "<=", self._day(20))],
            {"display_name": {}, "date": {}, "color": {}, "state": {}},
        )["records"]
        self.assertEqual(
            [(row["state"], row["color"]) for row in records],
            [("option", 2), ("confirmed", 10), ("cancelled", 1)],
        )

    def test_the_team_member_filter_finds_her_productions_dates(self):
        nolwenn = self.env["res.partner"].create({"name": "Nolwenn Dancer"})
        self._create_member(self.production_a, nolwenn)
        env = self._env_of(self.maelle)
        dates = env["booking.date"].search(
            [("production_id.member_ids.partner_id", "ilike", "Nolwenn")]
        )
        self.assertEqual(
            dates, self.date_a_option | self.date_a_confirmed | self.date_a_cancelled
        )
