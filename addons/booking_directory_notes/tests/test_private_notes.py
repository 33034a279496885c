# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import SECRET, NotesCommon

PRIVATE_MODELS = ("directory.note", "directory.interaction")


@tagged("post_install", "-at_install")
class TestPrivateNotesStayPrivate(NotesCommon):
    """Every read path, from the side of company B of the same cluster."""

    def test_owner_sees_its_notes_on_the_shared_contact(self):
        venue = self._env_as(self.booker_a)["res.partner"].browse(self.venue.id)
        self.assertEqual(venue.directory_note_ids, self.note_a)
        self.assertEqual(venue.directory_interaction_count, 1)

    def test_search_and_read(self):
        env_b = self._env_as(self.booker_b)
        for model, record in zip(
            PRIVATE_MODELS, (self.note_a, self.interaction_a), strict=True
        ):
            with self.subTest(model=model):
                self.assertFalse(env_b[model].search([]))
                with self.assertRaises(AccessError):
                    env_b[model].browse(record.id).read(["partner_id"])

    def test_read_group(self):
        env_b = self._env_as(self.booker_b)
        for model in PRIVATE_MODELS:
            with self.subTest(model=model):
                self.assertFalse(
                    env_b[model].read_group([], ["partner_id"], ["partner_id"])
                )

    def test_name_search(self):
        env_b = self._env_as(self.booker_b)
        self.assertFalse(env_b["directory.interaction"].name_search("fee ceiling"))
        self.assertFalse(env_b["directory.note"].name_search("Cornouaille"))

    def test_export_data(self):
        env_b = self._env_as(self.booker_b)
        env_b.user.groups_id |= self.env.ref("base.group_allow_export")
        rows = (
            env_b["res.partner"]
            .browse(self.venue.id)
            .export_data(
                ["name", "directory_note_ids/note", "directory_interaction_ids/summary"]
            )["datas"]
        )
        self.assertNotIn(SECRET, str(rows))
        self.assertEqual(rows[0][0], "Théâtre de Cornouaille")

    def test_shared_contact_form_data(self):
        """Reading the shared contact the way its form does shows B nothing
        of A's notes, history or counts."""
        env_b = self._env_as(self.booker_b)
        data = (
            env_b["res.partner"]
            .browse(self.venue.id)
            .web_read(
                {
                    "directory_note_ids": {"fields": {"note": {}, "pitch": {}}},
                    "directory_interaction_ids": {"fields": {"summary": {}}},
                    "directory_interaction_count": {},
                }
            )[0]
        )
        self.assertEqual(data["directory_note_ids"], [])
        self.assertEqual(data["directory_interaction_ids"], [])
        self.assertEqual(data["directory_interaction_count"], 0)

    def test_search_through_the_shared_contact(self):
        """A domain through the contact's relations does not reveal A's notes."""
        env_b = self._env_as(self.booker_b)
        for domain in (
            [("directory_interaction_ids.summary", "ilike", "fee ceiling")],
            [("directory_note_ids.note", "ilike", "fee ceiling")],
            [("directory_note_ids.interest_level", "=", "3")],
        ):
            with self.subTest(domain=domain):
                self.assertFalse(env_b["res.partner"].search(domain))
        env_a = self._env_as(self.booker_a)
        self.assertEqual(
            env_a["res.partner"].search(
                [("directory_interaction_ids.summary", "ilike", "fee ceiling")]
            ),
            self.venue,
        )

    def test_chatter_messages_and_attachments(self):
        env_b = self._env_as(self.booker_b)
        self.assertFalse(
            env_b["mail.message"].search([("body", "ilike", "fee ceiling")])
        )
        self.assertFalse(
            env_b["mail.message"].search(
                [
                    ("model", "=", "directory.interaction"),
                    ("res_id", "=", self.interaction_a.id),
                ]
            )
        )
        with self.assertRaises(AccessError):
            env_b["mail.message"].browse(self.message_a.id).read(["body"])
        self.assertFalse(
            env_b["ir.attachment"].search([("name", "=", "offer-ar-men.txt")])
        )
        with self.assertRaises(AccessError):
            env_b["ir.attachment"].browse(self.attachment_a.id).read(["datas"])

    def test_activities(self):
        """The follow-up reminder is on A's interaction, not on the contact."""
        self.assertEqual(len(self.interaction_a.activity_ids), 1)
        self.assertFalse(self.venue.activity_ids)
        env_b = self._env_as(self.booker_b)
        self.assertFalse(
            env_b["mail.activity"].search([("res_model", "=", "directory.interaction")])
        )

    def test_nothing_private_lands_on_the_shared_contact(self):
        """The shared contact's chatter, followers and fields carry nothing of
        A's notes, even read as superuser."""
        venue = self.venue.sudo()
        self.assertNotIn(SECRET, str(venue.message_ids.mapped("body")))
        self.assertFalse(venue.message_follower_ids)
        stored = venue.read(
            [
                name
                for name, field in venue._fields.items()
                if field.store and field.type in ("char", "text", "html")
            ]
        )[0]
        self.assertNotIn(SECRET, str(stored))

    def test_booker_sees_each_company_only_in_its_context(self):
        """A booker of A and B sees A's notes with A active, not with only B."""
        booker = self._create_user(
            "dir_shared_booker",
            self.company_a | self.company_b,
            groups="booking_directory.group_directory_user",
        )
        env_ab = self._env_as(booker)
        env_b_only = self._env_as(booker, self.company_b)
        self.assertEqual(env_ab["directory.note"].search([]), self.note_a)
        self.assertFalse(env_b_only["directory.note"].search([]))

    def test_followers_of_private_records(self):
        """Issue 12, item 12: followers tell who follows A's interaction, and
        that it exists; users of B and of the other cluster read none."""
        self.interaction_a.message_subscribe(partner_ids=self.booker_a.partner_id.ids)
        follower = self.env["mail.followers"].search(
            [
                ("res_model", "=", "directory.interaction"),
                ("res_id", "=", self.interaction_a.id),
            ]
        )
        self.assertTrue(follower)
        for user in (self.booker_b, self.booker_q):
            with self.subTest(user=user.login):
                Followers = self._env_as(user)["mail.followers"]
                self.assertFalse(
                    Followers.search([("res_model", "=", "directory.interaction")])
                )
                self.assertFalse(Followers.search([("id", "in", follower.ids)]))
                with self.assertRaises(AccessError):
                    follower.with_env(Followers.env).read(["partner_id", "res_id"])
        # The control: A's booker reads them
        Followers = self._env_as(self.booker_a)["mail.followers"]
        self.assertEqual(Followers.search([("id", "in", follower.ids)]), follower)
        self.assertTrue(follower.with_env(Followers.env).read(["partner_id"]))

    def test_a_note_is_about_a_contact_of_the_cluster(self):
        """Write, then read: B's booker points her own interaction and note
        at a contact of the other cluster to read its name back; the refusal
        names nothing of it (Odoo's company check named the contact)."""
        foreign = self._create_entry(self.booker_q, name="Salle du Lion d'Or")
        env_b = self._env_as(self.booker_b)
        own = env_b["directory.interaction"].create(
            {"partner_id": self.venue.id, "summary": "Call"}
        )
        attacks = [
            lambda: own.web_save(
                {"partner_id": foreign.id}, {"partner_id": {"fields": {}}}
            ),
            lambda: env_b["directory.interaction"].web_save(
                {"partner_id": foreign.id, "summary": "Call"},
                {"partner_id": {"fields": {"display_name": {}}}},
            ),
            lambda: env_b["directory.note"].web_save(
                {"partner_id": foreign.id},
                {"partner_id": {"fields": {"display_name": {}}}},
            ),
        ]
        for attack in attacks:
            with self.assertRaises(ValidationError) as caught:
                attack()
            self.assertNotIn("Lion", str(caught.exception))
        # Nor is the author one of another cluster's users
        with self.assertRaises(ValidationError) as caught:
            own.web_save({"user_id": self.booker_q.id}, {"user_id": {}})
        self.assertNotIn(self.booker_q.name, str(caught.exception))
        self.assertEqual(own.partner_id, self.venue)

    def test_a_write_is_checked_on_the_new_values(self):
        """A's booker, an accountant in B, writes A's note and interaction
        out of her reach (into B, where she books nothing): refused, as the
        rules would refuse reading them afterwards."""
        juggler = self._create_user_with_roles(
            "notes_juggler",
            [
                (self.role_booker, self.company_a),
                (self.role_accountant, self.company_b),
            ],
        )
        env = self._tick(juggler, self.company_a | self.company_b)
        for record in (self.note_a, self.interaction_a):
            with (
                self.subTest(model=record._name),
                self.assertRaises(AccessError),
            ):
                record.with_env(env).write(
                    {"company_id": self.company_b.id, "user_id": juggler.id}
                )
            self.assertEqual(record.company_id, self.company_a)

    def test_b_cannot_write_a_note_for_a(self):
        env_b = self._env_as(self.booker_b)
        with self.assertRaises(AccessError):
            env_b["directory.note"].create(
                {
                    "partner_id": self.venue.id,
                    "company_id": self.company_a.id,
                    "user_id": self.booker_a.id,
                }
            )


@tagged("post_install", "-at_install")
class TestInteractionFollowUp(NotesCommon):
    @freeze_time("2026-02-01")
    def test_overdue_followups_are_listed_and_cleared(self):
        Interaction = self._env_as(self.booker_a)["directory.interaction"]
        self.assertEqual(
            Interaction.search([("is_overdue", "=", True)]), self.interaction_a
        )
        Interaction.browse(self.interaction_a.id).action_mark_followed_up()
        self.assertFalse(Interaction.search([("is_overdue", "=", True)]))
        self.assertFalse(self.interaction_a.activity_ids)
        self.assertEqual(str(self.interaction_a.followup_done_date), "2026-02-01")
        self.interaction_a.followup_done = False
        self.assertFalse(self.interaction_a.followup_done_date)

    @freeze_time("2026-02-01")
    def test_reminder_done_marks_the_interaction_followed_up(self):
        """The reminder marked done from the activity menu takes the
        interaction out of To Follow Up."""
        env_a = self._env_as(self.booker_a)
        reminder = self.interaction_a.activity_ids.with_env(env_a)
        reminder.action_feedback(feedback="Called back")
        self.assertTrue(self.interaction_a.followup_done)
        self.assertFalse(
            env_a["directory.interaction"].search([("is_overdue", "=", True)])
        )

    def test_moving_the_followup_moves_the_reminder(self):
        self.interaction_a.followup_date = "2026-03-01"
        self.assertEqual(len(self.interaction_a.activity_ids), 1)
        self.assertEqual(
            str(self.interaction_a.activity_ids.date_deadline), "2026-03-01"
        )
