# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time
from lxml import etree
from psycopg2 import IntegrityError

from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import ProspectionCommon

LINE_SPEC = {
    "partner_id": {"fields": {"display_name": {}}},
    "production_id": {"fields": {"display_name": {}}},
    "tour_period_id": {"fields": {"display_name": {}}},
    "stage_id": {"fields": {"display_name": {}}},
    "territory": {},
    "company_id": {},
    "interest": {},
    "next_action_date": {},
}


@tagged("post_install", "-at_install")
class TestProspectionLine(ProspectionCommon):
    """Issue 15: the portfolio, worked by a booker through the web client."""

    def test_a_booker_adds_a_prospect_from_the_kanban(self):
        """The quick create of the kanban: the line starts at the company's
        first stage, with the prospect's territory."""
        env = self._env_of(self.prospector_a)
        Line = env["booking.prospection.line"]
        views = Line.get_views([(False, "kanban"), (False, "search")])
        kanban = etree.fromstring(views["views"]["kanban"]["arch"])
        self.assertEqual(kanban.get("default_group_by"), "stage_id")
        quick = Line.get_views(
            [
                (
                    env.ref(
                        "booking_prospection.booking_prospection_line_view_form_quick"
                    ).id,
                    "form",
                )
            ]
        )
        self.assertIn(
            "tour_period_id", quick["models"]["booking.prospection.line"]["fields"]
        )
        defaults = Line.onchange(
            {}, [], {"company_id": {}, "stage_id": {}, "user_id": {}}
        )
        self.assertEqual(defaults["value"]["company_id"], self.company_a.id)
        self.assertEqual(defaults["value"]["stage_id"], self.stages_a[0].id)
        saved = Line.web_save(
            {
                "partner_id": self.venue.id,
                "production_id": self.production_a.id,
                "tour_period_id": self.spring_a.id,
            },
            LINE_SPEC,
        )[0]
        self.assertEqual(saved["stage_id"]["display_name"], "Not Contacted")
        self.assertEqual(saved["territory"], "29")
        self.assertEqual(saved["company_id"], self.company_a.id)

    def test_the_kanban_columns_are_the_companys_stages(self):
        """Every stage of the company, even those no line reached, and no
        stage of another company."""
        self._create_line()
        self._create_line(self.spring_b)
        env = self._env_of(self.prospector_a)
        groups = env["booking.prospection.line"].web_read_group(
            [], ["stage_id"], ["stage_id"]
        )["groups"]
        self.assertEqual([g["stage_id"][0] for g in groups], self.stages_a.ids)
        self.assertEqual(groups[0]["stage_id_count"], 1)

    def test_dragging_a_line_to_another_stage(self):
        line = self._create_line()
        env = self._env_of(self.prospector_a)
        option = self._stage(self.company_a, "Option")
        saved = (
            env["booking.prospection.line"]
            .browse(line.id)
            .web_save({"stage_id": option.id}, LINE_SPEC)[0]
        )
        self.assertEqual(saved["stage_id"]["id"], option.id)

    def test_a_period_of_the_chosen_production_only(self):
        """Changing the production clears a period that is not its own."""
        env = self._env_of(self.prospector_a)
        result = env["booking.prospection.line"].onchange(
            {
                "production_id": self.other_production_a.id,
                "tour_period_id": self.spring_a.id,
            },
            ["production_id"],
            {"production_id": {}, "tour_period_id": {}},
        )
        self.assertEqual(result["value"]["tour_period_id"], False)

    def test_a_prospect_once_per_tour_period(self):
        self._create_line()
        self._create_line(self.autumn_a)
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self._create_line()

    @freeze_time("2027-01-10")
    def test_log_a_call_from_a_line(self):
        """The call is the line's company's interaction with the prospect,
        logged in the directory history: A's users read it on the contact,
        B's do not. The line moves on to Contacted, and the follow-up
        becomes its next action."""
        line = self._create_line()
        env = self._env_of(self.prospector_a)
        action = env["booking.prospection.line"].browse(line.id).action_log_call()
        self.assertEqual(action["res_model"], "directory.interaction")
        self.assertEqual(action["target"], "new")
        Interaction = env["directory.interaction"].with_context(**action["context"])
        spec = {
            "partner_id": {},
            "company_id": {},
            "interaction_type": {},
            "prospection_line_id": {},
        }
        defaults = Interaction.onchange({}, [], spec)["value"]
        self.assertEqual(defaults["partner_id"], self.venue.id)
        self.assertEqual(defaults["company_id"], self.company_a.id)
        self.assertEqual(defaults["interaction_type"], "call")
        saved = Interaction.web_save(
            {"summary": "Soizic likes it, call back", "followup_date": "2027-01-20"},
            spec,
        )[0]
        self.assertEqual(saved["prospection_line_id"], line.id)
        self.assertEqual(line.stage_id, self._stage(self.company_a, "Contacted"))
        self.assertEqual(str(line.next_action_date), "2027-01-20")
        self.assertEqual(line.interaction_count, 1)
        on_contact = (
            env["res.partner"]
            .browse(self.venue.id)
            .web_read({"directory_interaction_ids": {"fields": {"summary": {}}}})[0][
                "directory_interaction_ids"
            ]
        )
        self.assertEqual(
            [i["summary"] for i in on_contact], ["Soizic likes it, call back"]
        )
        # B's request has a cache of its own
        self.env.invalidate_all()
        env_b = self._env_of(self.prospector_b)
        self.assertFalse(
            env_b["res.partner"].browse(self.venue.id).directory_interaction_ids
        )

    def test_a_mail_and_a_proposal_keep_a_line_further_on(self):
        """A line already at Option stays there when a proposal is logged."""
        option = self._stage(self.company_a, "Option")
        line = self._create_line(stage_id=option.id)
        env = self._env_of(self.prospector_a)
        for method, kind in (
            ("action_log_mail", "mail"),
            ("action_log_proposal", "proposal"),
        ):
            action = getattr(env["booking.prospection.line"].browse(line.id), method)()
            Interaction = env["directory.interaction"].with_context(**action["context"])
            saved = Interaction.web_save(
                {"summary": f"{kind} sent"}, {"interaction_type": {}}
            )[0]
            self.assertEqual(saved["interaction_type"], kind)
        self.assertEqual(line.stage_id, option)
        self.assertEqual(
            sorted(line.interaction_ids.mapped("interaction_type")),
            ["mail", "proposal"],
        )

    def test_the_pivot_counts_lines_by_stage_and_territory(self):
        self._create_line()
        self._create_line(partner=self.festival)
        self._create_line(
            partner=self.programmer,
            stage_id=self._stage(self.company_a, "Contacted").id,
        )
        env = self._env_of(self.prospector_a)
        groups = env["booking.prospection.line"].read_group(
            [], ["__count"], ["territory", "stage_id"], lazy=False
        )
        counts = {(g["territory"], g["stage_id"][1]): g["__count"] for g in groups}
        self.assertEqual(
            counts,
            {
                ("29", "Not Contacted"): 2,
                (False, "Contacted"): 1,
            },
        )

    def test_the_conversion_rate_is_confirmed_over_contacted(self):
        """Four lines: one not contacted, one contacted, one confirmed, one
        declined: one confirmed out of three contacted; by territory too."""
        for partner, stage in (
            (self.venue, "Not Contacted"),
            (self.festival, "Contacted"),
            (self.programmer, "Confirmed"),
            (self._create_passerelle(), "Declined"),
        ):
            self._create_line(
                partner=partner, stage_id=self._stage(self.company_a, stage).id
            )
        self._create_line(
            self.spring_b, stage_id=self._stage(self.company_b, "Confirmed").id
        )
        env = self._env_of(self.prospector_a)
        Report = env["booking.prospection.report"]
        measures = ["line_count:sum", "contacted_count:sum", "won_count:sum"]
        total = Report.read_group([], [*measures, "conversion_rate:avg"], [])[0]
        self.assertEqual(
            (total["line_count"], total["contacted_count"], total["won_count"]),
            (4, 3, 1),
        )
        self.assertAlmostEqual(total["conversion_rate"], 100 / 3, places=2)
        by_territory = {
            g["territory"]: g["conversion_rate"]
            for g in Report.read_group([], ["conversion_rate:avg"], ["territory"])
        }
        self.assertEqual(by_territory["29"], 0.0)
        views = Report.get_views([(False, "pivot"), (False, "graph")])
        self.assertIn("conversion_rate", views["views"]["pivot"]["arch"])

    @classmethod
    def _create_passerelle(cls):
        return cls._create_entry(
            cls.booker_a, name="La Passerelle", directory_type="venue", zip="22100"
        )


@tagged("post_install", "-at_install")
class TestProductionPortfolio(ProspectionCommon):
    """The production's form leads to its portfolio."""

    def test_a_booker_opens_the_portfolio_from_the_production(self):
        self._create_line()
        self._create_line(partner=self.festival)
        self._create_line(self.other_spring_a)
        env = self._env_of(self.prospector_a)
        production = env["booking.production"].browse(self.production_a.id)
        data = production.web_read({"prospection_line_count": {}})[0]
        self.assertEqual(data["prospection_line_count"], 2)
        action = production.action_view_prospection()
        lines = env["booking.prospection.line"].search(action["domain"])
        self.assertEqual(lines.partner_id, self.venue | self.festival)

    def test_an_accountant_opens_the_production_without_the_portfolio(self):
        """Accountants read productions to invoice them, not prospection:
        the button is not on their form, which opens."""
        env = self._env_of(self.accountant_a)
        Production = env["booking.production"]
        arch = Production.get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertNotIn("prospection_line_count", arch)
        booker_arch = self._env_of(self.prospector_a)["booking.production"].get_views(
            [(False, "form")]
        )["views"]["form"]["arch"]
        self.assertIn("prospection_line_count", booker_arch)
        data = Production.browse(self.production_a.id).web_read({"name": {}})[0]
        self.assertEqual(data["name"], "Kan ar Mor")
