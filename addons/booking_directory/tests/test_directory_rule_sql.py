# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from unittest.mock import patch

from odoo import Command
from odoo.exceptions import AccessError, MissingError
from odoo.tests import tagged

from ..hooks import uninstall_hook
from .common import DirectoryCommon


@tagged("post_install", "-at_install")
class TestDirectoryRuleSql(DirectoryCommon):
    """The contact rules run as cheaper SQL (sub-selects of the companies'
    relation, one query to check a page of records) and still show a booker
    exactly the contacts that partner_multi_company's rule gives her
    companies: those of her companies, and those of no company."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]

        def contact(name, companies):
            return Partner.create(
                {"name": name, "company_ids": [Command.set(companies.ids)]}
            )

        cls.own = contact("Rule test own", cls.company_a)
        cls.mate = contact("Rule test mate", cls.company_b)
        cls.foreign = contact("Rule test foreign", cls.company_q)
        cls.shared = contact("Rule test shared", cls.company_a | cls.company_q)
        cls.free = contact("Rule test free", Partner.browse())
        cls.visible = cls.own | cls.shared | cls.free
        cls.hidden = cls.mate | cls.foreign

    def test_a_booker_finds_the_contacts_of_her_companies_and_of_none(self):
        """Search, count, name search, list and grouping agree with the rule
        of partner_multi_company: another company's contacts stay hidden,
        be it a cluster-mate's."""
        Partner = self._partners_as(self.booker_a)
        domain = [("name", "like", "Rule test")]
        self.assertEqual(Partner.search(domain), self.visible)
        self.assertEqual(Partner.search_count(domain), 3)
        self.assertEqual(
            {name for _id, name in Partner.name_search("Rule test", limit=10)},
            set(self.visible.mapped("name")),
        )
        rows = Partner.web_search_read(domain, {"name": {}}, limit=80)["records"]
        self.assertEqual({row["id"] for row in rows}, set(self.visible.ids))
        groups = Partner.read_group(domain, ["is_company"], ["is_company"])
        self.assertEqual(sum(g["is_company_count"] for g in groups), 3)
        # the booker of the other cluster sees her own company's contacts
        self.assertEqual(
            self._partners_as(self.booker_q).search(domain),
            self.foreign | self.shared | self.free,
        )

    def test_reading_a_page_with_one_hidden_contact_is_refused(self):
        """The check of a page of records grants it whole or refuses the
        records the rules hide, as Odoo's own check does."""
        Partner = self._partners_as(self.booker_a)
        Partner.browse(self.visible.ids).check_access("read")
        mixed = Partner.browse((self.visible | self.mate).ids)
        with self.assertRaises(AccessError):
            mixed.check_access("read")
        with self.assertRaises(AccessError):
            mixed.web_read({"name": {}, "category_id": {"fields": {}}})
        self.assertEqual(mixed._filtered_access("read").ids, self.visible.ids)
        self.assertFalse(Partner.browse(self.mate.id).has_access("read"))

    def test_a_deleted_contact_is_missing_not_forbidden(self):
        """A record the query does not return because it is gone goes
        through Odoo's own check, which says so."""
        gone = self.env["res.partner"].create({"name": "Rule test gone"})
        gone_id = gone.id
        gone.unlink()
        Partner = self._partners_as(self.booker_a)
        with self.assertRaises(MissingError):
            Partner.browse([self.own.id, gone_id]).check_access("read")

    def test_the_company_condition_is_a_subselect_costed_once(self):
        """partner_multi_company's condition reaches the companies' relation
        through sub-selects, not the correlated EXISTS that PostgreSQL costs
        for every row it may scan (on a large directory that estimate passes
        the JIT threshold of a default server, and compiling then costs more
        than the query). Its rule itself is left as written."""
        query = self._partners_as(self.booker_a)._search([("name", "ilike", "x")])
        sql = query.select().code
        self.assertIn("res_company_res_partner_rel", sql)
        self.assertNotIn("EXISTS", sql.upper())
        self.assertIn(
            "('company_ids', 'in', company_ids)",
            self.env.ref("base.res_partner_rule").domain_force,
        )

    def test_a_relation_too_large_to_hash_keeps_the_orms_exists(self):
        """Past the size PostgreSQL hashes in memory, a sub-select would be
        read in full for each row: the rule keeps the ORM's EXISTS, and
        finds the same contacts."""
        Partner = self._partners_as(self.booker_a)
        with patch(
            "odoo.addons.booking_directory.models.res_partner.SUBSELECT_MAX_BYTES",
            -1,
        ):
            sql = Partner._search([("name", "ilike", "x")]).select().code
            self.assertIn("EXISTS", sql.upper())
            self.assertEqual(
                Partner.search([("name", "like", "Rule test")]), self.visible
            )

    def _name_statistics(self):
        self.env.cr.execute(
            "SELECT attstattarget FROM pg_attribute WHERE attname = 'complete_name' "
            "AND attrelid = 'res_partner'::regclass"
        )
        return self.env.cr.fetchone()[0]

    def test_the_planner_samples_a_thousand_contact_names(self):
        """ANALYZE keeps 1,000 contact names, not 100, so that a name search
        is planned from a near estimate of its matches: with 100, a name
        shared by one contact in a hundred is missed one ANALYZE in three,
        and a booker's search then reads her whole directory. Uninstalling
        the directory gives the column PostgreSQL's default back."""
        self.assertEqual(self._name_statistics(), 1000)
        uninstall_hook(self.env)
        self.assertIn(self._name_statistics(), (-1, None))
        self.env["res.partner"].init()
        self.assertEqual(self._name_statistics(), 1000)
