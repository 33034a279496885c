# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Merging duplicate directory entries keeps every company's private notes.

Across modules: the duplicate screen (booking_directory_duplicate) and the
private notes (booking_directory_notes).
"""

from odoo.tests import tagged

from odoo.addons.booking_directory_notes.tests.common import NotesCommon


@tagged("post_install", "-at_install")
class TestMergeKeepsPrivateNotes(NotesCommon):
    def test_merge_keeps_each_company_notes_private(self):
        """A's note on the old entry and B's note on the new one both end on
        the surviving entry, still visible to their own company only."""
        twin = self._create_entry(self.booker_b, name="THEATRE DE CORNOUAILLE")
        env_b = self._env_as(self.booker_b)
        note_b = env_b["directory.note"].create(
            {"partner_id": twin.id, "pitch": "Fest-noz Diskan"}
        )
        twin.email = self.venue.email
        self.env["base.partner.merge.automatic.wizard"]._merge(
            (self.venue | twin).ids, self.venue
        )
        self.assertFalse(twin.exists())
        self.assertEqual(note_b.partner_id, self.venue)
        self.assertEqual(self.note_a.partner_id, self.venue)
        seen = {}
        for user in (self.booker_a, self.booker_b):
            self.env.invalidate_all()  # a new request per user
            venue = self._env_as(user)["res.partner"].browse(self.venue.id)
            seen[user.login] = venue.directory_note_ids.mapped("pitch")
        self.assertEqual(
            seen,
            {
                "dir_booker_a": ["Kan ar Mor, spring tour"],
                "dir_booker_b": ["Fest-noz Diskan"],
            },
        )

    def test_booker_merge_screen_keeps_each_company_notes_private(self):
        """The same through the Duplicates screen, by a booker of B who keeps
        the newer entry: A's note follows it and stays A's alone."""
        twin = self._create_entry(
            self.booker_b, name="THEATRE DE CORNOUAILLE", city="Quimper"
        )
        self.venue.city = "Quimper"
        env_b = self._env_as(self.booker_b)
        note_b = env_b["directory.note"].create(
            {"partner_id": twin.id, "pitch": "Fest-noz Diskan"}
        )
        pair = env_b["directory.duplicate"].search(
            [("partner_id", "=", twin.id), ("duplicate_of_id", "=", self.venue.id)]
        )
        wizard = env_b["directory.duplicate.merge"].browse(
            pair.action_merge()["res_id"]
        )
        wizard.keep_id = twin
        wizard.action_merge()
        self.assertFalse(self.venue.exists())
        self.assertEqual(self.note_a.partner_id, twin)
        self.assertEqual(note_b.partner_id, twin)
        for user, pitches in (
            (self.booker_a, ["Kan ar Mor, spring tour"]),
            (self.booker_b, ["Fest-noz Diskan"]),
        ):
            self.env.invalidate_all()  # a new request per user
            entry = self._env_as(user)["res.partner"].browse(twin.id)
            self.assertEqual(entry.directory_note_ids.mapped("pitch"), pitches)
