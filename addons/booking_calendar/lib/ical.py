# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""iCalendar feeds of performance days, without the ORM.

A phone calendar subscribes to a URL and reads an iCalendar file (RFC 5545)
from it every few hours. The feed's days are all-day events, and the little
of RFC 5545 they need is written here: text escaping (§3.3.11), line
folding at 75 octets (§3.1), CRLF line ends. ``vobject``, which Odoo
requires, reads what this writes back (the module's tests check it), but
took some fifteen seconds to write the 10,000 events of a busy cluster's
feed, where this takes a few dozen milliseconds.
"""

from collections import namedtuple
from datetime import timedelta

PRODID = "-//Pooled Booking//Booking Calendar//EN"
# Longest line, in octets, without its CRLF (RFC 5545 §3.1)
LINE_OCTETS = 75

Event = namedtuple(
    "Event",
    "uid day summary description location status",
    defaults=("", "", ""),
)
Event.__doc__ = """One all-day event: ``uid`` stays the same from one reading
of the feed to the next (phones update the event instead of adding one),
``day`` is a date, ``status`` is ``TENTATIVE``, ``CONFIRMED`` or empty."""


def escape(text):
    r"""Text as an iCalendar TEXT value: backslashes, semicolons, commas and
    line breaks escaped.

    >>> print(escape("Kan ar Mor; Brest, 20:30\nLe Quartz \\ salle 2"))
    Kan ar Mor\; Brest\, 20:30\nLe Quartz \\ salle 2
    """
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """``line`` folded into lines of at most 75 octets, each continuation
    starting with a space, never inside a UTF-8 character.

    >>> folded = fold("SUMMARY:" + "é" * 40)
    >>> [len(part.encode()) for part in folded.split("\\r\\n")]
    [74, 15]
    >>> fold("UID:short")
    'UID:short'
    """
    data = line.encode()
    if len(data) <= LINE_OCTETS:
        return line
    parts, start, limit = [], 0, LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        # back off to the start of a UTF-8 character (not a 10xxxxxx byte)
        while end < len(data) and data[end] & 0xC0 == 0x80:
            end -= 1
        parts.append(data[start:end].decode())
        # continuation lines begin with the space that unfolding removes
        start, limit = end, LINE_OCTETS - 1
    return "\r\n ".join(parts)


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
    ...             "Option\\nShow 20:30",
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
    CALSCALE:GREGORIAN
    X-WR-CALNAME:Réservations
    BEGIN:VEVENT
    UID:busy-1@booking
    DTSTAMP:20270101T083000Z
    DTSTART;VALUE=DATE:20270305
    DTEND;VALUE=DATE:20270306
    SUMMARY:Busy\\; Kan Diskan
    TRANSP:OPAQUE
    END:VEVENT
    BEGIN:VEVENT
    UID:date-7@booking
    DTSTAMP:20270101T083000Z
    DTSTART;VALUE=DATE:20270306
    DTEND;VALUE=DATE:20270307
    SUMMARY:Kan ar Mor
    DESCRIPTION:Option\\nShow 20:30
    LOCATION:Le Quartz\\, Brest
    STATUS:TENTATIVE
    TRANSP:OPAQUE
    END:VEVENT
    END:VCALENDAR

    An empty feed is still a calendar, which phones accept:

    >>> print(feed("Vide", [], datetime(2027, 1, 1)).replace("\\r\\n", "\\n"), end="")
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Pooled Booking//Booking Calendar//EN
    CALSCALE:GREGORIAN
    X-WR-CALNAME:Vide
    END:VCALENDAR
    """
    stamp = stamp.strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape(name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape(event.description)}")
        if event.location:
            lines.append(f"LOCATION:{escape(event.location)}")
        if event.status:
            lines.append(f"STATUS:{event.status}")
        # a performance day keeps the person busy, whatever its details
        lines += ["TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(f"{fold(line)}\r\n" for line in lines)
