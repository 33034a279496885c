# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Ar Men's accountant attacks Kan Diskan's busy days: every read path of
the web client and of RPC, trying to learn Kan Diskan's production, venue,
organiser or state. A busy row has none of them, so each path must answer
the same whatever Kan Diskan booked."""

import json

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import SECRET, CalendarCommon

HIDDEN = (
    "date_id",
    "detail_company_id",
    "production_id",
    "production_name",
    "tour_id",
    "venue_id",
    "organiser_id",
    "state",
)
TIMES = ("get_in_time", "show_time", "create_date")


@tagged("post_install", "-at_install")
class TestClusterCalendarAttacks(CalendarCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env_yann = cls._env_of(cls.yann)
        cls.Day = cls.env_yann["booking.cluster.day"]
        cls.busy_domain = [("company_id", "=", cls.company_b.id)]
        cls.busy = cls.Day.search(cls.busy_domain)

    def test_the_attacker_has_busy_rows_to_attack(self):
        """The control: Kan Diskan's two busy days are there, busy."""
        self.assertEqual(len(self.busy), 2)
        self.assertEqual(set(self.busy.mapped("kind")), {"busy"})

    def test_reading_every_field_shows_nothing_hidden(self):
        spec = {name: {} for name in self.Day._fields}
        for name in HIDDEN:
            if self.Day._fields[name].type == "many2one":
                spec[name] = {"fields": {"display_name": {}}}
        payload = self.busy.web_read(spec)
        self.assertNotIn(SECRET, json.dumps(payload, default=str))
        for row in payload:
            for name in HIDDEN + TIMES:
                self.assertFalse(row[name], name)

    def test_searching_hidden_fields_is_no_oracle(self):
        """A search on the production, venue or state of busy rows finds
        the same rows with the true value as with a false one: none, or all
        when asking for an empty value."""
        probes = [
            ("production_id.name", "ilike", SECRET),
            ("production_name", "ilike", SECRET),
            ("show_time", ">", 0),
            ("production_id", "=", self.production_b.id),
            ("venue_id", "=", self.venue_b.id),
            ("organiser_id", "=", self.venue_b.id),
            ("state", "=", "confirmed"),
            ("state", "=", "option"),
            ("date_id", "in", self.dates_b_options.ids),
            ("display_name", "ilike", SECRET),
        ]
        for probe in probes:
            with self.subTest(probe=probe):
                self.assertFalse(self.Day.search([*self.busy_domain, probe]))
        # Negations: the true value and a made-up one find the same rows
        for field, true, made_up in [
            ("production_id.name", SECRET, "Nothing booked"),
            ("venue_id.name", "Salle Kan Diskan", "Nowhere"),
            ("state", "confirmed", "done"),
        ]:
            for operator in ("not ilike", "!="):
                with self.subTest(field=field, operator=operator):
                    self.assertEqual(
                        self.Day.search([*self.busy_domain, (field, operator, true)]),
                        self.Day.search(
                            [*self.busy_domain, (field, operator, made_up)]
                        ),
                    )
        self.assertEqual(
            self.Day.search([*self.busy_domain, ("production_id", "=", False)]),
            self.busy,
        )

    def test_ordering_by_hidden_fields_orders_nothing(self):
        """Sorting busy rows by a hidden field, up or down, keeps the same
        order: the order would otherwise rank Kan Diskan's productions."""
        plain = self.Day.search(self.busy_domain, order="id").ids
        for field in HIDDEN + TIMES:
            for direction in ("asc", "desc"):
                with self.subTest(order=f"{field} {direction}"):
                    found = self.Day.search(
                        self.busy_domain, order=f"{field} {direction}, id"
                    ).ids
                    self.assertEqual(found, plain)

    def test_grouping_by_hidden_fields_gives_one_empty_group(self):
        for field in HIDDEN:
            with self.subTest(groupby=field):
                groups = self.Day.web_read_group(
                    self.busy_domain, ["__count"], [field], lazy=False
                )["groups"]
                self.assertEqual(
                    [(group[field], group["__count"]) for group in groups],
                    [(False, 2)],
                )
        aggregates = self.Day.read_group(
            self.busy_domain,
            [
                "production_id:count_distinct",
                "venue_id:count_distinct",
                "date_id:array_agg",
                "state:array_agg",
            ],
            [],
        )[0]
        self.assertEqual(aggregates["production_id"], 0)
        self.assertEqual(aggregates["venue_id"], 0)
        self.assertEqual(set(aggregates["date_id"]), {None})

    def test_name_search_and_export_give_nothing_away(self):
        self.assertFalse(
            {row_id for row_id, _name in self.Day.name_search(SECRET)}
            & set(self.busy.ids)
        )
        self.assertFalse(self.Day.name_search("Salle Kan Diskan"))
        exported = self.busy.export_data(
            ["production_id/name", "venue_id/name", "organiser_id/name", "state"]
        )["datas"]
        self.assertEqual(exported, [["", "", "", ""]] * 2)

    def test_kan_diskans_details_are_refused_by_id(self):
        """The detail row of a Kan Diskan date, asked for by its id
        (2 * the date's id), is refused."""
        detail = self.Day.browse(self.date_b_confirmed.id * 2)
        self.assertEqual(detail.sudo().kind, "detail", "the control: it exists")
        with self.assertRaises(AccessError):
            detail.read(["production_id"])
        with self.assertRaises(AccessError):
            detail.web_read({"production_id": {"fields": {"display_name": {}}}})

    def test_a_busy_rows_id_tells_no_date_id(self):
        """The ids of Kan Diskan's busy rows are none of its dates' ids,
        however read (half of it, as a detail row's id would be), and stay
        the same when the day's first date goes: an id cannot be walked
        back to a date, nor tell how many came and went."""
        # sudo: the control, every Kan Diskan date the attacker may not see
        date_ids = set(
            self.env["booking.date"]
            .sudo()
            .with_context(active_test=False)
            .search([("company_id", "=", self.company_b.id)])
            .ids
        )
        for row_id in self.busy.ids:
            self.assertFalse({row_id, row_id // 2, (row_id - 1) // 2} & date_ids)
        busy_day = self.busy.filtered(
            lambda row: row.day == self.dates_b_options[0].date
        )
        before = busy_day.id
        # Kan Diskan releases the day's first option: its second holds the day
        first = min(self.dates_b_options, key=lambda date: date.id)
        first.write({"state": "cancelled", "cancel_reason": "Rain"})
        self.env.flush_all()
        self.assertEqual(
            self.Day.search([*self.busy_domain, ("day", "=", first.date)]).ids,
            [before],
        )

    def test_another_cluster_reads_no_busy_day(self):
        """Transat's booker gets none of the Breton rows, by search or by
        id."""
        env = self._env_of(self.julie)
        Day = env["booking.cluster.day"]
        self.assertFalse(Day.search([("company_id", "!=", self.company_p.id)]))
        with self.assertRaises(AccessError):
            self.busy.with_env(env).read(["day"])
        self.assertEqual(
            Day.web_read_group([], ["__count"], ["company_id"], lazy=False)["length"],
            1,
        )

    def test_a_foreign_company_context_is_refused(self):
        """The accountant cannot tick Kan Diskan, which is not hers, to turn
        its busy rows into details."""
        with self.assertRaises(AccessError):
            self.Day.with_context(
                allowed_company_ids=[self.company_a.id, self.company_b.id]
            ).search([])
