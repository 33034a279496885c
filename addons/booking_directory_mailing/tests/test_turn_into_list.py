# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import Form, tagged

from .common import MailingCommon


@tagged("post_install", "-at_install")
class TestTurnIntoList(MailingCommon):
    """Issue 13, item 6: *Turn into Mailing List* from the directory list."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dance = cls.env.ref("booking_directory.discipline_dance_contemporary")
        cls.venue.write(
            {
                "discipline_ids": cls.dance.ids,
                "directory_type": "venue",
                "department": "29",
            }
        )
        cls.triangle = cls._create_entry(
            cls.booker_b,
            name="Le Triangle",
            email="prog@triangle.example",
            discipline_ids=cls.dance.ids,
            directory_type="venue",
            department="35",
        )
        cls.festival = cls._create_entry(
            cls.booker_b,
            name="Festival Dañs",
            email="dans@festival.example",
            directory_type="festival",
            department="29",
        )
        cls.filter = [("directory_type", "=", "venue")]

    def _turn(self, active_ids, name="Salles", lang=None):
        """The server action from the directory list, then its dialog, as
        the web client runs them."""
        env = self._as(self.role_booker_a)
        context = {
            "active_model": "res.partner",
            "active_ids": active_ids,
            "active_domain": self.filter,
        }
        if lang:
            context["lang"] = lang
        action = env.ref(
            "booking_directory_mailing.directory_segment_action_from_directory"
        )
        result = action.with_context(**context).run()
        self.assertEqual(result["res_model"], "directory.segment.create")
        dialog = Form(
            env[result["res_model"]].with_context(**context, **result["context"])
        )
        description = dialog.domain_description
        dialog.name = name
        wizard = dialog.save()
        segment = env["directory.segment"].browse(wizard.action_create()["res_id"])
        return segment, description

    def _listed(self, segment):
        return set(segment.mailing_list_id.subscription_ids.contact_id.mapped("email"))

    def test_ticked_rows_make_the_list(self):
        segment, description = self._turn(self.triangle.ids, name="Le Triangle seul")
        self.assertEqual(segment.name, "Le Triangle seul")
        self.assertEqual(self._listed(segment), {"prog@triangle.example"})
        self.assertEqual(description, "Chosen entries: Le Triangle")
        self.assertEqual(segment.mailing_list_id.name, "Le Triangle seul")

    def test_no_row_or_every_row_ticked_keeps_the_filter(self):
        for ticked in ([], (self.venue | self.triangle).ids):
            segment, description = self._turn(ticked)
            self.assertEqual(
                self._listed(segment),
                {"prog@cornouaille.example", "prog@triangle.example"},
            )
            self.assertEqual(description, "Structure Type is Venue")
            self.assertEqual(segment.domain_description, "Structure Type is Venue")

    def test_conditions_in_words(self):
        Segment = self._as(self.role_booker_a)["directory.segment"]
        segment = Segment.create(
            {
                "name": "Danse",
                "domain": repr(
                    [
                        "|",
                        ("discipline_ids", "in", self.dance.ids),
                        ("directory_type", "=", "festival"),
                        ("department", "in", ["29", "56"]),
                        ("email", "!=", False),
                    ]
                ),
            }
        )
        self.assertEqual(
            segment.domain_description,
            f"(Disciplines is {self.dance.display_name} or Structure Type is "
            "Festival); Department is 29 or 56; Email is set",
        )
        # Another cluster's entry named in the conditions is not named back
        segment.domain = repr([("id", "in", [self.agora.id, self.venue.id])])
        self.assertEqual(
            segment.domain_description,
            "Chosen entries: Théâtre de Cornouaille and 1 more",
        )

    def test_conditions_in_french(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"].search(
            [("name", "in", ["booking_directory", "booking_directory_mailing"])]
        )._update_translations(["fr_FR"], overwrite=True)
        segment, description = self._turn([], lang="fr_FR")
        self.assertEqual(description, "Type de structure est Lieu")
        segment.domain = repr([("department", "in", ["29", "56"])])
        self.assertEqual(
            segment.with_context(lang="fr_FR").domain_description,
            "Département est 29 ou 56",
        )
