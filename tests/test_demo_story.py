# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The demo database tells the pooling story of the README.

These tests read the demo data on purpose: they check that what a newcomer
sees after ``scripts/demo`` is what the README promises. They skip when the
suite was installed without demo data.
"""

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoStory(TransactionCase):
    def setUp(self):
        super().setUp()
        self.breizh = self.env.ref("cluster_base.cluster_breizh_demo", False)
        if not self.breizh:
            self.skipTest("installed without demo data")
        self.transat = self.env.ref("cluster_base.cluster_transat_demo")

    def _user(self, xmlid):
        return self.env.ref(f"cluster_base.{xmlid}")

    def test_shared_booker_sees_her_cluster_only(self):
        """Maëlle works for the four Breton companies and never sees Réseau
        Transat."""
        maelle = self._user("user_maelle_demo")
        self.assertEqual(len(maelle.company_ids), 4)
        clusters = self.env["cluster.cluster"].with_user(maelle).search([])
        self.assertEqual(clusters, self.breizh)
        self.assertEqual(self.breizh.member_count, 4)
        self.assertEqual(self.breizh.cost_share_total, 100.0)

    def test_quebec_user_sees_transat_only(self):
        julie = self._user("user_julie_demo")
        clusters = self.env["cluster.cluster"].with_user(julie).search([])
        self.assertEqual(clusters, self.transat)

    def test_transat_methods_follow_ownership(self):
        """The Québec company is 60 % owned, hence fully consolidated in EUR;
        the 30 % associate is on the equity method."""
        methods = {
            m.company_id.currency_id.name + ":" + m.company_id.name: (
                m.consolidation_method,
                round(m.interest_pct, 2),
            )
            for m in self.transat.membership_ids
        }
        self.assertEqual(
            methods,
            {
                "EUR:Transat Productions": ("full", 100.0),
                "CAD:Productions Transat Québec inc.": ("full", 60.0),
                "EUR:Scène Atlantique": ("equity", 30.0),
            },
        )
        self.assertEqual(self.transat.currency_id.name, "EUR")


@tagged("post_install", "-at_install")
class TestDirectoryDemoStory(TransactionCase):
    def setUp(self):
        super().setUp()
        self.venue = self.env.ref("booking_directory.venue_cornouaille_demo", False)
        if not self.venue or not self.env.ref(
            "booking_directory_notes.note_cornouaille_ar_men_demo", False
        ):
            self.skipTest("installed without the directory's demo data")
        self.maelle = self.env.ref("cluster_base.user_maelle_demo")

    def _env(self, user, *company_xmlids):
        companies = [self.env.ref(f"cluster_base.{x}").id for x in company_xmlids]
        return self.env(user=user, context={"allowed_company_ids": companies})

    def test_two_companies_keep_different_notes_on_one_venue(self):
        """Maëlle sees Ar Men's note with Ar Men active and Kan Diskan's with
        Kan Diskan active, never both unless both are active."""
        notes = {}
        for company in ("company_ar_men_demo", "company_kan_diskan_demo"):
            # each switch of company is a new request, with a fresh cache
            self.env.invalidate_all()
            venue = self._env(self.maelle, company)["res.partner"].browse(self.venue.id)
            notes[company] = venue.directory_note_ids.mapped("pitch")
        self.assertEqual(
            notes,
            {
                "company_ar_men_demo": [
                    "Kan ar Mor (2026-2027 tour), school matinee version"
                ],
                "company_kan_diskan_demo": ["Fest-noz Diskan, concert version"],
            },
        )

    def test_other_cluster_cannot_find_the_venue(self):
        julie = self.env.ref("cluster_base.user_julie_demo")
        Partner = self._env(julie, "company_transat_quebec_demo")["res.partner"]
        self.assertFalse(Partner.search([("name", "ilike", "Cornouaille")]))
        self.assertTrue(Partner.search([("name", "ilike", "Lion d'Or")]))

    def test_directory_has_the_announced_size(self):
        """About sixty structures and people, in both clusters."""
        entries = self.env["res.partner"].search_count(
            [("directory_cluster_id", "!=", False)]
        )
        self.assertGreaterEqual(entries, 55)

    def test_roles_of_the_breton_collective(self):
        """Maëlle is a booker in the four companies and opens none of their
        books; each accountant opens their own company's only."""
        maelle = self.env.ref("cluster_base.user_maelle_demo")
        breton = maelle.company_ids.ids
        books = ["account.group_account_invoice"]
        self.assertEqual(
            sorted(maelle._companies_with_group(["base.group_user"], breton)),
            sorted(breton),
        )
        self.assertEqual(maelle._companies_with_group(books, breton), [])
        yann = self.env.ref("cluster_role_account.user_yann_demo")
        ar_men = self.env.ref("cluster_base.company_ar_men_demo")
        self.assertEqual(yann._companies_with_group(books, breton), ar_men.ids)

    def test_pending_access_request(self):
        """Kan Diskan has asked for Ar Men's note on Le Grand Phare; until
        Gwenaëlle grants it, Kan Diskan does not see it."""
        request = self.env.ref(
            "booking_directory_notes.access_request_grand_phare_demo"
        )
        note = self.env.ref("booking_directory_notes.note_grand_phare_ar_men_demo")
        # Nothing of Ar Men's is looked up for Kan Diskan until granted
        self.assertEqual((request.state, request.res_id), ("requested", 0))
        kan_diskan = self.env.ref("cluster_base.company_kan_diskan_demo")
        maelle = self.env.ref("cluster_base.user_maelle_demo")
        notes = (
            self.env["directory.note"]
            .with_user(maelle)
            .with_context(allowed_company_ids=kan_diskan.ids)
            .search([("partner_id", "=", note.partner_id.id)])
        )
        self.assertFalse(notes)
        gwenaelle = self.env.ref("cluster_base.user_gwenaelle_demo")
        self.assertTrue(request.with_user(gwenaelle).can_decide)
        self.assertEqual(request.with_user(gwenaelle).match_state, "found")

    def test_shared_booker_reports_and_recharges(self):
        """Maëlle's agreement: last month reported to each employer and
        recharged by Ar Men to the three others."""
        agreement = self.env.ref("cluster_shared_staff.agreement_maelle_demo")
        companies = agreement.served_ids.company_id
        self.assertEqual(len(companies), 4)
        self.assertEqual(set(companies.mapped("currency_id.name")), {"EUR"})
        self.assertTrue(all(agreement.served_ids.mapped("employee_id")))
        self.assertEqual(
            set(agreement.served_ids.mapped("state")),
            {"confirmed"},
            "the four companies confirmed their participation",
        )
        reports = self.env["cluster.staff.report"].search(
            [("agreement_id", "=", agreement.id)]
        )
        self.assertEqual(reports.company_id, companies)
        self.assertEqual(set(reports.mapped("state")), {"sent"})
        for report in reports:
            served = agreement.served_ids.filtered(
                lambda m, r=report: m.company_id == r.company_id
            )
            self.assertIn(
                report.create_uid, served.report_recipient_ids, "made as its recipient"
            )
        self.assertTrue(all(r.hours > 0 for r in reports))
        allocation = self.env.ref(
            "cluster_shared_staff_recharge.allocation_last_month_demo"
        )
        self.assertAlmostEqual(sum(allocation.line_ids.mapped("amount")), 4200.0)
        invoices = allocation.move_ids
        self.assertEqual(len(invoices), 3)
        self.assertEqual(set(invoices.mapped("state")), {"posted"})
        bills = self.env["account.move"].search(
            [("auto_invoice_id", "in", invoices.ids)]
        )
        self.assertEqual(bills.company_id, companies - agreement.company_id)
        self.assertFalse(allocation.to_recharge)

    def test_transat_is_consolidated(self):
        """Réseau Transat over two months: the first month's run is locked
        and the last month's opens on its closing; Québec's acquisition
        gives goodwill and eliminates Transat's investment; the co-production
        recharge of the first month is eliminated as a flow that month only,
        its open balance at both closings; Scène Atlantique's dividend is
        eliminated; the Canadian dollar's fall shows as a translation
        difference; each trial balance balances."""
        run = self.env.ref("cluster_consolidation.run_last_month_demo")
        first = self.env.ref("cluster_consolidation.run_previous_month_demo")
        self.assertEqual((first.state, run.state), ("locked", "done"))
        self.assertEqual(run.opening_run_id, first)
        self.assertEqual(run.previous_run_id, first)
        quebec = self.env.ref("cluster_base.company_transat_quebec_demo")
        transat = self.env.ref("cluster_base.company_transat_demo")
        for each in (first, run):
            self.assertEqual(
                round(sum(each.line_ids.mapped("amount")), 2),
                0.0,
                "the trial balance balances",
            )
            self.assertEqual(each.mismatch_count, 0, "rate differences only")
        # the demo shows the remeasurement control at work: Québec has not
        # booked the revaluation of its euro payable to Transat at the last
        # month's closing rate (IAS 21.23), and that is the only warning
        self.assertFalse(first.warning)
        self.assertEqual(len(run.warning.splitlines()), 1, run.warning)
        self.assertIn(quebec.name, run.warning)
        self.assertIn("(IAS 21.23)", run.warning)
        lines = run.line_ids
        cta = lines.filtered(
            lambda line: line.kind == "cta" and line.company_id == quebec
        )
        self.assertTrue(round(sum(cta.mapped("amount")), 2))
        goodwill = lines.filtered(lambda line: line.account_id.role == "goodwill")
        self.assertTrue(round(sum(goodwill.mapped("amount")), 2) > 0)
        investments = lines.filtered(lambda line: line.account_id.code == "C140")
        self.assertEqual(round(sum(investments.mapped("amount")), 2), 0.0)
        flows = first.line_ids.filtered(
            lambda line: line.kind == "elimination" and line.nature == "flow"
        )
        self.assertEqual(flows.company_id, transat | quebec)
        self.assertFalse(
            lines.filtered(
                lambda line: line.kind == "elimination" and line.nature == "flow"
            )
        )
        balances = lines.filtered(
            lambda line: line.kind == "elimination" and line.nature == "balance"
        )
        self.assertEqual(balances.company_id, transat | quebec)
        dividends = lines.filtered(lambda line: line.account_id.code == "C420")
        self.assertEqual(round(sum(dividends.mapped("amount")), 2), 0.0)

    def test_camille_runs_the_consolidation_again(self):
        """Camille, cluster accountant of Transat Productions and nothing
        more for the others, runs the demo's consolidation again and reads
        every member's lines: Québec and Scène Atlantique approved it."""
        camille = self.env.ref("cluster_base.user_camille_demo")
        transat = self.env.ref("cluster_base.company_transat_demo")
        camille.with_context(active_company_ids=transat.ids).set_groups_from_roles()
        env = self.env(user=camille, context={"allowed_company_ids": transat.ids})
        demo_run = self.env.ref("cluster_consolidation.run_last_month_demo")
        count = len(demo_run.line_ids)
        run = demo_run.with_env(env)
        run.action_run()
        lines = env["consolidation.run.line"].search([("run_id", "=", run.id)])
        self.assertEqual(len(lines), count)
        self.assertEqual(
            lines.company_id,
            transat
            | self.env.ref("cluster_base.company_transat_quebec_demo")
            | self.env.ref("cluster_base.company_scene_atlantique_demo"),
        )
        self.assertEqual(round(sum(lines.mapped("amount")), 2), 0.0)

    def test_cluster_calendar_of_the_breton_collective(self):
        """Maëlle, her four companies ticked, reads every Breton company's
        dates in detail; Ar Men's accountant reads Ar Men's and sees Kan
        Diskan's days as busy, with nothing of their productions or venues
        (booking_calendar)."""
        maelle = self.env.ref("cluster_base.user_maelle_demo")
        Day = self.env["booking.cluster.day"]
        rows = (
            Day.with_user(maelle)
            .with_context(allowed_company_ids=maelle.company_ids.ids)
            .search([])
        )
        self.assertEqual(set(rows.mapped("kind")), {"detail"})
        self.assertEqual(rows.company_id, maelle.company_ids)
        yann = self.env.ref("cluster_role_account.user_yann_demo")
        kan_diskan = self.env.ref("cluster_base.company_kan_diskan_demo")
        busy = (
            Day.with_user(yann)
            .with_context(allowed_company_ids=yann.company_ids.ids)
            .search([("company_id", "=", kan_diskan.id)])
        )
        dates = self.env["booking.date"].search(
            [("company_id", "=", kan_diskan.id), ("state", "!=", "cancelled")]
        )
        self.assertEqual(set(busy.mapped("kind")), {"busy"})
        self.assertEqual(set(busy.mapped("day")), set(dates.mapped("date")))
        self.assertFalse(busy.production_id)
        self.assertFalse(busy.venue_id | busy.organiser_id)
        self.assertEqual(set(busy.mapped("state")), {False})


@tagged("post_install", "-at_install")
class TestDealDemoStory(TransactionCase):
    def setUp(self):
        super().setUp()
        self.deals = [
            self.env.ref(f"booking_deal.{xmlid}", False)
            for xmlid in (
                "deal_kan_ar_mor_grand_phare_demo",
                "deal_kan_ar_mor_ferme_demo",
                "deal_gavotte_pousseur_demo",
            )
        ]
        if not all(self.deals) or "travel_note" not in self.env["booking.date"]:
            self.skipTest("installed without the deals' and day sheets' demo data")

    def test_the_deals_dates_have_their_day_sheets(self):
        """Ar Men's dates sold in cession and in coréalisation and Kan
        Diskan's date abroad each print a full day sheet for Maëlle, who
        books for both: the six times of the day, the venue's access, the
        travel, and a team on tour with e-mails to send it to."""
        maelle = self.env.ref("cluster_base.user_maelle_demo")
        env = self.env(
            user=maelle, context={"allowed_company_ids": maelle.company_ids.ids}
        )
        dates = env["booking.date"]
        for deal in self.deals:
            dates |= deal.with_env(env).date_ids
        self.assertEqual(len(dates), 3)
        for date in dates:
            with self.subTest(date=date.date):
                self.assertEqual(len(date._day_sheet_schedule()), 6)
                self.assertTrue(date.access_note and date.travel_note)
                team = date._day_sheet_team()
                self.assertTrue(team)
                self.assertTrue(all(team.partner_id.mapped("email")))
        html, _kind = env["ir.actions.report"]._render_qweb_pdf(
            "booking_day_sheet.report_day_sheet", dates.ids
        )
        self.assertIn("Bruxelles-Midi", html.decode())
        self.assertIn("Lieu-dit Kerlann", html.decode())
