# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import ProspectionCommon

DEFAULT_NAMES = [
    "Not Contacted",
    "Contacted",
    "Date Possible",
    "Option",
    "Declined",
    "Confirmed",
]


@tagged("post_install", "-at_install")
class TestProspectionStage(ProspectionCommon):
    """Issue 15: each company edits its own stages; the others never see
    them."""

    def test_a_new_company_starts_with_the_default_stages(self):
        """Not contacted, contacted, date possible, option, declined,
        confirmed; the conversion rate knows which is which."""
        company = self._create_company(name="Nouvelle Compagnie")
        stages = self._stages(company)
        self.assertEqual(stages.mapped("name"), DEFAULT_NAMES)
        self.assertEqual(
            [(s.is_contacted, s.is_won, s.is_lost) for s in stages],
            [
                (False, False, False),
                (True, False, False),
                (True, False, False),
                (True, False, False),
                (True, False, True),
                (True, True, False),
            ],
        )
        self.assertEqual(stages.filtered("fold").mapped("name"), ["Declined"])

    def test_the_default_stages_are_named_in_french(self):
        """Stages made before French was installed are named in French once
        it is; a name a company gave is kept."""
        self.env["res.lang"]._activate_lang("fr_FR")
        renamed = self._stage(self.company_a, "Option")
        renamed.with_context(lang="fr_FR").name = "Pré-réservation"
        self.env["ir.module.module"].search(
            [("name", "=", "booking_prospection")]
        )._update_translations(["fr_FR"])
        french = self.stages_a.with_context(lang="fr_FR").mapped("name")
        self.assertEqual(
            french,
            [
                "Pas contacté",
                "Contacté",
                "Date possible",
                "Pré-réservation",
                "Décliné",
                "Confirmé",
            ],
        )
        company = self._create_company(name="Compagnie Nouvelle")
        self.assertEqual(
            self._stages(company).with_context(lang="fr_FR")[0].name, "Pas contacté"
        )

    def test_a_booking_manager_sets_up_her_companys_stages(self):
        env = self._env_of(self.manager_a)
        Stage = env["booking.prospection.stage"]
        listed = Stage.web_search_read([], {"name": {}, "company_id": {}})["records"]
        self.assertEqual({r["id"] for r in listed}, set(self.stages_a.ids))
        saved = Stage.web_save(
            {"name": "Relancé", "sequence": 25}, {"name": {}, "company_id": {}}
        )[0]
        self.assertEqual(saved["company_id"], self.company_a.id)
        Stage.browse(self.stages_a[1].id).web_save({"fold": True}, {"fold": {}})
        self.assertTrue(self.stages_a[1].fold)

    def test_a_booker_reads_the_stages_but_does_not_set_them_up(self):
        env = self._env_of(self.prospector_a)
        Stage = env["booking.prospection.stage"]
        self.assertEqual(Stage.search([]), self.stages_a)
        with self.assertRaises(AccessError):
            Stage.browse(self.stages_a[0].id).write({"name": "À appeler"})

    def test_other_companies_never_see_the_stages(self):
        """B's booker, B's manager of the same cluster and P's booker: none
        of A's stages in any list, and a read by id is refused."""
        manager_b = self._create_user_with_roles(
            "pr_manager_b", [(self.role_booking_manager, self.company_b)]
        )
        for user in (self.prospector_b, manager_b, self.prospector_p):
            with self.subTest(user=user.login):
                Stage = self._env_of(user)["booking.prospection.stage"]
                listed = Stage.web_search_read([], {"name": {}})["records"]
                self.assertFalse({r["id"] for r in listed} & set(self.stages_a.ids))
                with self.assertRaises(AccessError):
                    Stage.browse(self.stages_a[0].id).web_read({"name": {}})
                with self.assertRaises(AccessError):
                    Stage.browse(self.stages_a[0].id).write({"name": "Pris"})

    def test_a_manager_cannot_move_a_stage_to_another_company(self):
        env = self._env_of(self.manager_a)
        stage = env["booking.prospection.stage"].browse(self.stages_a[0].id)
        with self.assertRaises(AccessError):
            stage.write({"company_id": self.company_b.id})
        self.assertEqual(self.stages_a[0].company_id, self.company_a)

    def test_a_stage_is_not_both_confirmed_and_declined(self):
        with self.assertRaisesMessage(ValidationError, "both confirmed and declined"):
            self.stages_a[0].write({"is_won": True, "is_lost": True})

    def test_with_several_companies_ticked_the_stages_say_whose(self):
        shared = self._create_user_with_roles(
            "pr_shared",
            [(self.role_booker, self.company_a), (self.role_booker, self.company_b)],
        )
        stage = self.stages_a[0]
        both = self._env_of(shared, self.company_a | self.company_b)
        self.assertEqual(
            stage.with_env(both).display_name, "Not Contacted (Ar Men Test)"
        )
        alone = self._env_of(shared, self.company_a)
        self.assertEqual(stage.with_env(alone).display_name, "Not Contacted")
