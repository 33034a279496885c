# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import MailingCommon

SECRET = "Programmateurs secrets de Cornouaille"


@tagged("post_install", "-at_install")
class TestMailingCompany(MailingCommon):
    """Issue 12, finding 10 (records made in the standard screens get a
    company, and "no company" is not "everyone"), and write-then-read on
    the relational fields of the mailing models (finding 11)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.filters"].create(
            {
                "name": SECRET,
                "model_id": "res.partner",
                "domain": "[('email', '!=', False)]",
                "user_id": cls.role_booker_a.id,
            }
        )

    def _standard_records(self, user):
        """A list, a contact on it and a mailing to it, made by ``user``
        through the standard forms of Email Marketing."""
        mailing_list = self._new_record(user, "mailing.list", {"name": SECRET})
        contact = self._new_record(
            user,
            "mailing.contact",
            {
                "name": "Soazig Morvan",
                "email": "soazig@cornouaille.example",
                "list_ids": [Command.set(mailing_list.ids)],
            },
        )
        mailing_filter = self._new_record(
            user,
            "mailing.filter",
            {
                "name": SECRET,
                "mailing_domain": "[]",
                "mailing_model_id": self.env["ir.model"]._get_id("mailing.list"),
            },
        )
        mailing = self._new_record(
            user,
            "mailing.mailing",
            {
                "subject": SECRET,
                "body_html": f"<p>{SECRET}</p>",
                "mailing_model_id": self.env["ir.model"]._get_id("mailing.list"),
                "contact_list_ids": [Command.set(mailing_list.ids)],
            },
        )
        return mailing_list, contact, mailing, mailing_filter

    def _assert_hidden(self, user, records):
        env = self._as(user)
        for record in records:
            Model = env[record._name]
            domain = [("id", "=", record.id)]
            self.assertFalse(Model.search(domain), (user.login, record._name))
            self.assertFalse(
                Model.web_search_read(domain, {"display_name": {}})["records"],
                (user.login, record._name),
            )
            self.assertFalse(
                Model._rec_name
                and [
                    name
                    for _id, name in Model.name_search("", limit=1000)
                    if _id == record.id
                ],
                (user.login, record._name),
            )
            with self.assertRaises(AccessError):
                Model.browse(record.id).web_read({"display_name": {}})

    def test_standard_screens_give_the_current_company(self):
        mailing_list, contact, mailing, mailing_filter = self._standard_records(
            self.role_booker_a
        )
        self.assertEqual(mailing_filter.sudo().company_id, self.company_a)
        self.assertEqual(mailing_list.sudo().company_ids, self.company_a)
        self.assertEqual(contact.sudo().company_ids, self.company_a)
        self.assertEqual(mailing.sudo().sender_company_ids, self.company_a)
        subscription = contact.sudo().subscription_ids
        for user in (self.role_booker_q, self.role_booker_b):
            self._assert_hidden(user, (mailing_list, contact, mailing, mailing_filter))
            self._assert_hidden(user, subscription)
            self.assertFalse(
                self._as(user)["mailing.contact"].search(
                    [("email", "ilike", "cornouaille")]
                )
            )

    def test_no_company_is_not_everyone(self):
        """Lists and contacts made before the module (or by the superuser)
        without a company are only the instance administrators'."""
        Lists = self.env["mailing.list"]
        # As the superuser may (data loaded before this module had none)
        legacy = Lists.create({"name": SECRET, "company_ids": False})
        for user in (self.role_booker_a, self.role_booker_q):
            self._assert_hidden(user, legacy)
        admin = self.env.ref("base.user_admin")
        self.assertTrue(
            Lists.with_user(admin).search([("id", "=", legacy.id)]),
            "the instance administrator still sees it",
        )
        with self.assertRaisesMessage(ValidationError, "Choose the companies"):
            self._new_record(
                self.role_booker_a,
                "mailing.list",
                {"name": "Sans société", "company_ids": [Command.clear()]},
            )

    def _assert_names_nothing(self, error):
        message = str(error.exception)
        for foreign in (SECRET, self.company_a.name, self.cluster_breizh.name):
            self.assertNotIn(foreign, message)

    def test_foreign_targets_are_refused_without_naming_them(self):
        """A Québec booker points each writable relational field of her own
        records at Ar Men's: refused, and the error names nothing of it."""
        mailing_list, _contact, _mailing, mailing_filter = self._standard_records(
            self.role_booker_a
        )
        segment = self._as(self.role_booker_a)["directory.segment"].create(
            {"name": SECRET}
        )
        segment.action_refresh()
        own_list, own_contact, own_mailing, _own_filter = self._standard_records(
            self.role_booker_q
        )
        own_segment = self._as(self.role_booker_q)["directory.segment"].create(
            {"name": "Salles du Québec"}
        )
        Subscription = self._as(self.role_booker_q)["mailing.subscription"]
        attacks = [
            lambda: Subscription.create(
                {"contact_id": own_contact.id, "list_id": mailing_list.id}
            ),
            lambda: own_contact.write({"list_ids": [Command.link(mailing_list.id)]}),
            lambda: own_mailing.write(
                {"contact_list_ids": [Command.link(mailing_list.id)]}
            ),
            lambda: own_mailing.write(
                {"sender_company_ids": [Command.link(self.company_a.id)]}
            ),
            lambda: own_mailing.write({"mailing_filter_id": mailing_filter.id}),
            lambda: own_list.write({"company_ids": [Command.set(self.company_a.ids)]}),
            lambda: own_list.write({"segment_id": segment.id}),
            lambda: own_contact.write(
                {"company_ids": [Command.set(self.company_a.ids)]}
            ),
            lambda: own_segment.write({"company_id": self.company_a.id}),
            lambda: own_segment.write(
                {"sender_company_ids": [Command.link(self.company_a.id)]}
            ),
            lambda: own_segment.write({"mailing_list_id": mailing_list.id}),
            lambda: own_segment.write(
                {"filter_id": self.env["ir.filters"].search([("name", "=", SECRET)]).id}
            ),
        ]
        for number, attack in enumerate(attacks):
            with (
                self.subTest(attack=number),
                self.assertRaisesMessage(ValidationError, ".") as error,
            ):
                attack()
            self._assert_names_nothing(error)
        # Nothing was written, so nothing foreign reads back
        self.assertEqual(
            own_segment.web_read(
                {"company_id": {"fields": {"display_name": {}}}, "mailing_list_id": {}}
            )[0]["company_id"]["display_name"],
            self.company_q.name,
        )

    def test_contact_added_from_a_joint_list_belongs_to_its_companies(self):
        segment = self._as(self.role_booker_a)["directory.segment"].create(
            {
                "name": "Commun",
                "sender_company_ids": [
                    Command.set((self.company_a | self.company_b).ids)
                ],
            }
        )
        segment.action_refresh()
        mailing_list = segment.mailing_list_id
        # The list's Recipients screen opens contacts with the list as default
        contact = self._new_record(
            self.role_booker_a,
            "mailing.contact",
            {"email": "nouveau@programmateur.example"},
            default_list_ids=mailing_list.ids,
        )
        self.assertEqual(contact.sudo().company_ids, self.company_a | self.company_b)
