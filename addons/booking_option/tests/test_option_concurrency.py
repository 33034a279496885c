# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import threading

from odoo import SUPERUSER_ID, Command, api
from odoo.service.model import retrying
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestOptionConcurrency(TransactionCase):
    """Two bookers, two database connections, one production's day."""

    def _committed(self, function):
        """Run ``function(env)`` as superuser in a transaction of its own,
        committed, as a request before the test would."""
        with self.registry.cursor() as cr:
            result = function(api.Environment(cr, SUPERUSER_ID, {}))
            # the other transactions must see it, as in production
            cr.commit()  # pylint: disable=invalid-commit
            return result

    def _setup(self, env):
        company = env.ref("base.main_company")
        role = env.ref("cluster_role.role_booker")
        users = env["res.users"].create(
            [
                {
                    "name": f"Concurrent Booker {n}",
                    "login": f"bo_concurrent_{n}",
                    "company_id": company.id,
                    "company_ids": [Command.set(company.ids)],
                    "role_line_ids": [
                        Command.create({"role_id": role.id, "company_id": company.id})
                    ],
                }
                for n in (1, 2)
            ]
        )
        production = env["booking.production"].create(
            {"name": "Concurrence", "company_id": company.id}
        )
        return company.id, users.ids, production.id

    def _cleanup(self, env, user_ids, production_id):
        env["booking.date"].search([("production_id", "=", production_id)]).unlink()
        env["booking.production"].browse(production_id).unlink()
        users = env["res.users"].browse(user_ids)
        partners = users.partner_id
        users.unlink()
        partners.unlink()

    def test_two_bookers_placing_at_once_get_ranks_1_and_2(self):
        """Both read the day empty, then save at the same moment, each in her
        own transaction: the second waits for the first, is retried as Odoo
        retries a request, and ranks second; never two 1s, nothing lost."""
        company_id, user_ids, production_id = self._committed(self._setup)
        self.addCleanup(
            self._committed,
            lambda env: self._cleanup(env, user_ids, production_id),
        )
        barrier = threading.Barrier(2, timeout=30)
        errors, tries = [], {uid: 0 for uid in user_ids}

        def place(uid):
            try:
                with self.registry.cursor() as cr:
                    env = api.Environment(
                        cr, uid, {"allowed_company_ids": [company_id]}
                    )
                    # both transactions see the day empty
                    env["booking.date"].search_count(
                        [("production_id", "=", production_id)]
                    )
                    barrier.wait()

                    def create():
                        tries[uid] += 1
                        env["booking.date"].create(
                            {"production_id": production_id, "date": "2027-06-21"}
                        )

                    retrying(create, env)
                    cr.commit()  # pylint: disable=invalid-commit
            except Exception as error:  # noqa: BLE001 (reported below)
                errors.append(error)

        threads = [threading.Thread(target=place, args=(uid,)) for uid in user_ids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        self.assertFalse(errors)

        def ranks(env):
            dates = env["booking.date"].search([("production_id", "=", production_id)])
            return sorted(dates.mapped("option_rank")), sorted(dates.user_id.ids)

        self.assertEqual(self._committed(ranks), ([1, 2], sorted(user_ids)))
        # one of them was retried on the ranks the other committed
        self.assertEqual(sorted(tries.values()), [1, 2])
