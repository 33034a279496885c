# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.tools import SQL

# Option history events counted, with their counter codes
COUNTED = {"placed": "options_placed", "confirmed": "dates_confirmed"}


class StaffReport(models.Model):
    _inherit = "cluster.staff.report"

    def _activity_counters(self, period, previous, tz):
        """Options placed and dates confirmed by the person for each
        company, from the options' history, this period and the one before."""
        counters = super()._activity_counters(period, previous, tz)
        self.env["booking.option.event"].flush_model()
        start, end = self._utc_bounds(*period, tz)
        before, _start = self._utc_bounds(*previous, tz)
        # SQL: fenced by the reports' own (person, company) pairs, as the
        # interactions' counters are; each report takes its own pair only
        self.env.cr.execute(
            SQL(
                """
                SELECT user_id, company_id, event,
                       COUNT(*) FILTER (WHERE time >= %(start)s),
                       COUNT(*) FILTER (WHERE time < %(start)s)
                  FROM booking_option_event
                 WHERE user_id = ANY(%(users)s) AND company_id = ANY(%(companies)s)
                   AND event = ANY(%(events)s)
                   AND time >= %(before)s AND time < %(end)s
                 GROUP BY user_id, company_id, event
                """,
                users=self.user_id.ids,
                companies=self.company_id.ids,
                events=list(COUNTED),
                start=start,
                end=end,
                before=before,
            )
        )
        counts = {event: {} for event in COUNTED}
        for user, company, event, now, then in self.env.cr.fetchall():
            counts[event][(user, company)] = (now, then)
        return [
            *counters,
            ("options_placed", self.env._("Options placed"), counts["placed"]),
            ("dates_confirmed", self.env._("Dates confirmed"), counts["confirmed"]),
        ]
