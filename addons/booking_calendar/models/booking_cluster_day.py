# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.tools import SQL

from odoo.addons.booking_production.models.booking_date import STATES

from ..lib import ical

ICAL_STATUS = {"option": "TENTATIVE", "confirmed": "CONFIRMED", "done": "CONFIRMED"}

KINDS = [("detail", "Details"), ("busy", "Busy")]


class BookingClusterDay(models.Model):
    """The cluster calendar: the performance days of every member company of
    the user's clusters, read from the dates that are not cancelled.

    Two kinds of row come out of the same dates:

    - *details*, one per date, with its production, tour, venue, organiser
      and state; the rule shows them in the ticked companies where the user
      holds *Booking: Read* through a role;
    - *busy*, one per company and day that has dates, with the company and
      the day and nothing else: every other column is NULL in SQL. The rule
      shows them for the other current members of those companies' clusters.

    A busy row carries nothing more, so no read path can tell more: reading,
    grouping, ordering or searching the production, venue, organiser or
    state of busy rows meets the same empty values whatever the company
    booked (searching cannot be used as an oracle). A detail row's id is 2 *
    its date's id (a date the reader may read); a busy row's id is odd and
    made of its company and day only, which the row shows anyway: it names
    none of the company's dates, and stays the same whichever of them come
    and go that day.
    """

    _name = "booking.cluster.day"
    _description = "Cluster Calendar Day"
    _auto = False
    _cluster_confidential = True
    _order = "day, id"
    _rec_names_search = ["production_name", "venue_id", "company_id"]
    _depends = {
        "booking.date": [
            "company_id",
            "date",
            "production_id",
            "tour_id",
            "venue_id",
            "organiser_id",
            "state",
            "get_in_time",
            "show_time",
            "create_date",
        ],
        "booking.production": ["name"],
    }

    kind = fields.Selection(KINDS, readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    # The company again, on the rows of each kind only: the rule reads two
    # columns instead of five conditions, which Odoo checks again in Python
    # on every row read (ir.rule, _check_access)
    detail_company_id = fields.Many2one("res.company", readonly=True)
    busy_company_id = fields.Many2one("res.company", readonly=True)
    day = fields.Date(readonly=True)
    date_id = fields.Many2one("booking.date", readonly=True)
    production_id = fields.Many2one("booking.production", readonly=True)
    # The production's title, read with the row: naming a row needs no
    # access to productions, which a calendar feed read without the web
    # client's switcher may lack (booking_calendar_feed._ical)
    production_name = fields.Char(string="Production Title", readonly=True)
    tour_id = fields.Many2one("booking.tour", readonly=True)
    venue_id = fields.Many2one("res.partner", readonly=True)
    organiser_id = fields.Many2one("res.partner", readonly=True)
    state = fields.Selection(STATES, readonly=True)
    get_in_time = fields.Float(string="Get-in", readonly=True)
    show_time = fields.Float(string="Show", readonly=True)
    create_date = fields.Datetime(string="Entered on", readonly=True)

    @property
    def _table_query(self):
        # SQL: every company's dates, unfenced here: the rules of this model
        # (booking_calendar_security.xml) choose the rows, details in the
        # companies where the user reads bookings, busy rows elsewhere in
        # her clusters; a busy row has nothing but its company and day
        return SQL(
            """
            SELECT date.id * 2 AS id,
                   'detail' AS kind,
                   date.company_id,
                   date.company_id AS detail_company_id,
                   NULL::integer AS busy_company_id,
                   date.date AS day,
                   date.id AS date_id,
                   date.production_id,
                   production.name AS production_name,
                   date.tour_id,
                   date.venue_id,
                   date.organiser_id,
                   date.state,
                   date.get_in_time,
                   date.show_time,
                   date.create_date
              FROM booking_date AS date
              JOIN booking_production AS production
                ON production.id = date.production_id
             WHERE date.state != 'cancelled'
            UNION ALL
            SELECT ((date.date - DATE '1900-01-01')::bigint * %(span)s
                    + date.company_id) * 2 + 1,
                   'busy',
                   date.company_id,
                   NULL,
                   date.company_id,
                   date.date,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
              FROM booking_date AS date
             WHERE date.state != 'cancelled'
             GROUP BY date.company_id, date.date
            """,
            # company ids are int4: one day's busy rows never reach the next's
            span=2**31,
        )

    # The rule's columns are not shown, but depending on them fetches them
    # with the rows' names: the rule's check on the rows read then needs no
    # second query, which on this view (ids are computed) reads every date
    @api.depends(
        "kind",
        "company_id",
        "production_name",
        "venue_id",
        "detail_company_id",
        "busy_company_id",
    )
    def _compute_display_name(self):
        # sudo: the names of the rows' companies, members of the reader's
        # clusters, and of their venues, entries of her cluster's directory
        # on dates she reads: the rule has fenced the rows, and Odoo itself
        # shows many2one names so (web_read)
        companies = {company.id: company.name for company in self.company_id.sudo()}
        venues = {venue.id: venue.name for venue in self.venue_id.sudo()}
        busy = {
            company_id: self.env._("%(company)s: busy", company=name)
            for company_id, name in companies.items()
        }
        for row in self:
            if row.kind == "busy":
                row.display_name = busy[row.company_id.id]
            else:
                names = [row.production_name, venues.get(row.venue_id.id)]
                row.display_name = " · ".join(name for name in names if name)

    def _ical_events(self, host):
        """These rows as all-day events of a calendar feed: a busy row says
        its company's name and nothing else."""
        states = dict(self._fields["state"]._description_selection(self.env))
        get_in, show = self.env._("Get-in"), self.env._("Show")
        # sudo: the names of the rows' companies, venues and organisers, as
        # for the rows' names (_compute_display_name)
        companies = {company.id: company.name for company in self.company_id.sudo()}
        partners = {
            partner.id: partner
            for partner in (self.venue_id | self.organiser_id).sudo()
        }
        organisers = {
            partner_id: self.env._("Organiser: %(name)s", name=partner.name)
            for partner_id, partner in partners.items()
        }
        events = []
        for row in self:
            company_id = row.company_id.id
            if row.kind == "busy":
                events.append(
                    ical.Event(
                        f"booking-busy-{company_id}-{row.day}@{host}",
                        row.day,
                        row.display_name,
                    )
                )
                continue
            lines = [states[row.state], companies[company_id]]
            if row.organiser_id:
                lines.append(organisers[row.organiser_id.id])
            for label, hours in ((get_in, row.get_in_time), (show, row.show_time)):
                if hours:
                    lines.append(f"{label} {self._hours(hours)}")
            venue = partners.get(row.venue_id.id)
            location = venue and ", ".join(
                part for part in (venue.name, venue.city) if part
            )
            events.append(
                ical.Event(
                    f"booking-date-{row.date_id.id}@{host}",
                    row.day,
                    row.display_name,
                    "\n".join(lines),
                    location or "",
                    ICAL_STATUS.get(row.state, ""),
                )
            )
        return events

    @staticmethod
    def _hours(value):
        """Hours of the day as 20:30."""
        minutes = round(value * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
