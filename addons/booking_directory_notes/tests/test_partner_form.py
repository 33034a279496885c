# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from ast import literal_eval

from freezegun import freeze_time
from lxml import etree

from odoo.tests import tagged

from .common import NotesCommon


@tagged("post_install", "-at_install")
class TestContactForm(NotesCommon):
    """The shared contact's form, opened the way the web client opens it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.accountant_b = cls._create_user_with_roles(
            "notes_accountant_b", [(cls.role_accountant, cls.company_b)]
        )
        cls.booker_ab = cls._create_user_with_roles(
            "notes_booker_ab",
            [(cls.role_booker, cls.company_a), (cls.role_booker, cls.company_b)],
        )

    def _open_venue(self, user, companies=None):
        env = self._tick(user, companies or user.company_ids)
        views, spec = self._form_spec(env, "res.partner")
        data = env["res.partner"].browse(self.venue.id).web_read(spec)[0]
        return views, data

    def test_an_accountant_opens_the_organiser_she_invoices(self):
        """Issue 13: with the Accountant role only, opening a venue from
        Contacts raised "not allowed to access 'Private Directory Note'"."""
        views, data = self._open_venue(self.accountant_b)
        self.assertEqual(data["name"], "Théâtre de Cornouaille")
        self.assertNotIn("directory_note_ids", data)
        self.assertNotIn("directory_private", views["views"]["form"]["arch"])

    def test_a_booker_finds_her_notes_titled_and_a_call_button(self):
        views, data = self._open_venue(self.booker_ab, self.company_a)
        self.assertEqual(data["directory_note_ids"][0]["id"], self.note_a.id)
        arch = etree.fromstring(views["views"]["form"]["arch"])
        page = arch.find(".//page[@name='directory_private']")
        self.assertEqual(
            [sep.get("string") for sep in page.iter("separator")],
            ["Private Notes", "Interactions"],
        )
        self.assertTrue(arch.xpath("//button[@name='action_log_directory_call']"))

    def test_the_shared_places_say_they_are_shared(self):
        """Issue 13, item 2: the chatter and Internal Notes of a directory
        entry are read by the whole cluster; the form says so."""
        env = self._tick(self.booker_ab, self.company_a)
        arch = etree.fromstring(
            env["res.partner"].get_views([(False, "form")])["views"]["form"]["arch"]
        )
        for name in ("directory_shared_warning", "internal_notes_shared_warning"):
            with self.subTest(name=name):
                (warning,) = arch.xpath(f"//div[@name='{name}']")
                text = " ".join(warning.itertext())
                self.assertIn("every company of the cluster", text)
                self.assertEqual(warning.get("invisible"), "not directory_cluster_id")

    def test_log_a_call_in_one_click(self):
        """Issue 13, item 5: a call for the current company, from the form."""
        env = self._tick(self.booker_ab, self.company_b)
        action = env["res.partner"].browse(self.venue.id).action_log_directory_call()
        self.assertEqual(action["target"], "new")
        Interaction = env["directory.interaction"].with_context(**action["context"])
        defaults = Interaction.onchange({}, [], {"partner_id": {}, "company_id": {}})
        self.assertEqual(defaults["value"]["partner_id"], self.venue.id)
        saved = Interaction.web_save(
            {"summary": "Asked for the concert version"},
            {"interaction_type": {}, "company_id": {}, "partner_id": {}},
        )[0]
        self.assertEqual(saved["interaction_type"], "call")
        self.assertEqual(saved["company_id"], self.company_b.id)
        self.assertEqual(saved["partner_id"], self.venue.id)


@tagged("post_install", "-at_install")
class TestToFollowUp(NotesCommon):
    """Issue 13, item 4: the menu shows what to follow up."""

    @freeze_time("2026-02-01")
    def test_to_follow_up_lists_what_is_due_and_not_done(self):
        env = self._env_as(self.booker_a)
        Interaction = env["directory.interaction"]
        later, done = Interaction.create(
            [
                {
                    "partner_id": self.venue.id,
                    "summary": "Call again in March",
                    "followup_date": "2026-03-01",
                },
                {
                    "partner_id": self.venue.id,
                    "summary": "Called back",
                    "followup_date": "2026-01-20",
                    "followup_done": True,
                },
            ]
        )
        action = env["ir.actions.act_window"]._for_xml_id(
            "booking_directory_notes.directory_interaction_action_followup"
        )
        views = Interaction.with_context(**literal_eval(action["context"])).get_views(
            [*action["views"], (False, "search")],
            {"load_filters": True, "action_id": action["id"]},
        )
        search = etree.fromstring(views["views"]["search"]["arch"])
        defaults = {
            name[len("search_default_") :]
            for name in literal_eval(action["context"])
            if name.startswith("search_default_")
        }
        domain = list(literal_eval(action["domain"]))
        for flt in search.iter("filter"):
            if flt.get("name") in defaults:
                domain += literal_eval(flt.get("domain"))
        listed = Interaction.web_search_read(domain, {"summary": {}})["records"]
        self.assertEqual([r["id"] for r in listed], self.interaction_a.ids)
        # Without the filter, those to come too, never the done ones
        pending = Interaction.search(list(literal_eval(action["domain"])))
        self.assertEqual(pending, self.interaction_a | later)
        self.assertNotIn(done, pending)
        calendar = etree.fromstring(views["views"]["calendar"]["arch"])
        self.assertEqual(calendar.get("date_start"), "followup_date")
