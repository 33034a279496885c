# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest
from datetime import date, datetime

import vobject
from hypothesis import example, given, settings
from hypothesis import strategies as st

from odoo.tests import BaseCase, tagged

from ..lib import ical

# What people type in a production's title, a venue's name or a note:
# any printable text, line breaks and the characters iCalendar escapes
TEXT = st.lists(
    st.characters(blacklist_categories=("Cc", "Cs"))
    | st.sampled_from(["\n", "\r\n", "\r", ";", ",", "\\", "é", "·", "🎭"]),
    max_size=200,
).map("".join)


@tagged("post_install", "-at_install")
class TestIcal(BaseCase):
    def test_the_serializer_doctests(self):
        """The examples of lib/ical.py hold."""
        result = doctest.testmod(ical)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)

    @settings(max_examples=300, deadline=None)
    @given(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cc", "Cs")) | st.just("é"),
            max_size=400,
        )
    )
    @example("é" * 100 + "x" * 200)
    def test_folding_keeps_lines_whole(self, text):
        """A folded line has parts of at most 75 octets, cut between
        characters, and unfolds to the line itself."""
        line = f"SUMMARY:{text}"
        parts = ical.fold(line).split("\r\n")
        for part in parts:
            self.assertLessEqual(len(part.encode()), 75)
        self.assertEqual(parts[0] + "".join(part[1:] for part in parts[1:]), line)

    @settings(max_examples=200, deadline=None)
    @given(summary=TEXT, description=TEXT, location=TEXT)
    def test_a_feed_reads_back_as_written(self, summary, description, location):
        """Whatever the text, vobject (Odoo's own iCalendar reader) reads
        back each value, line breaks as \\n, and no line passes 75 octets."""
        text = ical.feed(
            "Réservations",
            [
                ical.Event(
                    "date-1@booking",
                    date(2027, 3, 6),
                    summary,
                    description,
                    location,
                    "CONFIRMED",
                )
            ],
            datetime(2027, 1, 1),
        )
        for line in text.split("\r\n"):
            self.assertLessEqual(len(line.encode()), 75)
        event = vobject.readOne(text).vevent

        def normal(value):
            return value.replace("\r\n", "\n").replace("\r", "\n")

        self.assertEqual(event.summary.value, normal(summary))
        for name, value in (("description", description), ("location", location)):
            if value:
                self.assertEqual(getattr(event, name).value, normal(value))
        self.assertEqual(event.dtstart.value, date(2027, 3, 6))
        self.assertEqual(event.dtend.value, date(2027, 3, 7))
