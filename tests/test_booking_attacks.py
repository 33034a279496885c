# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Attacks on the booking modules, on the demo (red team, issue of the
booking modules' merge).

The attackers: Maëlle, the shared booker, with only Kan Diskan ticked (a
booker of another company of Ar Men's cluster), and Théo, a booker of
Transat Productions (another cluster). Each test names the path it tries;
each found leak has its guard in the module, and the test turns red when
the guard is removed.

Across modules: booking_production, booking_option, booking_calendar,
booking_prospection, booking_deal.
"""


from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from odoo.addons.cluster_role.tests.common import RoleCommon


@tagged("post_install", "-at_install")
class TestBookingAttacks(RoleCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        if not ref("booking_option.date_kan_ar_mor_cornouaille_option_demo", False):
            cls.skipTest(cls, "the booking demo data is not installed")
        cls.ar_men = ref("cluster_base.company_ar_men_demo")
        cls.kan_diskan = ref("cluster_base.company_kan_diskan_demo")
        cls.transat = ref("cluster_base.company_transat_demo")
        cls.production = ref("booking_production.production_kan_ar_mor_demo")
        cls.venue = ref("booking_directory.venue_liberte_demo")
        cls.maelle = ref("cluster_base.user_maelle_demo")
        cls.theo = cls._create_user_with_roles(
            "theo_attacker", [(cls.role_booker, cls.transat)]
        )
        Date = cls.env["booking.date"]
        # A day of Kan ar Mor confirmed at Ar Men, and one it does not hold
        cls.confirmed_day = Date.search(
            [("production_id", "=", cls.production.id), ("state", "=", "confirmed")],
            limit=1,
        ).date
        held = set(
            Date.search([("production_id", "=", cls.production.id)]).mapped("date")
        )
        cls.free_day = next(
            cls.confirmed_day.replace(day=day)
            for day in range(1, 28)
            if cls.confirmed_day.replace(day=day) not in held
        )

    def _attackers(self):
        """(label, environment as the web client gives it) of each attacker
        booking in a company that is not Ar Men."""
        return [
            ("same cluster", self._tick(self.maelle, self.kan_diskan)),
            ("other cluster", self._tick(self.theo, self.transat)),
        ]

    def _refusal(self, call):
        """The error class and text of ``call``, or None when it passes;
        made with an empty cache, as each call of the web client is."""
        self.env.invalidate_all()
        try:
            with self.env.cr.savepoint():
                call()
        except (AccessError, UserError) as error:
            return type(error).__name__, str(error)
        except AssertionError:
            raise
        except Exception as error:  # noqa: BLE001 - a database error is an answer too
            return type(error).__name__, "database error"
        return None

    def test_creating_a_confirmed_date_on_a_foreign_production_tells_nothing(self):
        """Path: web_save of a new confirmed date whose production is another
        company's (by id). The answer is the same whether that production's
        day is confirmed or free: the option module's check of the day
        (run as superuser before the create's own access check) used to say
        "already confirmed" on a confirmed day only."""
        for label, env in self._attackers():
            answers = [
                self._refusal(
                    lambda day=day, env=env: env["booking.date"].create(
                        {
                            "production_id": self.production.id,
                            "date": day,
                            "state": "confirmed",
                            "venue_id": self.venue.id,
                        }
                    )
                )
                for day in (self.confirmed_day, self.free_day)
            ]
            with self.subTest(attacker=label):
                self.assertIsNotNone(answers[0], "the create must be refused")
                self.assertEqual(answers[0], answers[1])
                self.assertNotIn("confirmed", answers[0][1])

    def test_moving_an_own_option_to_a_foreign_production_tells_nothing(self):
        """Path: web_save of one's own option with the production (and day)
        of another company. Refused the same way whatever that production
        holds that day: a confirmed day used to fail on the database's
        unique index before the company check, which told it apart."""
        for label, env in self._attackers():
            company = env.company
            own = env["booking.production"].create(
                {"name": "Attacker's Show", "company_id": company.id}
            )
            option = env["booking.date"].create(
                {"production_id": own.id, "date": self.free_day, "state": "option"}
            )
            answers = [
                self._refusal(
                    lambda day=day, option=option: option.write(
                        {
                            "production_id": self.production.id,
                            "date": day,
                            "state": "confirmed",
                        }
                    )
                )
                for day in (self.confirmed_day, self.free_day)
            ]
            with self.subTest(attacker=label):
                self.assertIsNotNone(answers[0], "the move must be refused")
                self.assertEqual(answers[0], answers[1])

    def test_the_add_to_portfolio_wizard_names_no_foreign_production(self):
        """Path: web_save of *Add to Portfolio* with another company's
        production and tour period (by id), then their names read back (the
        web client reads a many2one's name as superuser). Refused: the
        wizard has no company for Odoo's check to compare them with."""
        period = self.env["booking.tour.period"].search(
            [("production_id", "=", self.production.id)], limit=1
        )
        spec = {
            "production_id": {"fields": {"display_name": {}}},
            "tour_period_id": {"fields": {"display_name": {}}},
        }
        for label, env in self._attackers():
            answer = self._refusal(
                lambda env=env: self.assertNotIn(
                    self.production.name,
                    str(
                        env["booking.prospection.add"].web_save(
                            {
                                "production_id": self.production.id,
                                "tour_period_id": period.id,
                            },
                            spec,
                        )
                    ),
                )
            )
            with self.subTest(attacker=label):
                self.assertIsNotNone(answer, "the wizard must refuse them")
                self.assertNotIn(self.production.name, answer[1])
                self.assertNotIn(period.name, answer[1])

    def test_a_foreign_portfolio_is_no_oracle_through_its_unique_prospect(self):
        """Path: web_save of a prospection line of one's own production with
        another company's tour period and a venue. Refused the same way
        whether that venue is in the other company's portfolio of the
        period or not: the database's unique (period, prospect) index used
        to answer before the company check."""
        line = self.env.ref("booking_prospection.line_kan_ar_mor_liberte_demo")
        period = line.tour_period_id
        absent = self.env["res.partner"].search(
            [
                ("directory_cluster_id", "=", line.partner_id.directory_cluster_id.id),
                ("is_company", "=", True),
                (
                    "id",
                    "not in",
                    self.env["booking.prospection.line"]
                    .search([("tour_period_id", "=", period.id)])
                    .partner_id.ids,
                ),
            ],
            limit=1,
        )
        for label, env in self._attackers():
            own = env["booking.production"].create(
                {"name": "Attacker's Show", "company_id": env.company.id}
            )
            answers = [
                self._refusal(
                    lambda partner=partner, env=env, own=own: env[
                        "booking.prospection.line"
                    ].create(
                        {
                            "production_id": own.id,
                            "tour_period_id": period.id,
                            "partner_id": partner.id,
                        }
                    )
                )
                for partner in (line.partner_id, absent)
            ]
            with self.subTest(attacker=label):
                self.assertIsNotNone(answers[0], "the line must be refused")
                self.assertEqual(answers[0], answers[1])

    def test_a_foreign_production_is_not_named_by_its_children_onchange(self):
        """Path: onchange of a new date, tour, team member, rider or
        unavailability with another cluster's production (by id), and of a
        new tour period with that production's tour, asking for the
        company (and production) the related fields compute. Odoo computes
        related fields as superuser, which named the other cluster's company
        and production; they are computed as the user, who is refused."""
        tour = self.env["booking.tour"].search(
            [("production_id", "=", self.production.id)], limit=1
        )
        names = (self.ar_men.name, self.production.name, tour.name)
        company = {"company_id": {"fields": {"display_name": {}}}}
        calls = [
            (model, {"production_id": self.production.id}, "production_id", company)
            for model in (
                "booking.date",
                "booking.tour",
                "booking.production.member",
                "booking.production.rider",
                "booking.production.unavailability",
            )
        ]
        calls.append(
            (
                "booking.tour.period",
                {"tour_id": tour.id},
                "tour_id",
                dict(company, production_id={"fields": {"display_name": {}}}),
            )
        )
        env = self._tick(self.theo, self.transat)
        for model, values, field, spec in calls:
            answer = []

            def call(model=model, values=values, field=field, spec=spec, answer=answer):
                answer.append(env[model].onchange(values, [field], spec))

            refusal = self._refusal(call)
            text = str(answer or refusal)
            with self.subTest(model=model):
                for name in names:
                    self.assertNotIn(name, text)

    def test_a_new_deal_does_not_name_a_foreign_production_company(self):
        """Path: onchange of a new deal with another cluster's production
        (by id), asking for the company. booking_deal's company_id is
        related to the production and computed as superuser, so the answer
        names Ar Men; ``compute_sudo=False`` on it (as booking_production's
        records now do) refuses it."""
        env = self._tick(self.theo, self.transat)
        answer = []

        def call():
            answer.append(
                env["booking.deal"].onchange(
                    {"production_id": self.production.id},
                    ["production_id"],
                    {"company_id": {"fields": {"display_name": {}}}},
                )
            )

        refusal = self._refusal(call)
        self.assertNotIn(self.ar_men.name, str(answer or refusal))

    def test_a_booker_cannot_write_the_ranking_s_own_fields(self):
        """Path: web_save of one's own option with its rank, flag or
        challenge (readonly in the form, which the ORM does not enforce),
        plainly and with the ranking's context key. Both are ignored: only
        the ranking, as superuser, writes them (a booker jumped the queue or
        shook off a challenge)."""
        option = self.env.ref("booking_option.date_kan_ar_mor_triskell_option_demo")
        rank = option.option_rank
        env = self._tick(self.maelle, self.ar_men)
        for context in ({}, {"booking_option_ranking": True}):
            env["booking.date"].browse(option.id).with_context(**context).web_save(
                {
                    "option_rank": rank + 5,
                    "option_flagged": True,
                    "option_challenge_state": "answered",
                },
                {},
            )
            option.invalidate_recordset()
            with self.subTest(context=context):
                self.assertEqual(option.option_rank, rank)
                self.assertFalse(option.option_flagged)
                self.assertFalse(option.option_challenge_state)
