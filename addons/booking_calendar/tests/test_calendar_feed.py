# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import vobject

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .common import SECRET, CalendarCommon


@tagged("post_install", "-at_install")
class TestCalendarFeed(CalendarCommon, HttpCase):
    """The phone of Ar Men's accountant reads her feed over HTTP, with no
    session: only the address's secret token."""

    def _own_feed(self, user):
        env = self._env_of(user)
        action = env["booking.calendar.feed"].action_open_own()
        return env["booking.calendar.feed"].browse(action["res_id"])

    @staticmethod
    def _events(text):
        """(summary, description, status) of each event of a feed."""
        calendar = vobject.readOne(text)
        return sorted(
            (
                event.summary.value,
                event.description.value if hasattr(event, "description") else "",
                event.status.value if hasattr(event, "status") else "",
            )
            for event in calendar.contents.get("vevent", [])
        )

    def _get(self, feed_or_token):
        token = getattr(feed_or_token, "token", feed_or_token)
        return self.url_open(f"/booking/calendar/{token}.ics")

    def test_the_feed_serves_details_and_busy_days_only(self):
        feed = self._own_feed(self.yann)
        self.assertFalse(feed.token, "no address until she asks for one")
        feed.action_generate()
        self.assertTrue(feed.url.endswith(f"/booking/calendar/{feed.token}.ics"))
        response = self._get(feed)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.headers["Content-Type"].startswith("text/calendar"))
        text = response.text
        cornouaille = "Kan ar Mor · Théâtre de Cornouaille"
        organiser = "Organiser: Théâtre de Cornouaille"
        self.assertEqual(
            self._events(text),
            [
                ("Kan Diskan Test: busy", "", ""),
                ("Kan Diskan Test: busy", "", ""),
                (
                    cornouaille,
                    f"Confirmed\nAr Men Test\n{organiser}\nShow 20:30",
                    "CONFIRMED",
                ),
                (cornouaille, f"Option\nAr Men Test\n{organiser}", "TENTATIVE"),
            ],
        )
        for foreign in (SECRET, "Salle Kan Diskan", "Transat"):
            self.assertNotIn(foreign, text)

    def test_a_revoked_or_replaced_address_is_not_found(self):
        feed = self._own_feed(self.yann)
        feed.action_generate()
        old = feed.token
        feed.action_generate()
        self.assertEqual(self._get(old).status_code, 404)
        self.assertEqual(self._get(feed).status_code, 200)
        feed.action_revoke()
        self.assertEqual(self._get(old).status_code, 404)
        self.assertFalse(feed.token)
        self.assertEqual(self._get("not-a-token").status_code, 404)

    def test_a_user_who_may_not_log_in_has_no_feed(self):
        feed = self._own_feed(self.yann)
        feed.action_generate()
        self.yann.active = False
        self.assertEqual(self._get(feed).status_code, 404)

    def test_the_feed_follows_the_roles_not_the_last_switcher(self):
        """Ar Men's accountant who is also Kan Diskan's member
        administrator last ticked Kan Diskan alone in the web client, which
        left her without the booking groups: her phone still reads Ar Men's
        dates in detail and Kan Diskan's as busy."""
        user = self._create_user_with_roles(
            "cal_mixed",
            [
                (self.role_accountant, self.company_a),
                (self.role_member_admin, self.company_b),
            ],
        )
        feed = self._own_feed(user)
        feed.action_generate()
        self._tick(user, self.company_b)
        self.assertFalse(user.has_group("booking_production.group_booking_viewer"))
        text = self._get(feed).text
        self.assertIn("Kan ar Mor", text)
        self.assertIn("Kan Diskan Test: busy", text)
        self.assertNotIn(SECRET, text)

    def test_nobody_reads_or_makes_another_user_s_feed(self):
        feed = self._own_feed(self.yann)
        feed.action_generate()
        env = self._env_of(self.maelle)
        self.assertFalse(env["booking.calendar.feed"].search([("id", "=", feed.id)]))
        with self.assertRaises(AccessError):
            feed.with_env(env).read(["token"])
        with self.assertRaises(AccessError):
            env["booking.calendar.feed"].create({"user_id": self.gwen.id})
        self.assertNotEqual(self._own_feed(self.maelle), feed)
