# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import json

from odoo.tests import HttpCase, tagged

from .common import SECRET, NotesCommon


@tagged("post_install", "-at_install")
class TestPrivateNotesOverHttp(NotesCommon, HttpCase):
    """The contact's form data, loaded over JSON-RPC by a real server, as a
    user of another company of the same cluster."""

    def _web_read(self, company_ids):
        response = self.url_open(
            "/web/dataset/call_kw/res.partner/web_read",
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {
                        "model": "res.partner",
                        "method": "web_read",
                        "args": [[self.venue.id]],
                        "kwargs": {
                            "specification": {
                                "name": {},
                                "directory_note_ids": {"fields": {"note": {}}},
                                "directory_interaction_ids": {
                                    "fields": {"summary": {}}
                                },
                                "message_ids": {"fields": {"body": {}}},
                            },
                            "context": {"allowed_company_ids": company_ids},
                        },
                    },
                }
            ),
            headers={"Content-Type": "application/json"},
        )
        self.assertEqual(response.status_code, 200)
        return response.json()

    def test_form_over_rpc_shows_nothing_private(self):
        self.authenticate("dir_booker_b", "dir_booker_b")
        payload = self._web_read([self.company_b.id])
        self.assertNotIn("error", payload)
        record = payload["result"][0]
        self.assertEqual(record["name"], "Théâtre de Cornouaille")
        self.assertEqual(record["directory_note_ids"], [])
        self.assertEqual(record["directory_interaction_ids"], [])
        self.assertNotIn(SECRET, json.dumps(payload))

    def test_owner_over_rpc_sees_its_notes(self):
        """The same call as A's booker shows A's notes: the test can see a leak."""
        self.authenticate("dir_booker_a", "dir_booker_a")
        payload = self._web_read([self.company_a.id])
        self.assertIn(SECRET, json.dumps(payload))

    def test_forged_company_context_is_refused(self):
        """B's booker asking for A's context is refused outright."""
        self.authenticate("dir_booker_b", "dir_booker_b")
        payload = self._web_read([self.company_a.id])
        self.assertIn("error", payload)
        self.assertNotIn(SECRET, json.dumps(payload))
