# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The leak test matrix: every confidential model of the suite, every read
path, every user who must not see.

Models join by declaring ``_cluster_confidential = True``; their sample
record is built by ``leak_samples.SAMPLES``. The scenario is a cluster of
four companies, C1 to C4, and one company of another cluster; the samples
live in C1.
"""

import json

from leak_samples import CANARY, SAMPLES

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.base.models.ir_qweb import QWebException
from odoo.addons.cluster_role.tests.common import RoleCommon


class LeakScenario(RoleCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.c1, cls.c2, cls.c3, cls.c4 = (
            cls._create_company(name=f"Quatre Vents C{n}") for n in range(1, 5)
        )
        cls.cluster = cls._create_cluster(
            "Quatre Vents", [(c, 25.0) for c in (cls.c1, cls.c2, cls.c3, cls.c4)]
        )
        cls.env["account.chart.template"].try_loading(
            "generic_coa", cls.c1, install_demo=False
        )
        booker, accountant = cls.role_booker, cls.role_accountant
        cls.users = {
            # the booker the four companies share
            "shared_booker": cls._role_user(
                "lk_shared_booker",
                [(booker, c) for c in (cls.c1, cls.c2, cls.c3, cls.c4)],
            ),
            # the issue's case: keeps C2's books, books shows for C1, C3, C4
            "juggler": cls._role_user(
                "lk_juggler",
                [(accountant, cls.c2)]
                + [(booker, c) for c in (cls.c1, cls.c3, cls.c4)],
            ),
            # the same case seen from C1: keeps C1's books, books for the others
            "accountant_c1": cls._role_user(
                "lk_accountant_c1",
                [(accountant, cls.c1)]
                + [(booker, c) for c in (cls.c2, cls.c3, cls.c4)],
            ),
            "member_admin_c1": cls._role_user(
                "lk_member_admin_c1", [(cls.role_member_admin, cls.c1)]
            ),
            # runs the consolidation of the cluster, C1 at its head
            "cluster_accountant_c1": cls._role_user(
                "lk_cluster_accountant_c1",
                [
                    (
                        cls.env.ref("cluster_consolidation.role_cluster_accountant"),
                        cls.c1,
                    )
                ],
            ),
            # a member administrator of C2 who also administers the cluster
            "cluster_admin_c2": cls._role_user(
                "lk_cluster_admin_c2",
                [(cls.role_member_admin, cls.c2)],
                cluster_admin=True,
            ),
            # keeps C1's employee files, books shows for C2
            "hr_officer_c1": cls._role_user(
                "lk_hr_officer_c1",
                [(cls.env.ref("cluster_role_hr.role_hr"), cls.c1), (booker, cls.c2)],
            ),
            "outsider": cls._role_user(
                "lk_outsider", [(accountant, cls.company_p), (booker, cls.company_p)]
            ),
            "portal": new_test_user(
                cls.env,
                login="lk_portal",
                groups="base.group_portal",
                company_id=cls.c1.id,
                company_ids=[Command.set(cls.c1.ids)],
            ),
        }
        cls.readers = {
            "accountant": {"accountant_c1"},
            # the shared staff's reports and cost shares: accountants and HR
            # officers run the agreements of their company
            "staff_manager": {"accountant_c1", "hr_officer_c1"},
            "booker": {"shared_booker", "juggler"},
            # productions, dates and deals: their bookers, and their
            # accountants who invoice them (booking_production, booking_deal)
            "booking": {"shared_booker", "juggler", "accountant_c1"},
            "member_admin": {"member_admin_c1"},
            "cluster_accountant": {"cluster_accountant_c1"},
        }
        cls.venue = cls.env["res.partner"].create(
            {
                "name": "Théâtre des Quatre Vents",
                "email": "programmation@quatre-vents.example",
                "is_company": True,
                "directory_cluster_id": cls.cluster.id,
                "directory_type": "venue",
            }
        )
        cls.samples = {}
        for model, (_area, build) in SAMPLES.items():
            record = build(cls.env, cls.c1, cls.venue)
            cls._attach_private_traces(record)
            cls.samples[model] = record

    @classmethod
    def _role_user(cls, login, roles, cluster_admin=False):
        user = cls._create_user_with_roles(login, roles)
        if cluster_admin:
            # the cluster administrator's role is given without a company
            user.role_line_ids = [
                Command.create({"role_id": cls.role_cluster_admin.id})
            ]
            cls.cluster.admin_user_ids = [Command.link(user.id)]
        # Every company ticked in the switcher: all of the user's roles, and
        # so all of their groups, apply at once
        cls._tick(user, user.company_ids)
        return user

    @classmethod
    def _attach_private_traces(cls, record):
        """A message, an attachment and an activity on the record, where the
        model has them: what chatter would leak."""
        if hasattr(record, "message_post"):
            record.message_post(body=CANARY)
            record.message_subscribe(partner_ids=cls.venue.ids)
        cls.env["ir.attachment"].create(
            {
                "name": "offer.txt",
                "raw": CANARY.encode(),
                "res_model": record._name,
                "res_id": record.id,
            }
        )
        if hasattr(record, "activity_schedule"):
            record.activity_schedule(
                "mail.mail_activity_data_todo",
                summary=CANARY,
                user_id=cls.env.user.id,
            )

    def _outsiders(self, model):
        area = SAMPLES[model][0]
        return [
            (name, user)
            for name, user in self.users.items()
            if name not in self.readers[area]
        ]

    def _login(self, user, companies=None):
        """Log ``user`` in over HTTP with ``companies`` ticked in the
        switcher (all of hers by default), as the web client does: the
        ``cids`` cookie, and the groups of the roles held there."""
        companies = companies if companies is not None else user.company_ids
        self.authenticate(user.login, user.login)
        self.opener.cookies.set("cids", "-".join(str(c) for c in companies.ids))
        self._tick(user, companies)
        self.env.flush_all()

    @staticmethod
    def _env_of(env, user, companies=None):
        companies = companies if companies is not None else user.company_ids
        return env(user=user, context={"allowed_company_ids": companies.ids})


@tagged("post_install", "-at_install")
class TestLeakMatrix(LeakScenario):
    def test_every_confidential_model_has_a_sample(self):
        declared = {
            name
            for name, model in self.env.registry.items()
            if getattr(model, "_cluster_confidential", False) and not model._abstract
        }
        self.assertFalse(
            declared - set(SAMPLES),
            "Confidential models without a sample in tests/leak_samples.py",
        )
        self.assertFalse(set(SAMPLES) - declared, "Samples of undeclared models")

    def test_readers_see_the_samples(self):
        """The control: the same paths do show the records to those who may
        see them, so an empty answer below means hidden, not broken."""
        for model, (area, _build) in SAMPLES.items():
            for name in self.readers[area]:
                with self.subTest(model=model, user=name):
                    env = self._env_of(self.env, self.users[name])
                    record = self.samples[model]
                    self.assertEqual(
                        env[model].search([("id", "=", record.id)]), record
                    )
                    self.assertTrue(record.with_env(env).read(["display_name"]))
                    self.assertTrue(
                        env["ir.attachment"].search(
                            [("res_model", "=", model), ("res_id", "=", record.id)]
                        )
                    )

    def test_no_read_path_shows_a_sample_to_an_outsider(self):
        for model in SAMPLES:
            record = self.samples[model]
            for name, user in self._outsiders(model):
                with self.subTest(model=model, user=name):
                    self._assert_hidden(self._env_of(self.env, user), record)

    def test_juggler_sees_no_books_of_c1_even_with_c1_alone(self):
        """The accountant of C2 who books shows for C1, with C1 alone in the
        switcher: C1's books stay closed, C1's notes open."""
        env = self._env_of(self.env, self.users["juggler"], self.c1)
        self._assert_hidden(env, self.samples["account.move"])
        note = self.samples["directory.note"]
        self.assertEqual(env["directory.note"].search([("id", "=", note.id)]), note)

    def _assert_hidden(self, env, record):
        """Each read path in its own subTest, named after the path."""
        model = record._name
        Model = env[model]
        domain = [("id", "=", record.id)]
        traces = [("res_model", "=", model), ("res_id", "=", record.id)]
        on_record = [("model", "=", model), ("res_id", "=", record.id)]
        with self.subTest(path="search"):
            self.assertFalse(self._or_empty(lambda: Model.search(domain)))
        with self.subTest(path="read"), self.assertRaises(AccessError):
            record.with_env(env).read(["display_name"])
        with self.subTest(path="read_group"):
            groups = self._or_empty(lambda: Model._read_group(domain, [], ["__count"]))
            self.assertEqual(groups[0][0] if groups else 0, 0)
        with self.subTest(path="name_search"):
            names = self._or_empty(lambda: Model.name_search(CANARY))
            self.assertNotIn(record.id, [row[0] for row in names or []])
        with self.subTest(path="export_data"):
            try:
                exported = record.with_env(env).export_data(["display_name"])
            except (AccessError, UserError):  # no right to read, or to export
                exported = None
            self.assertIsNone(exported)
        for path, comodel, where in (
            ("attachments", "ir.attachment", traces),
            ("chatter", "mail.message", on_record),
            ("followers", "mail.followers", traces),
            ("activities", "mail.activity", traces),
        ):
            with self.subTest(path=path):
                found = self._or_empty(lambda c=comodel, w=where: env[c].search(w))
                self.assertFalse(found)
        # QWeb reports; the XLSX export is checked in cluster_consolidation
        reports = self.env["ir.actions.report"].search(
            [("model", "=", model), ("report_type", "like", "qweb")]
        )
        for report in reports:
            with self.subTest(path=f"report {report.report_name}"):
                self.assertNotIn(CANARY, self._render(env, report, record))

    @staticmethod
    def _render(env, report, record):
        """The report's HTML for ``record`` as the user of ``env``, "" when
        access is refused (QWeb wraps the AccessError of a field it reads),
        or the message of the error it gives, which is a read path too."""
        try:
            html, _type = env["ir.actions.report"]._render_qweb_html(
                report.report_name, record.ids
            )
        except AccessError:
            return ""
        except UserError as error:
            return str(error)
        except QWebException as error:
            if isinstance(error.__cause__, AccessError):
                return ""
            raise
        return html.decode()

    @staticmethod
    def _or_empty(call):
        """The result of ``call()``, or nothing when access is refused."""
        try:
            return call()
        except AccessError:
            return []


@tagged("post_install", "-at_install")
class TestLeakMatrixOverHttp(LeakScenario, HttpCase):
    """The same records asked for over JSON-RPC, from a real server, as each
    user, with the companies they hold and with companies they do not."""

    def _search_read(self, model, record, company_ids):
        response = self.url_open(
            f"/web/dataset/call_kw/{model}/web_search_read",
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {
                        "model": model,
                        "method": "web_search_read",
                        "args": [[("id", "=", record.id)]],
                        "kwargs": {
                            "specification": {"display_name": {}},
                            "context": {"allowed_company_ids": company_ids},
                        },
                    },
                }
            ),
            headers={"Content-Type": "application/json"},
        )
        self.assertEqual(response.status_code, 200)
        return response.json()

    def test_outsiders_over_rpc(self):
        for name, user in self.users.items():
            self._login(user)
            for model, record in self.samples.items():
                if name in self.readers[SAMPLES[model][0]]:
                    continue
                with self.subTest(user=name, model=model):
                    payload = self._search_read(model, record, user.company_ids.ids)
                    self.assertNotIn(CANARY, json.dumps(payload))
                    if "result" in payload:
                        self.assertEqual(payload["result"]["records"], [])

    def test_readers_over_rpc(self):
        """The control over HTTP: the same call shows the record to its
        reader."""
        user = self.users["accountant_c1"]
        self._login(user)
        payload = self._search_read(
            "account.move", self.samples["account.move"], self.c1.ids
        )
        self.assertEqual(
            [row["id"] for row in payload["result"]["records"]],
            self.samples["account.move"].ids,
        )

    def test_companies_not_held_are_refused(self):
        for name in ("outsider", "accountant_c1", "portal"):
            user = self.users[name]
            self._login(user)
            foreign = self.company_p if name != "outsider" else self.c1
            with self.subTest(user=name):
                payload = self._search_read(
                    "account.move",
                    self.samples["account.move"],
                    [*user.company_ids.ids, foreign.id],
                )
                self.assertIn("error", payload)
                self.assertNotIn(CANARY, json.dumps(payload))
