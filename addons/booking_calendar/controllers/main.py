# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import http
from odoo.http import request


class BookingCalendarFeedController(http.Controller):
    @http.route(
        "/booking/calendar/<string:token>.ics",
        type="http",
        auth="public",
        methods=["GET"],
        save_session=False,
    )
    def booking_calendar_feed(self, token):
        """A user's calendar feed, for her phone: found by its secret token,
        read as her (``booking.calendar.feed._ical``). An unknown or revoked
        token, or a user who may no longer log in, is not found, as any
        address that does not exist."""
        feed = request.env["booking.calendar.feed"]._find(token)
        if not feed:
            raise request.not_found()
        return request.make_response(
            feed._ical(),
            headers=[
                ("Content-Type", "text/calendar; charset=utf-8"),
                ("Content-Disposition", 'inline; filename="booking.ics"'),
                ("Cache-Control", "private, no-store"),
            ],
        )
