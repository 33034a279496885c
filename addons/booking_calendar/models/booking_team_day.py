# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.tools import SQL

KINDS = [
    ("option", "Option"),
    ("confirmed", "Confirmed"),
    ("done", "Played"),
    ("unavailable", "Unavailable"),
]
# Rows are keyed by their team member and their source (a date or an
# unavailability): id = (source id * 2 + kind of source) * 2^22 + member id,
# unique as long as members stay under 4 million, and under 2^53 (what the
# web client's numbers hold) as long as sources stay under a billion
MEMBER_SPAN = 2**22


class BookingTeamDay(models.Model):
    """Team availability: the days of the people on tour with the company's
    productions, for planning. A person on a production's team (*On Tour*
    ticked) is taken on each of its dates that is not cancelled (an option,
    confirmed or played) and on each of its periods of unavailability.

    Confidential like the dates it comes from: read in the ticked companies
    where the user holds *Booking: Read* through a role."""

    _name = "booking.team.day"
    _description = "Team Availability Day"
    _auto = False
    _cluster_confidential = True
    _order = "date_start, id"
    _rec_names_search = ["partner_id", "production_id", "venue_id"]
    _depends = {
        "booking.date": ["production_id", "company_id", "date", "venue_id", "state"],
        "booking.production.member": ["production_id", "partner_id", "on_tour"],
        "booking.production.unavailability": [
            "production_id",
            "company_id",
            "date_from",
            "date_to",
            "reason",
        ],
    }

    kind = fields.Selection(KINDS, readonly=True)
    partner_id = fields.Many2one("res.partner", string="Person", readonly=True)
    member_id = fields.Many2one(
        "booking.production.member", string="Team Member", readonly=True
    )
    company_id = fields.Many2one("res.company", readonly=True)
    production_id = fields.Many2one("booking.production", readonly=True)
    date_start = fields.Date(string="From", readonly=True)
    date_stop = fields.Date(string="To", readonly=True)
    date_id = fields.Many2one("booking.date", readonly=True)
    venue_id = fields.Many2one("res.partner", readonly=True)
    unavailability_id = fields.Many2one(
        "booking.production.unavailability", readonly=True
    )
    reason = fields.Char(readonly=True)
    create_date = fields.Datetime(string="Entered on", readonly=True)

    @property
    def _table_query(self):
        # SQL: every company's team days, unfenced here: the rule of this
        # model (booking_calendar_security.xml) keeps the companies where the
        # user reads bookings, as the dates' own rule does
        return SQL(
            """
            SELECT (date.id::bigint * 2) * %(span)s + member.id AS id,
                   date.state AS kind,
                   member.partner_id,
                   member.id AS member_id,
                   date.company_id,
                   date.production_id,
                   date.date AS date_start,
                   date.date AS date_stop,
                   date.id AS date_id,
                   date.venue_id,
                   NULL::integer AS unavailability_id,
                   NULL::varchar AS reason,
                   date.create_date
              FROM booking_date AS date
              JOIN booking_production_member AS member
                ON member.production_id = date.production_id
             WHERE member.on_tour AND date.state != 'cancelled'
            UNION ALL
            SELECT (gap.id::bigint * 2 + 1) * %(span)s + member.id,
                   'unavailable',
                   member.partner_id,
                   member.id,
                   gap.company_id,
                   gap.production_id,
                   gap.date_from,
                   gap.date_to,
                   NULL,
                   NULL,
                   gap.id,
                   gap.reason,
                   gap.create_date
              FROM booking_production_unavailability AS gap
              JOIN booking_production_member AS member
                ON member.production_id = gap.production_id
             WHERE member.on_tour
            """,
            span=MEMBER_SPAN,
        )

    # company_id is not shown, but depending on it fetches it with the rows'
    # names: the rule's check on the rows read then needs no second query,
    # which on this view (ids are computed) would scan every date
    @api.depends(
        "kind", "partner_id", "production_id", "venue_id", "reason", "company_id"
    )
    def _compute_display_name(self):
        # sudo: the names of the rows' people, productions and venues: the
        # rule has fenced the rows (the reader reads these productions, their
        # teams and their dates), and Odoo itself shows many2one names so
        names = {
            record.id: record.name
            for record in (self.partner_id | self.venue_id).sudo()
        }
        # sudo: as above, the productions of rows the rule gave the reader
        titles = {
            production.id: production.name for production in self.production_id.sudo()
        }
        unavailable = self.env._("unavailable")
        for row in self:
            parts = [names.get(row.partner_id.id), titles.get(row.production_id.id)]
            if row.kind == "unavailable":
                parts.append(
                    self.env._("unavailable: %(reason)s", reason=row.reason)
                    if row.reason
                    else unavailable
                )
            else:
                parts.append(names.get(row.venue_id.id))
            row.display_name = " · ".join(part for part in parts if part)
