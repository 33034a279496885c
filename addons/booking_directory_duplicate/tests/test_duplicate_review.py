# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from odoo.addons.booking_directory.tests.common import DirectoryCommon


@tagged("post_install", "-at_install")
class TestDuplicateReview(DirectoryCommon):
    """Issue 13, item 7: a booker sees why two entries were found alike,
    opens the pair, and merges it on the suite's own screen."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.venue.write(
            {
                "city": "Quimper",
                "email": "accueil@cornouaille.example",
                "vat": "FR12345678901",
                "company_registry": "123 456 789 00012",
                "seat_count": 720,
            }
        )
        cls.env_b = cls.env(
            user=cls.booker_b,
            context=dict(cls.env.context, allowed_company_ids=cls.company_b.ids),
        )

    def _pair_of(self, entry):
        return self.env_b["directory.duplicate"].search([("partner_id", "=", entry.id)])

    def test_each_pair_says_why_it_was_found(self):
        cases = {
            "email": {"name": "SN Quimper", "email": "Accueil@Cornouaille.example"},
            "vat": {"name": "Scène nationale", "vat": "FR 123 456 789 01"},
            "registry": {"name": "SN 29", "company_registry": "12345678900012"},
            "name_city": {"name": "THEATRE DE CORNOUAILLE", "city": "QUIMPER"},
            "look_alike": {"name": "Théâtre Cornouaille", "city": "Brest"},
        }
        labels = dict(
            self.env_b["directory.duplicate"]
            ._fields["reason"]
            ._description_selection(self.env_b)
        )
        for reason, values in cases.items():
            with self.subTest(reason=reason):
                entry = self._create_entry(self.booker_b, **values)
                records = self.env_b["directory.duplicate"].web_search_read(
                    [
                        ("partner_id", "=", entry.id),
                        ("duplicate_of_id", "=", self.venue.id),
                    ],
                    {"reason": {}, "level": {}, "duplicate_of_id": {}},
                )["records"]
                self.assertEqual(len(records), 1)
                self.assertEqual(records[0]["reason"], reason)
        self.assertEqual(labels["registry"], "Same SIRET")
        self.assertEqual(labels["name_city"], "Same name and city")

    def test_a_pair_opens_in_a_form_from_the_list(self):
        """The Duplicates menu's action has a form: a click on a row opens
        the pair with both entries and the buttons to act on it."""
        entry = self._create_entry(self.booker_b, name="Theatre Cornouaille")
        action = self.env_b["ir.actions.act_window"]._for_xml_id(
            "booking_directory_duplicate.directory_duplicate_action"
        )
        self.assertIn("form", action["view_mode"].split(","))
        views = self.env_b["directory.duplicate"].get_views(
            [(False, "list"), (False, "form")]
        )["views"]
        form = views["form"]["arch"]
        for name in ("partner_id", "duplicate_of_id", "reason", "action_merge"):
            self.assertIn(f'name="{name}"', form)
        values = self._pair_of(entry).web_read(
            {
                "partner_id": {"fields": {"display_name": {}}},
                "duplicate_of_id": {"fields": {"display_name": {}}},
                "duplicate_city": {},
                "reason": {},
            }
        )[0]
        self.assertEqual(values["duplicate_of_id"]["display_name"], self.venue.name)
        self.assertEqual(values["duplicate_city"], "Quimper")

    def test_merge_screen_in_the_users_terms(self):
        """A booker (not a directory administrator) merges a pair: the screen
        shows both entries side by side and what is kept, speaks of no id
        nor group of contacts, and keeps the entry she chooses."""
        entry = self._create_entry(
            self.booker_b,
            name="THEATRE DE CORNOUAILLE",
            city="Quimper",
            phone="+33 2 98 55 98 55",
        )
        pair = self._pair_of(entry)
        action = pair.action_merge()
        self.assertEqual(action["res_model"], "directory.duplicate.merge")
        Merge = self.env_b[action["res_model"]]
        arch = Merge.get_views([(False, "form")])["views"]["form"]["arch"]
        for odoo_term in ("maximum_group", "Group of Contacts", "dst_partner_id"):
            self.assertNotIn(odoo_term, arch)
        wizard = Merge.browse(action["res_id"])
        values = wizard.web_read(
            {
                "keep_id": {"fields": {"display_name": {}}},
                "reason": {},
                "comparison": {},
            }
        )[0]
        # The older entry is proposed; both are shown, with what is kept
        self.assertEqual(values["keep_id"]["id"], self.venue.id)
        self.assertEqual(values["reason"], "name_city")
        comparison = str(values["comparison"])
        for text in (
            "Théâtre de Cornouaille",
            "THEATRE DE CORNOUAILLE",
            "+33 2 98 55 98 55",
            "accueil@cornouaille.example",
            "After the merge",
        ):
            self.assertIn(text, comparison)
        self.assertNotIn(f">{self.venue.id}<", comparison)
        # She keeps the newer entry instead: it takes the older one's e-mail
        wizard.web_save({"keep_id": entry.id}, {})
        result = wizard.action_merge()
        self.assertEqual(result["res_id"], entry.id)
        self.assertFalse(self.venue.exists())
        self.assertFalse(pair.exists())
        self.assertEqual(entry.email, "accueil@cornouaille.example")
        self.assertEqual(entry.phone, "+33 2 98 55 98 55")
        self.assertEqual(entry.seat_count, 720)
        self.assertIn("Merged with", str(entry.message_ids.mapped("body")))

    def test_merge_keeps_only_one_of_the_two_entries(self):
        """The entry to keep is one of the pair; another id, of the user's
        directory or of another cluster, is refused without naming it."""
        entry = self._create_entry(self.booker_b, name="Theatre Cornouaille")
        wizard = self.env_b["directory.duplicate.merge"].browse(
            self._pair_of(entry).action_merge()["res_id"]
        )
        third = self._create_entry(self.booker_b, name="La Carène")
        foreign = self._create_entry(self.booker_q, name="Salle Odyssée")
        for other in (third, foreign):
            with self.subTest(other=other.name):
                with self.assertRaises(ValidationError) as caught:
                    wizard.web_save(
                        {"keep_id": other.id},
                        {"keep_id": {"fields": {"display_name": {}}}},
                    )
                self.assertNotIn("Odyssée", str(caught.exception))
