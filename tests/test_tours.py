# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The main flows, walked in headless Chromium as the user who does them.

Each tour lives in the module whose screens it walks
(``static/tests/tours/``) and runs on the demo data, logged in as a demo
user (the password is the login). Odoo skips them, saying so, where
Chromium is missing; ``.ci/run`` installs it.
"""

from dateutil.relativedelta import relativedelta

from odoo import fields
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestTours(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env.ref("cluster_base.user_maelle_demo", raise_if_not_found=False):
            cls.skipTest(cls, "the demo data is not installed")

    def test_shared_booker_switches_and_reads_each_companys_notes(self):
        self.start_tour(
            "/odoo/action-booking_directory.res_partner_action_directory",
            "booking_directory_notes_switch_tour",
            login="maelle",
        )

    def test_owner_grants_an_access_request(self):
        request = self.env.ref(
            "booking_directory_notes.access_request_grand_phare_demo"
        )
        self.start_tour(
            "/odoo/action-cluster_access_request.cluster_access_request_action",
            "cluster_access_request_grant_tour",
            login="gwenaelle",
        )
        self.assertEqual(request.state, "granted")

    def test_employer_opens_its_staff_report(self):
        self.start_tour(
            "/odoo/action-cluster_shared_staff.action_staff_report",
            "cluster_shared_staff_employer_report_tour",
            login="soizic",
        )

    def test_cluster_accountant_runs_a_consolidation(self):
        runs = self.env["consolidation.run"].search([])
        self.start_tour(
            "/odoo/action-cluster_consolidation.action_consolidation_run",
            "cluster_consolidation_run_tour",
            login="camille",
        )
        new = self.env["consolidation.run"].search([]) - runs
        self.assertEqual(new.state, "done")
        self.assertTrue(new.line_ids)

    def test_booker_imports_a_file_with_bad_rows(self):
        self.start_tour(
            "/odoo/action-booking_directory.res_partner_action_directory",
            "booking_directory_import_tour",
            login="maelle",
        )
        Partner = self.env["res.partner"]
        imported = Partner.search([("name", "=", "La Grande Scène du Tour")])
        self.assertEqual(
            imported.directory_cluster_id,
            self.env.ref("cluster_base.user_maelle_demo").company_id.cluster_id,
        )
        self.assertFalse(Partner.search([("email", "=", "pas-un-courriel")]))

    def test_booker_logs_a_call_with_a_follow_up(self):
        self.start_tour(
            "/odoo/action-booking_directory.res_partner_action_directory",
            "booking_directory_notes_log_call_tour",
            login="maelle",
        )
        call = self.env["directory.interaction"].search(
            [("summary", "like", "Called about the spring tour")]
        )
        self.assertEqual(call.interaction_type, "call")
        self.assertEqual(
            call.company_id, self.env.ref("cluster_base.company_ar_men_demo")
        )
        self.assertTrue(call.activity_ids, "a reminder is scheduled")

    def test_booker_turns_ticked_entries_into_a_mailing_list(self):
        self.start_tour(
            "/odoo/action-booking_directory.res_partner_action_directory",
            "booking_directory_mailing_selection_tour",
            login="maelle",
        )
        segment = self.env["directory.segment"].search(
            [("name", "=", "Tournée de printemps, deux salles")]
        )
        self.assertEqual(
            set(segment.mailing_list_id.contact_ids.mapped("email")),
            set(
                (
                    self.env.ref("booking_directory.venue_grand_phare_demo")
                    | self.env.ref("booking_directory.venue_cornouaille_demo")
                ).mapped("email")
            )
            - {False},
        )

    def test_employer_recharges_the_shared_cost(self):
        """Maëlle logs two hours for Kan Diskan late, dated last month: Yann
        shares last month's cost again and invoices the differences."""
        kan_diskan = self.env.ref("cluster_base.company_kan_diskan_demo")
        last_month = fields.Date.today().replace(day=1) - relativedelta(days=1)
        self.env["account.analytic.line"].with_company(kan_diskan).create(
            {
                "name": "Relances programmateurs (saisie tardive)",
                "project_id": self.env.ref(
                    "cluster_shared_staff.project_kan_diskan_demo"
                ).id,
                "employee_id": self.env.ref(
                    "cluster_shared_staff.employee_maelle_kan_diskan_demo"
                ).id,
                "unit_amount": 2.0,
                "date": last_month,
            }
        )
        Move = self.env["account.move"]
        before = Move.search([])
        self.start_tour(
            "/odoo/action-cluster_shared_staff.action_staff_agreement",
            "cluster_shared_staff_recharge_tour",
            login="yann",
        )
        ar_men = self.env.ref("cluster_base.company_ar_men_demo")
        new = Move.search([]) - before
        issued = new.filtered(
            lambda move: move.move_type in ("out_invoice", "out_refund")
        )
        self.assertEqual(issued.company_id, ar_men)
        self.assertIn(kan_diskan.partner_id, issued.partner_id)
        # and the members' matching bills (OCA account_invoice_inter_company)
        received = new - issued
        self.assertIn(kan_diskan, received.company_id)
        self.assertEqual(
            set(received.mapped("move_type")) - {"in_invoice", "in_refund"}, set()
        )
