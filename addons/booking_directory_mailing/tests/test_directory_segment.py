# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from odoo.addons.booking_directory.tests.common import DirectoryCommon

MAILING_GROUPS = (
    "base.group_user,booking_directory.group_directory_user,"
    "mass_mailing.group_mass_mailing_user"
)


@tagged("post_install", "-at_install")
class TestDirectorySegment(DirectoryCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dance = cls.env.ref("booking_directory.discipline_dance_contemporary")
        cls.mailer_a = cls._create_user("seg_mailer_a", cls.company_a, MAILING_GROUPS)
        cls.mailer_b = cls._create_user("seg_mailer_b", cls.company_b, MAILING_GROUPS)
        cls.mailer_q = cls._create_user("seg_mailer_q", cls.company_q, MAILING_GROUPS)
        cls.venue.write(
            {"email": "prog@cornouaille.example", "discipline_ids": cls.dance.ids}
        )
        cls.other_dance = cls._create_entry(
            cls.booker_b,
            name="Le Triangle",
            email="prog@triangle.example",
            discipline_ids=cls.dance.ids,
        )
        cls._create_entry(
            cls.booker_b, name="Sans Courriel", discipline_ids=cls.dance.ids
        )
        cls._create_entry(cls.booker_a, name="Jazz Club", email="jazz@club.example")
        # Same discipline, other cluster: never in a Breton segment
        cls._create_entry(
            cls.booker_q,
            name="Agora de la Danse",
            email="info@agora.example",
            discipline_ids=cls.dance.ids,
        )

    def _segment(self, user=None, **values):
        user = user or self.mailer_a
        return (
            self.env["directory.segment"]
            .with_user(user)
            .with_context(allowed_company_ids=user.company_id.ids)
            .create(
                {
                    "name": "Programmateurs danse",
                    "domain": repr([("discipline_ids", "in", self.dance.ids)]),
                    **values,
                }
            )
        )

    def _subscribed(self, segment):
        subscriptions = segment.mailing_list_id.subscription_ids
        return {sub.contact_id.email: sub.opt_out for sub in subscriptions.sudo()}

    def test_segment_becomes_a_list_of_its_cluster_entries_with_mail(self):
        segment = self._segment()
        self.assertEqual(segment.entry_count, 2)
        segment.action_refresh()
        self.assertEqual(
            self._subscribed(segment),
            {"prog@cornouaille.example": False, "prog@triangle.example": False},
        )
        self.assertEqual(segment.mailing_list_id.segment_id, segment)
        self.assertEqual(segment.mailing_list_id.company_ids, self.company_a)

    def test_refresh_follows_the_directory_and_keeps_unsubscriptions(self):
        segment = self._segment()
        segment.action_refresh()
        triangle = segment.mailing_list_id.subscription_ids.filtered(
            lambda sub: sub.contact_id.email == "prog@triangle.example"
        )
        triangle.opt_out = True
        newcomer = self._create_entry(
            self.booker_a,
            name="Festival Dañs",
            email="dans@festival.example",
            discipline_ids=self.dance.ids,
        )
        self.venue.discipline_ids = False
        self.env["mail.blacklist"].sudo()._add("dans@festival.example")
        segment.action_refresh()
        self.assertEqual(
            self._subscribed(segment),
            {"prog@triangle.example": True},
            "the venue left the segment, the blacklisted newcomer is not "
            "added, the unsubscription stays",
        )
        self.env["mail.blacklist"].sudo()._remove("dans@festival.example")
        self.other_dance.discipline_ids = False
        segment.action_refresh()
        self.assertEqual(
            self._subscribed(segment),
            {"prog@triangle.example": True, "dans@festival.example": False},
            "an unsubscribed address stays, unsubscribed, even when it no "
            "longer matches",
        )
        self.assertTrue(newcomer)
        self.other_dance.discipline_ids = self.dance
        segment.action_refresh()
        self.assertEqual(self._subscribed(segment)["prog@triangle.example"], True)
        mailing = self.env["mailing.mailing"].browse(
            segment.action_new_mailing()["res_id"]
        )
        self.assertIn("prog@triangle.example", mailing._get_opt_out_list())

    def test_joint_mailing_in_the_name_of_cluster_companies(self):
        segment = self._segment(
            sender_company_ids=(self.company_a | self.company_b).ids
        )
        action = segment.action_new_mailing()
        mailing = self.env["mailing.mailing"].browse(action["res_id"])
        self.assertEqual(mailing.contact_list_ids, segment.mailing_list_id)
        self.assertEqual(mailing.sender_company_ids, self.company_a | self.company_b)
        self.assertIn(
            "Sent jointly by Ar Men Test and Kan Diskan Test", mailing.body_html
        )
        # Kan Diskan's mailing user sees the joint mailing and its list
        as_b = self.env["mailing.mailing"].with_user(self.mailer_b)
        self.assertEqual(as_b.search([("id", "=", mailing.id)]), mailing)
        with self.assertRaisesRegex(
            ValidationError, "companies of the segment.s cluster only"
        ):
            segment.sender_company_ids = self.company_a | self.company_q

    def test_segment_list_and_contacts_stay_with_sending_companies(self):
        segment = self._segment()
        segment.action_new_mailing()
        mailing_list = segment.mailing_list_id
        for user in (self.mailer_b, self.mailer_q):
            env = self.env(
                user=user, context={"allowed_company_ids": user.company_id.ids}
            )
            self.assertFalse(env["directory.segment"].search([("id", "=", segment.id)]))
            self.assertFalse(env["mailing.list"].search([("id", "=", mailing_list.id)]))
            self.assertFalse(
                env["mailing.list"].name_search("Programmateurs danse"), user.login
            )
            self.assertFalse(
                env["mailing.contact"].search([("email", "=", "prog@triangle.example")])
            )
            self.assertFalse(
                env["mailing.subscription"].search([("list_id", "=", mailing_list.id)])
            )
            self.assertFalse(
                env["mailing.mailing"].search(
                    [("contact_list_ids", "in", mailing_list.ids)]
                )
            )
            self.assertFalse(
                env["mailing.contact"].read_group(
                    [("email", "=", "prog@triangle.example")], ["email"], ["email"]
                )
            )
            with self.assertRaises(AccessError):
                env["mailing.list"].browse(mailing_list.id).read(["name"])

    def test_bad_conditions_are_refused(self):
        with self.assertRaisesRegex(ValidationError, "not valid"):
            self._segment(domain="[('no_such_field', '=', 1)]")
