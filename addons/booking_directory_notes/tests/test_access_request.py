# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

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

    def _ask(self, access="read", date_end=False, name=None, user=None):
        return self._as(user or self.booker_b)["cluster.access.request"].create(
            {
                "owner_company_id": self.company_a.id,
                "res_model": "directory.note",
                "record_name": name or self.venue.name,
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
        self.assertFalse(request.res_id)
        self.assertFalse(self._notes_seen_by_b())
        self._decide(request, "action_grant")
        self.assertEqual(request.state, "granted")
        self.assertEqual(request.res_id, self.note_a.id)
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
        with self.assertRaisesMessage(UserError, "only the owner may delete it"):
            note.unlink()
        # The note says it is shared, to each side
        self.assertIn("Shared with your company by Ar Men Test", note.sharing)
        self.assertIn("read and write", note.sharing)
        owner_note = self.note_a.with_env(self._as(self.booker_a))
        self.assertEqual(
            owner_note.sharing, "Shared with Kan Diskan Test (read and write)"
        )

    def test_write_grant_never_hands_the_note_over(self):
        """Issue 12, finding 8: granted write on A's note, B's booker moves it
        into B (or onto another contact) through the form; once revoked she
        would keep it and A would lose it."""
        other_venue = self._create_entry(self.booker_a, name="Le Quai")
        request = self._ask(access="write")
        self._decide(request, "action_grant")
        note = self._notes_seen_by_b()
        self.assertEqual(note, self.note_a)
        for vals in (
            {"company_id": self.company_b.id, "user_id": self.booker_b.id},
            {"partner_id": other_venue.id},
            {
                "company_id": self.company_b.id,
                "user_id": self.booker_b.id,
                "pitch": "Ours",
            },
        ):
            with self.subTest(vals=vals), self.assertRaises(AccessError):
                note.web_save(vals, {"company_id": {}, "partner_id": {}})
        self._decide(request, "action_revoke")
        self.assertFalse(self._notes_seen_by_b())
        self.assertEqual(
            self._as(self.booker_a)["directory.note"].search([]), self.note_a
        )
        self.assertEqual(self.note_a.company_id, self.company_a)
        self.assertEqual(self.note_a.partner_id, self.venue)

    def test_owner_moves_its_own_note(self):
        """The control: A's booker may still change the contact of A's note."""
        other_venue = self._create_entry(self.booker_a, name="Le Quai")
        self._decide(self._ask(access="write"), "action_grant")
        self.note_a.with_env(self._as(self.booker_a)).partner_id = other_venue
        self.assertEqual(self.note_a.partner_id, other_venue)

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

    def test_a_grant_ends_when_the_companies_part(self):
        """Kan Diskan leaves the cluster: the hourly job ends its grants."""
        request = self._ask()
        self._decide(request, "action_grant")
        memberships = self.cluster_breizh.membership_ids
        self.cluster_breizh.write(
            {
                "membership_ids": [
                    Command.update(m.id, {"cost_share": 100.0})
                    if m.company_id == self.company_a
                    else Command.update(
                        m.id, {"date_end": fields.Date.today() - timedelta(days=1)}
                    )
                    for m in memberships
                ]
            }
        )
        self.env["cluster.access.request"]._cron_expire()
        self.assertEqual(request.state, "expired")
        self.assertFalse(self._notes_seen_by_b())

    def test_only_the_owner_member_administrator_decides(self):
        request = self._ask()
        for user in (self.booker_a, self.booker_b):
            with (
                self.subTest(user=user.login),
                self.assertRaisesMessage(UserError, "member administrator"),
            ):
                request.with_env(self._as(user)).action_grant()
        self.assertEqual(request.state, "requested")

    def test_a_request_names_a_company_of_my_companies_and_another_member(self):
        Requests = self._as(self.booker_b)["cluster.access.request"]
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

    def test_another_cluster_cannot_ask(self):
        """Issue 12, finding 9: a Transat booker asks Ar Men (another cluster)
        for its note by the venue's name."""
        with self.assertRaisesMessage(UserError, "member of your company's cluster"):
            self._as(self.booker_q)["cluster.access.request"].create(
                {
                    "owner_company_id": self.company_a.id,
                    "res_model": "directory.note",
                    "record_name": self.venue.name,
                }
            )
        self.assertFalse(
            self.env["cluster.access.request"].search(
                [("company_id", "=", self.company_q.id)]
            )
        )
        # Nor does the form offer another cluster's companies
        new = self._as(self.booker_q)["cluster.access.request"].new({})
        self.assertNotIn(self.company_a, new.allowed_owner_company_ids)

    def test_a_request_tells_nothing_of_the_owner_records(self):
        """Issue 12, finding 9: asking by a name that exists and by one that
        does not gives the requester the same answer: the request is sent,
        and reads the same."""
        env_b = self._as(self.booker_b)
        _views, spec = self._form_spec(env_b, "cluster.access.request")
        answers = []
        for name in (self.venue.name, "Théâtre Imaginaire"):
            request = self._ask(name=name)
            data = request.with_env(env_b).web_read(spec)[0]
            for key in ("id", "record_name", "display_name"):
                data.pop(key, None)
            answers.append(data)
        self.assertEqual(answers[0], answers[1])
        self.assertEqual(answers[0]["state"], "requested")
        self.assertFalse(answers[0]["match_state"])

    def test_the_owner_sees_whether_the_name_matches(self):
        """The control: the owner's member administrator is told, and cannot
        grant a name that matches nothing of hers."""
        found, missing = self._ask(), self._ask(name="Théâtre Imaginaire")
        env_admin = self._as(self.admin_a)
        self.assertEqual(found.with_env(env_admin).match_state, "found")
        self.assertEqual(missing.with_env(env_admin).match_state, "none")
        with self.assertRaisesMessage(UserError, "None or several of your records"):
            self._decide(missing, "action_grant")
        self._decide(missing, "action_refuse")
        self.assertEqual(missing.state, "refused")
