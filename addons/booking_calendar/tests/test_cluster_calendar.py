# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import tagged

from .common import CalendarCommon

# What the calendar view asks for (booking_cluster_day_view_calendar)
CALENDAR_SPEC = {
    "display_name": {},
    "day": {},
    "kind": {},
    "company_id": {"fields": {"display_name": {}}},
    "production_id": {"fields": {"display_name": {}}},
    "venue_id": {"fields": {"display_name": {}}},
    "organiser_id": {"fields": {"display_name": {}}},
    "state": {},
}


@tagged("post_install", "-at_install")
class TestClusterCalendar(CalendarCommon):
    def _month(self, env):
        """The calendar's month around ``day0``, as the web client reads it."""
        return env["booking.cluster.day"].web_search_read(
            [("day", ">=", self._day(-10)), ("day", "<=", self._day(20))],
            CALENDAR_SPEC,
        )["records"]

    def _rows(self, env):
        return {
            (row["company_id"]["id"], row["day"], row["kind"]): row
            for row in self._month(env)
        }

    def test_a_booker_of_both_companies_reads_the_details_of_both(self):
        """Maëlle, booker of Ar Men and Kan Diskan with both ticked, reads
        every date that is not cancelled with its production, venue and
        state, and nothing of Transat."""
        rows = self._month(self._env_of(self.maelle))
        self.assertEqual({row["kind"] for row in rows}, {"detail"})
        self.assertEqual(
            sorted(
                (row["production_id"]["display_name"], row["state"]) for row in rows
            ),
            sorted(
                [
                    ("Kan ar Mor", "option"),
                    ("Kan ar Mor", "confirmed"),
                    ("Kan Diskan secret tour", "confirmed"),
                    ("Kan Diskan secret tour", "option"),
                    ("Kan Diskan secret tour", "option"),
                ]
            ),
        )

    def test_the_unticked_company_shows_busy(self):
        """With Ar Men alone ticked, Kan Diskan's days are busy: what she
        reads of each company follows her switcher, as everywhere."""
        rows = self._rows(self._env_of(self.maelle, self.company_a))
        b = self.company_b.id
        self.assertEqual(
            sorted(key for key in rows if key[0] == b),
            [
                (b, self._day(0), "busy"),
                (b, self._day(7), "busy"),
            ],
        )

    def test_the_accountant_reads_her_company_and_the_others_as_busy(self):
        """Ar Men's accountant: Ar Men's dates in detail, Kan Diskan's as
        one busy row per day (two options on day 7 make one row), the
        cancelled day not at all, and nothing but the company and the day."""
        rows = self._rows(self._env_of(self.yann))
        a, b = self.company_a.id, self.company_b.id
        self.assertEqual(
            sorted(rows),
            sorted(
                [
                    (a, self._day(0), "detail"),
                    (a, self._day(1), "detail"),
                    (b, self._day(0), "busy"),
                    (b, self._day(7), "busy"),
                ]
            ),
        )
        busy = rows[(b, self._day(7), "busy")]
        self.assertEqual(busy["display_name"], "Kan Diskan Test: busy")
        for field in ("production_id", "venue_id", "organiser_id", "state"):
            self.assertFalse(busy[field], field)

    def test_another_cluster_reads_nothing_of_the_breton_one(self):
        rows = self._rows(self._env_of(self.julie))
        self.assertEqual(list(rows), [(self.company_p.id, self._day(0), "detail")])

    def test_without_a_booking_role_nothing_shows(self):
        """Ar Men's member administrator holds no booking role: neither
        details nor busy days, and no error either."""
        self.assertEqual(self._month(self._env_of(self.gwen)), [])

    def test_a_cancelled_date_leaves_the_day_free(self):
        """Cancelling Kan Diskan's only date of day 0 frees the day for the
        others."""
        self.date_b_confirmed.write({"state": "cancelled", "cancel_reason": "Rain"})
        rows = self._rows(self._env_of(self.yann))
        self.assertNotIn((self.company_b.id, self._day(0), "busy"), rows)

    def test_the_calendar_screens_open_for_the_accountant(self):
        """The menu's views load for a user holding only the accountant
        role, and the pivot groups the days by company."""
        env = self._env_of(self.yann)
        # the web client loads actions as superuser (/web/action/load)
        action = env.ref("booking_calendar.booking_cluster_day_action").sudo()
        Day = env["booking.cluster.day"]
        views = Day.get_views(
            [(False, mode) for mode in action.view_mode.split(",")]
            + [(False, "search")]
        )
        self.assertEqual(
            set(views["views"]),
            {"calendar", "timeline", "list", "pivot", "form", "search"},
        )
        groups = Day.web_read_group([], ["__count"], ["company_id"], lazy=False)
        self.assertEqual(
            {group["company_id"][1]: group["__count"] for group in groups["groups"]},
            {"Ar Men Test": 2, "Kan Diskan Test": 2},
        )
