from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import SECRET, NotesCommon


@tagged("post_install", "-at_install")
class TestKnockBeforeEntering(NotesCommon):
    """Kan Diskan (B) asks Ar Men (A) for its note on a shared venue; Ar
    Men's member administrator decides."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.admin_a = cls._create_user("notes_admin_a", cls.company_a)
        cls.admin_a.write(
            {
                "role_line_ids": [
                    Command.create(
                        {
                            "role_id": cls.env.ref("cluster_role.role_member_admin").id,
                            "company_id": cls.company_a.id,
                        }
                    )
                ]
            }
        )

    def _as(self, user):
        return self._env_as(user)

    def _ask(self, access="read", date_end=False):
        return self._as(self.booker_b)["cluster.access.request"].create(
            {
                "owner_company_id": self.company_a.id,
                "res_model": "directory.note",
                "record_name": self.venue.name,
                "access": access,
                "date_end": date_end,
                "reason": "Co-programming the spring tour",
            }
        )

    def _decide(self, request, action):
        getattr(request.with_env(self._as(self.admin_a)), action)()

    def _notes_seen_by_b(self):
        return self._as(self.booker_b)["directory.note"].search([])

    def _trail(self, user):
        try:
            return self._as(user)["cluster.access.event"].search([])
        except AccessError:
            return []

    def test_grant_opens_the_note_for_reading_and_revoke_closes_it(self):
        request = self._ask()
        self.assertEqual(request.res_id, self.note_a.id)
        self.assertFalse(self._notes_seen_by_b())
        self._decide(request, "action_grant")
        self.assertEqual(request.state, "granted")
        note = self._notes_seen_by_b()
        self.assertEqual(note, self.note_a)
        self.assertIn(SECRET, note.note)
        with self.assertRaises(AccessError):
            note.write({"pitch": "Ours now"})
        self._decide(request, "action_revoke")
        self.assertFalse(self._notes_seen_by_b())
        trail = self._trail(self.admin_a)
        self.assertEqual(
            sorted(trail.mapped("event")), ["granted", "requested", "revoked"]
        )
        self.assertEqual(trail.requesting_company_id, self.company_b)
        # The trail is the owner's: the requester does not read it
        self.assertFalse(self._trail(self.booker_b))

    def test_write_grant_lets_edit_but_not_delete(self):
        request = self._ask(access="write")
        self._decide(request, "action_grant")
        note = self._notes_seen_by_b()
        note.write({"pitch": "Joint pitch: Kan ar Mor + Gwerz"})
        self.assertEqual(self.note_a.pitch, "Joint pitch: Kan ar Mor + Gwerz")
        with self.assertRaises(AccessError):
            note.unlink()

    def test_refused_request_opens_nothing(self):
        request = self._ask()
        self._decide(request, "action_refuse")
        self.assertEqual(request.state, "refused")
        self.assertFalse(self._notes_seen_by_b())
        with self.assertRaisesMessage(UserError, "no longer waiting"):
            self._decide(request, "action_grant")

    def test_grant_ends_at_its_date(self):
        yesterday = fields.Date.today() - timedelta(days=1)
        request = self._ask(date_end=yesterday)
        self._decide(request, "action_grant")
        self.assertFalse(self._notes_seen_by_b())
        self.env["cluster.access.request"]._cron_expire()
        self.assertEqual(request.state, "expired")
        self.assertIn("expired", self._trail(self.admin_a).mapped("event"))

    def test_only_the_owner_member_administrator_decides(self):
        request = self._ask()
        for user in (self.booker_a, self.booker_b):
            with (
                self.subTest(user=user.login),
                self.assertRaisesMessage(UserError, "member administrator"),
            ):
                request.with_env(self._as(user)).action_grant()
        self.assertEqual(request.state, "requested")

    def test_a_request_needs_the_exact_name_of_a_record_of_another_company(self):
        Requests = self._as(self.booker_b)["cluster.access.request"]
        with self.assertRaisesMessage(UserError, "no single record"):
            Requests.create(
                {
                    "owner_company_id": self.company_a.id,
                    "res_model": "directory.note",
                    "record_name": "Théâtre",
                }
            )
        with self.assertRaisesMessage(UserError, "in the name of your companies"):
            Requests.create(
                {
                    "company_id": self.company_p.id,
                    "owner_company_id": self.company_a.id,
                    "res_model": "directory.note",
                    "record_name": self.venue.name,
                }
            )
        with self.assertRaisesMessage(UserError, "already your company's"):
            Requests.create(
                {
                    "owner_company_id": self.company_b.id,
                    "res_model": "directory.note",
                    "record_name": self.venue.name,
                }
            )
