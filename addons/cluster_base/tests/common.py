# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from contextlib import contextmanager

from odoo import Command
from odoo.tests import TransactionCase, new_test_user


class ClusterCommon(TransactionCase):
    """Two clusters of fresh companies, built once per test class.

    * ``cluster_breizh``: ``company_a`` (60 %) and ``company_b`` (40 %);
    * ``cluster_transat``: ``company_p`` (parent), ``company_q`` and
      ``company_r`` (50/30/20), without holdings yet.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.eur = cls.env.ref("base.EUR")
        cls.company_a = cls._create_company(name="Ar Men Test")
        cls.company_b = cls._create_company(name="Kan Diskan Test")
        cls.company_p = cls._create_company(name="Transat Test")
        cls.company_q = cls._create_company(name="Transat Québec Test")
        cls.company_r = cls._create_company(name="Scène Atlantique Test")
        cls.company_loner = cls._create_company(name="Solo Test")
        cls.cluster_breizh = cls._create_cluster(
            "Breizh Test", [(cls.company_a, 60.0), (cls.company_b, 40.0)]
        )
        cls.cluster_transat = cls._create_cluster(
            "Transat Test",
            [(cls.company_p, 50.0), (cls.company_q, 30.0), (cls.company_r, 20.0)],
            parent_company_id=cls.company_p.id,
        )

    @classmethod
    def _create_company(cls, **values):
        values.setdefault("currency_id", cls.env.ref("base.EUR").id)
        return cls.env["res.company"].create(values)

    @classmethod
    def _create_cluster(cls, name, shares, date_start="2024-01-01", **values):
        return cls.env["cluster.cluster"].create(
            {
                "name": name,
                "currency_id": cls.env.ref("base.EUR").id,
                "membership_ids": [
                    Command.create(
                        {
                            "company_id": company.id,
                            "cost_share": share,
                            "date_start": date_start,
                        }
                    )
                    for company, share in shares
                ],
                **values,
            }
        )

    @classmethod
    def _create_user(cls, login, companies, groups="base.group_user"):
        return new_test_user(
            cls.env,
            login=login,
            groups=groups,
            company_id=companies[0].id,
            company_ids=[Command.set(companies.ids)],
        )

    def _link(self, cluster, holder, held, percentage, date_start="2024-01-01"):
        return self.env["cluster.ownership"].create(
            {
                "cluster_id": cluster.id,
                "holder_id": holder.id,
                "held_id": held.id,
                "percentage": percentage,
                "date_start": date_start,
            }
        )

    @contextmanager
    def assertRaisesMessage(self, exception, pattern):
        """Like assertRaisesRegex, but inside Odoo's savepoint, so that the
        database is rolled back as a real request would be."""
        with self.assertRaises(exception) as caught:
            yield caught
        self.assertRegex(str(caught.exception), pattern)
