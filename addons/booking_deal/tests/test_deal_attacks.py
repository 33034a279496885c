# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import DEAL_SPEC, SECRET, SETTLEMENT_SPEC, DealCommon


@tagged("post_install", "-at_install")
class TestDealAttacks(DealCommon):
    # a contact of the other cluster is refused by the directory check, or
    # by the rules when the check reads it: either way it names nothing
    refusal = (ValidationError, AccessError)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.deal = cls.env["booking.deal"].create(cls._deal_values())
        cls.settlement = cls.env["booking.settlement"].create(
            {"deal_id": cls.deal.id, "band_ids": cls._bands()}
        )

    def test_booker_of_another_company_reads_nothing_of_a_deal(self):
        """A booker of B, in the same cluster, finds neither A's deal nor
        its settlement, its box office or its statement, by any of the web
        client's reads; the control, A's booker, finds them."""
        env = self._env_of(self.booker_b_only)
        records = (
            self.deal,
            self.settlement,
            self.settlement.band_ids[0],
            self.settlement.line_ids[0],
        )
        for record in records:
            with self.subTest(model=record._name):
                model = env[record._name]
                found = model.web_search_read([("id", "=", record.id)], {})
                self.assertEqual(found["records"], [])
                with self.assertRaises(AccessError):
                    record.with_env(env).web_read({"display_name": {}})
                self.assertFalse(model.search_count([("id", "=", record.id)]))
        names = env["booking.deal"].name_search("Kan ar Mor")
        self.assertNotIn(self.deal.id, [row[0] for row in names])
        env_a = self._env_of(self.booker)
        read = self.deal.with_env(env_a).web_read(DEAL_SPEC)[0]
        self.assertIn(SECRET, read["note"])

    def test_booker_of_another_company_cannot_write_or_settle_a_deal(self):
        """B's booker writing A's deal, settling it or attaching a settlement
        to it is refused."""
        env = self._env_of(self.booker_b_only)
        with self.assertRaises(AccessError):
            self.deal.with_env(env).write({"fee": 1.0})
        with self.assertRaises(AccessError):
            self.settlement.with_env(env).action_validate()
        with self.assertRaises(AccessError):
            env["booking.settlement"].create({"deal_id": self.deal.id})
        self.assertEqual(self.settlement.state, "draft")

    def test_only_the_companys_bookers_compute_a_statement(self):
        """Computing the statement writes its figures and lines past the
        ORM: B's booker, A's accountant, and a booker of B who keeps A's
        books (she reads A's settlement, and her groups are global), who
        may not write A's settlement, are refused, and the statement stays
        as it was."""
        lines = self.settlement.line_ids.ids
        self.assertTrue(lines)
        mixed = self._create_user_with_roles(
            "bd_booker_b_accountant_a",
            [
                (self.role_booker, self.company_b),
                (self.role_accountant, self.company_a),
            ],
        )
        for user in (self.booker_b_only, self.accountant, mixed):
            with self.subTest(user=user.login):
                env = self._env_of(user)
                with self.assertRaises(AccessError):
                    self.settlement.with_env(env).action_compute()
                self.env.invalidate_all()
                self.assertEqual(self.settlement.line_ids.ids, lines)

    def test_organiser_of_another_cluster_is_refused_naming_nothing(self):
        """A deal pointed at the other cluster's venue is refused without
        naming it (its name would come back in the reply)."""
        env = self._env_of(self.booker)
        message = self._refused(
            lambda: env["booking.deal"].web_save(
                self._deal_values(organiser_id=self.venue_transat.id), DEAL_SPEC
            )
        )
        self.assertNotIn(self.venue_transat.name, message)
        message = self._refused(
            lambda: self.deal.with_env(env).web_save(
                {"organiser_id": self.venue_transat.id}, DEAL_SPEC
            )
        )
        self.assertNotIn(self.venue_transat.name, message)

    def test_dates_of_another_companys_production_are_refused(self):
        """A's booker cannot put B's confirmed date, or A's date under
        another production, into a deal."""
        production_b = self._create_production(self.company_b, name="Bro Gozh")
        date_b = self._create_date(production_b)
        date_b.action_confirm()
        other = self._create_production(self.company_a, name="Sterenn")
        env = self._env_of(self.booker)
        with self.assertRaises(UserError):
            env["booking.deal"].create(self._deal_values(date_ids=[(6, 0, date_b.ids)]))
        with self.assertRaisesRegex(ValidationError, "dates of its production"):
            env["booking.deal"].create(self._deal_values(production_id=other.id))

    def test_a_deal_cannot_be_moved_to_a_company_where_one_does_not_book(self):
        """A's booker moving A's deal into B, where she holds no role, is
        refused and the deal stays A's."""
        env = self._env_of(self.booker)
        with self.assertRaises(UserError), self.env.cr.savepoint():
            self.deal.with_env(env).write({"company_id": self.company_b.id})
        self.env.invalidate_all()
        self.assertEqual(self.deal.company_id, self.company_a)
        self.assertEqual(self.production.company_id, self.company_a)

    def test_a_box_office_band_cannot_point_at_a_foreign_date(self):
        """A band's date must be one of the deal's dates."""
        env = self._env_of(self.booker)
        with self.assertRaisesRegex(ValidationError, "one of the deal's dates"):
            self.settlement.with_env(env).web_save(
                {"band_ids": [(0, 0, {"name": "X", "date_id": self.option.id})]},
                SETTLEMENT_SPEC,
            )
