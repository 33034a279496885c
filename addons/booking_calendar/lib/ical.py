# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""iCalendar feeds of performance days, without the ORM.

A phone calendar subscribes to a URL and reads an iCalendar file (RFC 5545)
from it every few hours. The feed's days are all-day events. The text is
written by ``vobject``, which Odoo 18 itself requires (its ``setup.py``;
the ``calendar`` module exports events with it): escaping, line folding and
date values are its business, not ours.
"""

from collections import namedtuple
from datetime import timedelta

import vobject
from dateutil import tz

PRODID = "-//Pooled Booking//Booking Calendar//EN"

Event = namedtuple(
    "Event",
    "uid day summary description location status",
    defaults=("", "", ""),
)
Event.__doc__ = """One all-day event: ``uid`` stays the same from one reading
of the feed to the next (phones update the event instead of adding one),
``day`` is a date, ``status`` is ``TENTATIVE``, ``CONFIRMED`` or empty."""


def feed(name, events, stamp):
    """The iCalendar text of ``events`` in a calendar called ``name``.
    ``stamp`` (a UTC datetime, naive as Odoo's) is when the feed is made.

    >>> from datetime import date, datetime
    >>> text = feed(
    ...     "Réservations",
    ...     [
    ...         Event("busy-1@booking", date(2027, 3, 5), "Busy; Kan Diskan"),
    ...         Event(
    ...             "date-7@booking",
    ...             date(2027, 3, 6),
    ...             "Kan ar Mor",
    ...             "Option",
    ...             "Le Quartz, Brest",
    ...             "TENTATIVE",
    ...         ),
    ...     ],
    ...     datetime(2027, 1, 1, 8, 30),
    ... )
    >>> print(text.replace("\\r\\n", "\\n"), end="")
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Pooled Booking//Booking Calendar//EN
    X-WR-CALNAME:Réservations
    BEGIN:VEVENT
    UID:busy-1@booking
    DTSTART;VALUE=DATE:20270305
    DTEND;VALUE=DATE:20270306
    DTSTAMP:20270101T083000Z
    SUMMARY:Busy\\; Kan Diskan
    TRANSP:OPAQUE
    END:VEVENT
    BEGIN:VEVENT
    UID:date-7@booking
    DTSTART;VALUE=DATE:20270306
    DTEND;VALUE=DATE:20270307
    DESCRIPTION:Option
    DTSTAMP:20270101T083000Z
    LOCATION:Le Quartz\\, Brest
    STATUS:TENTATIVE
    SUMMARY:Kan ar Mor
    TRANSP:OPAQUE
    END:VEVENT
    END:VCALENDAR

    An empty feed is still a calendar, which phones accept:

    >>> print(feed("Vide", [], datetime(2027, 1, 1)).replace("\\r\\n", "\\n"), end="")
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Pooled Booking//Booking Calendar//EN
    X-WR-CALNAME:Vide
    END:VCALENDAR
    """
    calendar = vobject.iCalendar()
    calendar.add("prodid").value = PRODID
    calendar.add("x-wr-calname").value = name
    stamp = stamp.replace(tzinfo=tz.tzutc())
    for event in events:
        vevent = calendar.add("vevent")
        vevent.add("uid").value = event.uid
        vevent.add("dtstamp").value = stamp
        vevent.add("dtstart").value = event.day
        vevent.add("dtend").value = event.day + timedelta(days=1)
        vevent.add("summary").value = event.summary
        for key, value in (
            ("description", event.description),
            ("location", event.location),
            ("status", event.status),
        ):
            if value:
                vevent.add(key).value = value
        # a performance day keeps the person busy, whatever its details
        vevent.add("transp").value = "OPAQUE"
    return calendar.serialize()
