# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import re

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import DaySheetCommon


@tagged("post_install", "-at_install")
class TestDaySheet(DaySheetCommon):
    def test_day_sheet_gives_the_team_its_day_in_french(self):
        """A's booker prints the sheet of a confirmed date: in French, the
        day's times in order, the venue's address and access, its technical
        director and programmer, travel and accommodation, the team on tour
        and the production's other dates within three days."""
        html = self._render(self._env_of(self.booker), self.date)
        self.assertIn("Feuille de route", html)
        labels = [
            "Arrivée technique",
            "Balances",
            "Repas",
            "Représentation",
            "Fin de représentation",
            "Démontage terminé",
        ]
        times = ["14:00", "16:30", "19:00", "20:30", "22:00", "23:30"]
        schedule = html[html.index("Horaires") : html.index("Lieu")]
        positions = [schedule.index(f"<strong>{time}</strong>") for time in times]
        self.assertEqual(positions, sorted(positions))
        for label in labels:
            self.assertIn(label, schedule)
        self.assertIn("Quai de déchargement côté cour", html)
        self.assertIn("Hôtel de la Gare, 3 rue Jean Jaurès", html)
        self.assertIn("Yann Tanguy", html)
        self.assertIn("Directeur·rice technique", html)
        self.assertIn("02 98 00 00 01", html)
        self.assertIn("Soizic Morvan", html)
        self.assertIn("Katell Quéré", html)
        self.assertIn("Malo Guivarc&#39;h", html)
        self.assertNotIn("Erwan Le Bihan", html, "not on tour")
        self.assertIn("14/03/2027", html)
        self.assertIn("Le Grand Phare", html)
        self.assertNotIn("20/03/2027", html, "six days later, not around it")

    def test_day_sheet_names_only_what_its_reader_may_read(self):
        """B's private contact at the shared venue, which A may not read, is
        not on A's sheet, though it holds a role at the venue."""
        html = self._render(self._env_of(self.booker), self.date)
        self.assertNotIn(self.private_b.name, html)
        contacts = self.date.with_env(self._env_of(self.booker))._day_sheet_contacts()
        self.assertEqual(contacts, self.programmer | self.technical_director)

    def test_booker_of_another_company_cannot_print_the_sheet(self):
        """B's booker, in the same cluster, cannot render A's day sheet."""
        env = self._env_of(self.booker_b_only)
        with self.assertRaises(AccessError):
            self._render(env, self.date.with_env(env))

    def test_another_companys_option_is_refused_without_telling_its_state(self):
        """B's booker printing A's option, its state already in the cache
        (as after a listing): refused for access, not because it is an
        option, which would tell her what A's date is."""
        option = self._create_date(self.production, date="2027-03-13")
        env = self._env_of(self.booker_b_only)
        self.assertEqual(option.state, "option")  # now in the cache
        with self.assertRaises(AccessError):
            self._render(env, option.with_env(env))

    def test_accountant_reads_the_sheet_of_her_company(self):
        """A's accountant reads A's dates, so she may print their sheets."""
        html = self._render(self._env_of(self.accountant), self.date)
        self.assertIn("Hôtel de la Gare", html)

    def test_an_option_has_no_day_sheet(self):
        """An option may not be played: its sheet is refused, in French."""
        option = self._create_date(self.production, date="2027-03-13")
        env = self._env_of(self.booker)
        env = env(context=dict(env.context, lang="fr_FR"))
        with self.assertRaisesRegex(UserError, "confirmées ou jouées"):
            self._render(env, option)

    def test_week_sheets_print_the_tours_confirmed_dates_of_the_week(self):
        """From Friday's date, the week's sheets print every confirmed date
        of its tour from Monday to Sunday, in order; neither an option of
        that week nor a date of the following week."""
        self._create_date(self.production, tour_id=self.tour.id, date="2027-03-13")
        html = self._render(
            self._env_of(self.booker),
            self.date,
            report="booking_day_sheet.report_day_sheet_week",
        )
        headings = re.findall(r"Feuille de route", html)
        self.assertEqual(len(headings), 2)
        self.assertLess(
            html.index("vendredi 12 mars 2027"), html.index("dimanche 14 mars 2027")
        )
        self.assertNotIn("samedi 13 mars 2027", html)
        self.assertNotIn("samedi 20 mars 2027", html)

    def test_unset_times_are_left_out_of_the_schedule(self):
        """A time left at zero is not printed; equal times keep the order of
        the day."""
        self.date.write({"sound_check_time": 0.0, "meal_time": 14.0})
        schedule = self.date.with_context(lang="en_US")._day_sheet_schedule()
        self.assertEqual(
            schedule,
            [
                ("Get-in", "14:00"),
                ("Meal", "14:00"),
                ("Show", "20:30"),
                ("End of show", "22:00"),
                ("Get-out", "23:30"),
            ],
        )
