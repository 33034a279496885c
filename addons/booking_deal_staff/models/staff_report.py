# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.tools import SQL


class StaffReport(models.Model):
    _inherit = "cluster.staff.report"

    def _activity_counters(self, period, previous, tz):
        """Deals the person agreed (contracts numbered) for each company,
        this period and the one before."""
        counters = super()._activity_counters(period, previous, tz)
        self.env["booking.deal"].flush_model(
            ["agreed_by_id", "agreed_on", "company_id"]
        )
        start, end = self._utc_bounds(*period, tz)
        before, _start = self._utc_bounds(*previous, tz)
        # SQL: fenced by the reports' own (person, company) pairs, as the
        # interactions' counters are; each report takes its own pair only
        self.env.cr.execute(
            SQL(
                """
                SELECT agreed_by_id, company_id,
                       COUNT(*) FILTER (WHERE agreed_on >= %(start)s),
                       COUNT(*) FILTER (WHERE agreed_on < %(start)s)
                  FROM booking_deal
                 WHERE agreed_by_id = ANY(%(users)s)
                   AND company_id = ANY(%(companies)s)
                   AND agreed_on >= %(before)s AND agreed_on < %(end)s
                 GROUP BY agreed_by_id, company_id
                """,
                users=self.user_id.ids,
                companies=self.company_id.ids,
                start=start,
                end=end,
                before=before,
            )
        )
        counts = {
            (user, company): (now, then)
            for user, company, now, then in self.env.cr.fetchall()
        }
        return [
            *counters,
            ("contracts_agreed", self.env._("Contracts agreed"), counts),
        ]
