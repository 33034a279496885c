# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The leak matrix, from the paths an attacker takes rather than the read
paths the screens use: write something then read it back, let a scheduled
job read for you, read a total that Odoo computes in SQL, read an error
message, or ask the server over HTTP.

Every confidential model of the suite is attacked through its sample of
``leak_samples.SAMPLES``, in C1 of the Quatre Vents cluster, by every user
of the matrix (``test_leak_matrix.LeakScenario``). A record of the other
cluster (Transat) is what the attacker points at. Each check runs in a
subTest naming the path, the model, the user and the field, so a failure
says exactly which door is open.
"""

import io
import json
import re

import psycopg2
from leak_samples import CANARY, SAMPLES
from test_deny_by_default import SUITE
from test_leak_matrix import LeakScenario

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, tagged
from odoo.tools.pdf import PdfFileReader

from odoo.addons.cluster_role.models.base import OWNERSHIP_FIELDS

REFUSALS = (AccessError, UserError, ValidationError, psycopg2.Error)
# The modules whose scheduled jobs the matrix runs: the suite's, and the
# mass mailing queue that sends the suite's mailings
CRON_MODULES = SUITE | {"mass_mailing"}
# The roles of each reading area of leak_samples
AREA_ROLES = {
    "accountant": ("cluster_role.role_accountant",),
    "staff_manager": ("cluster_role.role_accountant", "cluster_role_hr.role_hr"),
    "booker": ("cluster_role.role_booker",),
    "booking": ("cluster_role.role_booker", "cluster_role.role_accountant"),
    "member_admin": ("cluster_role.role_member_admin",),
    "cluster_accountant": ("cluster_consolidation.role_cluster_accountant",),
}
# Bookkeeping fields every model has, and company fields, which the move
# test attacks
NOT_ATTACKED = {"create_uid", "write_uid", *OWNERSHIP_FIELDS}


class _Kept(Exception):
    """Raised to roll back a write that went through, with what was read
    back after it."""

    def __init__(self, payload):
        super().__init__()
        self.payload = payload


class AttackerScenario(LeakScenario):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.transat = cls.cluster_transat
        cls.env["account.chart.template"].try_loading(
            "generic_coa", cls.company_p, install_demo=False
        )
        cls.foreign_partner = cls.env["res.partner"].create(
            {
                "name": "Salle Transat Secrète",
                "email": "secret@transat.example",
                "is_company": True,
                "directory_cluster_id": cls.transat.id,
                "directory_type": "venue",
            }
        )
        # One record of each confidential model in Transat, to point at
        cls.foreign_samples = {}
        for model, (_area, build) in SAMPLES.items():
            try:
                with cls.env.cr.savepoint():
                    cls.foreign_samples[model] = build(
                        cls.env, cls.company_p, cls.foreign_partner
                    )
            except REFUSALS:
                # the sample builders are written for the scenario's C1;
                # a model without a foreign record is reported as skipped
                cls.env.invalidate_all()
        cls._rename_foreign_records()

    @classmethod
    def _rename_foreign_records(cls):
        """Suffix the names of the suite's records in Transat: the samples
        of both clusters are built alike, and a foreign name must not be
        mistaken for the attacker's own."""
        for name, model in cls.env.registry.items():
            field = model._fields.get("name")
            if (
                model._original_module in SUITE
                and not model._abstract
                and "company_id" in model._fields
                and field is not None
                and field.type == "char"
                and field.store
                and not field.compute
            ):
                for record in cls.env[name].search(
                    [("company_id", "=", cls.company_p.id)]
                ):
                    record.name = f"{record.name} (Transat secret)"
        cls.env.flush_all()

    # What an attacker points at ----------------------------------------------

    def _foreign_record(self, comodel):
        """A record of ``comodel`` that belongs to the Transat cluster."""
        if comodel == "res.partner":
            return self.foreign_partner
        if comodel == "res.company":
            return self.company_p
        if comodel == "cluster.cluster":
            return self.transat
        if comodel in self.foreign_samples:
            return self.foreign_samples[comodel]
        Comodel = self.env[comodel]
        transat = self.transat.company_ids | self.company_p
        if "company_id" in Comodel._fields:
            domain = [("company_id", "in", transat.ids)]
        elif "company_ids" in Comodel._fields:
            domain = [("company_ids", "in", transat.ids)]
        elif "cluster_id" in Comodel._fields:
            domain = [("cluster_id", "=", self.transat.id)]
        else:
            return Comodel
        return Comodel.search(domain, limit=1)

    def _attacked_fields(self, model):
        """The writable many2one and many2many fields of ``model`` that point
        at directory entries, companies or the suite's own models."""
        Model = self.env[model]
        suite = {
            name
            for name, cls in self.env.registry.items()
            if cls._original_module in SUITE
        }
        return [
            field
            for name, field in Model._fields.items()
            if field.type in ("many2one", "many2many")
            and not field.readonly
            and name not in NOT_ATTACKED
            and (field.comodel_name in {"res.partner", "res.company"} | suite)
        ]

    def _foreign_names(self, env, record):
        """The names of ``record`` that the user of ``env`` may not read,
        with its company's and cluster's."""
        names = set()
        for foreign in (record, self.company_p, self.transat):
            if foreign and not foreign.with_env(env).has_access("read"):
                names.add(foreign.sudo().display_name)
        return {name for name in names if name}

    def _attempt(self, record, vals, specification):
        """Write ``vals`` on ``record`` and read it back with ``web_read``,
        then roll back: (payload read back, None), or (None, the error)."""
        try:
            with self.env.cr.savepoint():
                record.write(vals)
                record.flush_recordset()
                raise _Kept(record.web_read(specification))
        except _Kept as kept:
            return kept.payload, None
        except REFUSALS as error:
            return None, error
        finally:
            self.env.invalidate_all()

    def _area_companies(self, user, area):
        """The companies where ``user`` holds the role of ``area``."""
        roles = self.env["res.users.role"].union(
            *(self.env.ref(xmlid) for xmlid in AREA_ROLES[area])
        )
        lines = user.role_line_ids.filtered(lambda line: line.role_id in roles)
        return lines.company_id

    @staticmethod
    def _text(attachment):
        """What an attachment says: its text, or the text of its PDF."""
        raw = attachment.raw or b""
        if raw.startswith(b"%PDF"):
            reader = PdfFileReader(io.BytesIO(raw), strict=False)
            return "\n".join(page.extract_text() for page in reader.pages)
        return raw.decode(errors="replace")


@tagged("post_install", "-at_install")
class TestAttackerPaths(AttackerScenario):
    # Rules check the new values --------------------------------------------

    def test_readers_cannot_move_a_sample_out_of_their_companies(self):
        """A reader who may write the sample tries to give it to a company
        of the cluster where she holds no role of its area, and to the other
        cluster's company: refused, and the error names neither."""
        for model, (area, _build) in SAMPLES.items():
            record = self.samples[model]
            field = next((f for f in OWNERSHIP_FIELDS if f in record._fields), None)
            if not field:
                continue  # owned through its parent record, moved with it
            for name in sorted(self.readers[area]):
                user = self.users[name]
                env = self._env_of(self.env, user, self.c1 | user.company_ids)
                quatre_vents = self.c1 | self.c2 | self.c3 | self.c4
                targets = quatre_vents - self._area_companies(user, area)
                for target in targets[:1] | self.company_p:
                    value = (
                        target.id
                        if field == "company_id"
                        else [Command.set(target.ids)]
                    )
                    with self.subTest(
                        path="move", model=model, user=name, to=target.name
                    ):
                        payload, error = self._attempt(
                            record.with_env(env), {field: value}, {field: {}}
                        )
                        self.assertIsNone(payload, "the record changed company")
                        for foreign in self._foreign_names(env, target):
                            self.assertNotIn(foreign, str(error), "error message")

    def test_a_grantee_cannot_take_the_note_into_her_company(self):
        """C1 grants C2 the writing of its note (finding 8): a booker of C2
        alone edits it, but moving it to C2 would keep it hers after the
        grant ends, and take it from C1."""
        note = self.samples["directory.note"]
        request = self.env["cluster.access.request"].create(
            {
                "company_id": self.c2.id,
                "owner_company_id": self.c1.id,
                "res_model": "directory.note",
                "record_name": note.partner_id.name,
                "reason": "Co-production",
                "access": "write",
            }
        )
        admin = self.users["member_admin_c1"]
        request.with_env(self._env_of(self.env, admin, self.c1)).action_grant()
        user = self.users["hr_officer_c1"]  # a booker of C2, not of C1
        env = self._env_of(self.env, user, self.c2)
        payload, error = self._attempt(
            note.with_env(env), {"pitch": "Ours"}, {"pitch": {}}
        )
        self.assertEqual(payload[0]["pitch"], "Ours", "the grant opens writing")
        payload, error = self._attempt(
            note.with_env(env), {"company_id": self.c2.id}, {"company_id": {}}
        )
        self.assertIsNone(payload, "the grantee took the note")
        self.assertIsInstance(error, AccessError)

    def test_a_booker_moves_her_note_between_her_companies(self):
        """The control: moving a record between two companies where the
        writer holds the role is no attack, and goes through."""
        note = self.samples["directory.note"]
        user = self.users["shared_booker"]
        env = self._env_of(self.env, user, self.c1 | self.c2)
        payload, error = self._attempt(
            note.with_env(env), {"company_id": self.c2.id}, {"company_id": {}}
        )
        self.assertIsNone(error)
        self.assertEqual(payload[0]["company_id"], self.c2.id)

    # Write, then read back ---------------------------------------------------

    def test_write_then_read_names_nothing_foreign(self):
        """Each reader points each writable relational field of the sample at
        a record of the other cluster, then reads it back: the write is
        refused, or the name does not come back, and no error names it."""
        for model, (area, _build) in SAMPLES.items():
            record = self.samples[model]
            for field in self._attacked_fields(model):
                foreign = self._foreign_record(field.comodel_name)
                for name in sorted(self.readers[area]):
                    with self.subTest(
                        path="write-then-read", model=model, field=field.name, user=name
                    ):
                        if not foreign:
                            self.skipTest(f"no {field.comodel_name} in Transat")
                        user = self.users[name]
                        env = self._env_of(self.env, user)
                        names = self._foreign_names(env, foreign)
                        value = (
                            foreign.id
                            if field.type == "many2one"
                            else [Command.link(foreign.id)]
                        )
                        payload, error = self._attempt(
                            record.with_env(env),
                            {field.name: value},
                            {field.name: {"fields": {"display_name": {}}}},
                        )
                        seen = f"{json.dumps(payload or [], default=str)} {error or ''}"
                        for foreign_name in names:
                            self.assertNotIn(foreign_name, seen)

    def test_company_settings_on_a_mates_partner_open_nothing_else(self):
        """C1's accountant, of C1 alone, sets C1's own settings (accounts,
        terms) on C2's company partner, which she may not otherwise edit
        (cluster_base writes them as superuser). She tries that door for anything else:
        another field, another company's values, an account of the other
        cluster named in C1's settings and read back. Each is refused, and
        C2's and Transat's values stay as they were."""
        contacts = self.env["res.users.role"].create(
            {
                "name": "Contact Editor",
                "implied_ids": [
                    Command.link(self.env.ref("base.group_partner_manager").id)
                ],
            }
        )
        user = self._role_user(
            "lk_settings_c1", [(self.role_accountant, self.c1), (contacts, self.c1)]
        )
        env = self._env_of(self.env, user, self.c1)
        partner = self.c2.partner_id
        own = self.env["account.account"].search(
            [
                ("company_ids", "in", self.c1.ids),
                ("account_type", "=", "asset_receivable"),
            ],
            limit=1,
        )
        foreign = self.env["account.account"].search(
            [
                ("company_ids", "in", self.company_p.ids),
                ("account_type", "=", "asset_receivable"),
            ],
            limit=1,
        )
        self.assertTrue(own and foreign)
        field = "property_account_receivable_id"
        spec = {field: {"fields": {"display_name": {}}}, "email": {}}

        def values(company):
            return partner.with_company(company)[field]

        before = {company: values(company) for company in (self.c2, self.company_p)}
        attempts = {
            "another field": (env, {"email": "phish@example.com"}),
            "another field with a setting": (env, {field: own.id, "city": "Brest"}),
            "another company's values": (
                self._env_of(self.env, user, self.company_p),
                {field: own.id},
            ),
            "an account of the other cluster": (env, {field: foreign.id}),
        }
        for path, (attempt_env, vals) in attempts.items():
            with self.subTest(path=path):
                payload, error = self._attempt(
                    partner.with_env(attempt_env), vals, spec
                )
                self.assertIsNone(payload, "the write went through")
                self.assertIsInstance(error, AccessError)
                self.assertNotIn(foreign.name, str(error))
        self.assertEqual({company: values(company) for company in before}, before)
        # the control: C1's own account is set, for C1 only
        payload, error = self._attempt(partner.with_env(env), {field: own.id}, spec)
        self.assertIsNone(error)
        self.assertEqual(payload[0][field]["id"], own.id)

    # Error messages ----------------------------------------------------------

    def test_constraint_messages_name_nothing_foreign(self):
        """Each reader makes a copy of the sample point at the other
        cluster's records, every attacked field at once, which trips the
        model's company and cluster checks: the message names nothing of
        the other cluster."""
        for model, (area, _build) in SAMPLES.items():
            record = self.samples[model]
            vals = {}
            for field in self._attacked_fields(model):
                foreign = self._foreign_record(field.comodel_name)
                if foreign:
                    vals[field.name] = (
                        foreign.id
                        if field.type == "many2one"
                        else [Command.link(foreign.id)]
                    )
            if not vals:
                continue
            for name in sorted(self.readers[area]):
                user = self.users[name]
                env = self._env_of(self.env, user)
                names = set()
                for field_name in vals:
                    comodel = record._fields[field_name].comodel_name
                    names |= self._foreign_names(env, self._foreign_record(comodel))
                with self.subTest(path="error message", model=model, user=name):
                    _payload, error = self._attempt(
                        record.with_env(env), vals, {"display_name": {}}
                    )
                    for foreign_name in names:
                        self.assertNotIn(foreign_name, str(error or ""))

    # Scheduled jobs and queues -----------------------------------------------

    def _launch_attacks(self):
        """What attackers set up for the jobs to do: a mailing on every
        contact of the database (finding 2), and a staff sharing agreement
        that names C1 as a company served with the attacker as its report
        recipient (finding 1), by a user of the other cluster and by the
        accountant of C2. Each attack refused at its start is a door
        closed."""
        shared = self.users["shared_booker"]
        for company in (self.c1, self.c2, self.company_p):
            self.env["hr.employee"].create(
                {"name": shared.name, "user_id": shared.id, "company_id": company.id}
            )
        last_week = fields.Datetime.subtract(fields.Datetime.now(), days=7)
        self.env["directory.interaction"].create(
            {
                "partner_id": self.venue.id,
                "company_id": self.c1.id,
                "user_id": shared.id,
                "interaction_type": "call",
                "summary": CANARY,
                "date": last_week,
            }
        )
        mailings = {}
        for name, employer in (("outsider", self.company_p), ("juggler", self.c2)):
            attacker = self.users[name]
            env = self._env_of(self.env, attacker, employer | attacker.company_ids)
            try:
                with self.env.cr.savepoint():
                    mailing = env["mailing.mailing"].create(
                        {
                            "subject": "Saison",
                            "body_html": "<p>Saison</p>",
                            "mailing_model_id": self.env.ref(
                                "base.model_res_partner"
                            ).id,
                            "mailing_domain": "[]",
                        }
                    )
                    mailing.action_put_in_queue()
                    mailings[name] = mailing
            except REFUSALS:
                self.env.invalidate_all()
            try:
                with self.env.cr.savepoint():
                    env["cluster.staff.agreement"].create(
                        {
                            "name": "Partage",
                            "company_id": employer.id,
                            "user_id": shared.id,
                            "report_frequency": "weekly",
                            "served_ids": [
                                Command.create({"company_id": employer.id}),
                                Command.create(
                                    {
                                        "company_id": self.c1.id,
                                        "report_recipient_ids": [
                                            Command.set(attacker.ids)
                                        ],
                                    }
                                ),
                            ],
                        }
                    )
            except REFUSALS:
                self.env.invalidate_all()
        return mailings

    def test_scheduled_jobs_hand_nothing_to_outsiders(self):
        mailings = self._launch_attacks()
        modules = self.env["ir.model.data"].search(
            [("model", "=", "ir.cron"), ("module", "in", list(CRON_MODULES))]
        )
        crons = self.env["ir.cron"].browse(modules.mapped("res_id")).exists()
        for cron in crons.filtered("active"):
            with self.subTest(path="cron", job=cron.name):
                # as the cron runner does: as the job's user, superuser
                cron.method_direct_trigger()
        other_cluster = {
            "outsider": self.cluster,
            "juggler": self.transat,
        }
        for name, mailing in mailings.items():
            with self.subTest(path="cron", job="mass mailing", user=name):
                traces = self.env["mailing.trace"].search(
                    [("mass_mailing_id", "=", mailing.id)]
                )
                foreign = self.env["res.partner"].search(
                    [("directory_cluster_id", "=", other_cluster[name].id)]
                )
                reached = traces.filtered(
                    lambda t, ids=foreign.ids: (
                        t.model == "res.partner" and t.res_id in ids
                    )
                )
                self.assertFalse(reached, "mailed another cluster's contacts")
        for name, user in self.users.items():
            env = self._env_of(self.env, user)
            with self.subTest(path="cron", check="received", user=name):
                self._assert_received_nothing(user)
            with self.subTest(path="cron", check="traces", user=name):
                try:
                    traces = env["mailing.trace"].search([]).sudo()
                except AccessError:
                    traces = self.env["mailing.trace"]
                contacts = traces.filtered(lambda t: t.model == "res.partner")
                partners = self.env["res.partner"].browse(contacts.mapped("res_id"))
                hidden = partners - partners.with_env(env)._filtered_access("read")
                self.assertFalse(
                    contacts.filtered(lambda t, ids=hidden.ids: t.res_id in ids),
                    "traces of contacts the user may not read",
                )

    def _assert_received_nothing(self, user):
        """No message, mail or attachment addressed to ``user`` carries the
        canary."""
        partner = user.partner_id
        notified = self.env["mail.notification"].search(
            [("res_partner_id", "=", partner.id)]
        )
        messages = notified.mail_message_id | self.env["mail.message"].search(
            [("partner_ids", "in", partner.ids)]
        )
        mails = self.env["mail.mail"].search(
            [
                "|",
                ("recipient_ids", "in", partner.ids),
                ("email_to", "ilike", user.email or user.login),
            ]
        )
        for message in messages:
            self.assertNotIn(CANARY, message.body or "", message.subject)
            self.assertNotIn(CANARY, message.subject or "")
        for mail in mails:
            self.assertNotIn(CANARY, mail.body_html or "", mail.subject)
        for attachment in messages.attachment_ids | mails.attachment_ids:
            self.assertNotIn(CANARY, self._text(attachment), attachment.name)

    # Totals Odoo computes in SQL ----------------------------------------------

    def _amounts(self, name):
        """The venue's accounting totals and C1's journal dashboards, as
        ``name`` reads them with C1 current and all her companies ticked;
        a refusal reads nothing."""
        user = self.users[name]
        env = self._env_of(self.env, user, self.c1 | user.company_ids)
        totals = {}
        for field in ("credit", "debit", "total_invoiced"):
            try:
                totals[field] = self.venue.with_env(env).read([field])[0][field]
            except AccessError:
                totals[field] = 0
        journals = self.env["account.journal"].search(
            [("company_id", "=", self.c1.id), ("type", "in", ("sale", "bank"))]
        )
        for journal in journals:
            try:
                read = journal.with_env(env).read(["kanban_dashboard"])
                data = json.loads(read[0]["kanban_dashboard"])
            except AccessError:
                data = {}
            for key, value in data.items():
                if key.startswith(("sum_", "number_")) or "balance" in key:
                    totals[f"{journal.type} journal {key}"] = value
        return totals

    @staticmethod
    def _nonzero(value):
        return bool(re.search(r"[1-9]", str(value)))

    def test_sql_totals_of_c1_stay_with_c1s_accountant(self):
        for name in self.users:
            if name in self.readers["accountant"]:
                continue
            for key, value in self._amounts(name).items():
                with self.subTest(path="SQL totals", user=name, total=key):
                    self.assertFalse(self._nonzero(value), value)

    def test_c1s_accountant_reads_the_totals(self):
        """The control: the same totals show C1's figures to its
        accountant."""
        amounts = self._amounts("accountant_c1")
        self.assertTrue(self._nonzero(amounts["credit"]))
        self.assertTrue(self._nonzero(amounts["total_invoiced"]))
        self.assertTrue(
            any(
                self._nonzero(value)
                for key, value in amounts.items()
                if key.startswith("sale journal")
            )
        )


@tagged("post_install", "-at_install")
class TestAttackerPathsOverHttp(AttackerScenario, HttpCase):
    """The samples asked for over JSON-RPC and /web/content, from a real
    server, as each user logged in."""

    def _call(self, model, method, args, **kwargs):
        response = self.url_open(
            f"/web/dataset/call_kw/{model}/{method}",
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {
                        "model": model,
                        "method": method,
                        "args": args,
                        "kwargs": kwargs,
                    },
                }
            ),
            headers={"Content-Type": "application/json"},
        )
        self.assertEqual(response.status_code, 200)
        return response.json()

    def _paths(self, record, user):
        """Each path's answer for ``record``, as text, for the user logged
        in with all her companies."""
        model, ids = record._name, record.ids
        context = {"allowed_company_ids": user.company_ids.ids}
        domain = [("id", "in", ids)]
        attachment = self.env["ir.attachment"].search(
            [("res_model", "=", model), ("res_id", "=", record.id)], limit=1
        )
        groupby = "create_date:day" if "create_date" in record._fields else "id"
        answers = {
            "web_read": self._call(
                model,
                "web_read",
                [ids],
                specification={"display_name": {}},
                context=context,
            ),
            "web_search_read": self._call(
                model,
                "web_search_read",
                [domain],
                specification={"display_name": {}},
                context=context,
            ),
            "name_search": self._call(
                model, "name_search", [], name=CANARY, context=context
            ),
            "read_group": self._call(
                model, "read_group", [domain, ["__count"], []], context=context
            ),
            "web_read_group": self._call(
                model,
                "web_read_group",
                # by day of creation, or by id where a model keeps no log
                # of access (statement lines)
                [domain, ["__count"], [groupby]],
                lazy=False,
                context=context,
            ),
        }
        for path, url in (
            ("/web/content/<id>", f"/web/content/{attachment.id}"),
            (
                "/web/content?model=",
                f"/web/content?model=ir.attachment&id={attachment.id}&field=datas",
            ),
        ):
            response = self.url_open(url)
            answers[path] = (response.status_code, response.text)
        return answers

    def _found(self, path, answer, record):
        """Whether ``answer`` of ``path`` gives ``record`` away. A name
        search answers with the user's own records too, which may carry the
        canary: only the record's id counts there."""
        if path.startswith("/web/content"):
            status, text = answer
            return status == 200 or CANARY in text
        result = answer.get("result")
        if path == "name_search":
            return record.id in [row[0] for row in result or []]
        if CANARY in json.dumps(answer):
            return True
        if not result:
            return False
        if path == "web_search_read":
            return bool(result["records"])
        if path in ("read_group", "web_read_group"):
            groups = result["groups"] if path == "web_read_group" else result
            return any(group.get("__count") for group in groups)
        return bool(result)

    def test_outsiders_get_nothing_over_http(self):
        for name, user in self.users.items():
            self._login(user)
            for model, record in self.samples.items():
                if name in self.readers[SAMPLES[model][0]]:
                    continue
                for path, answer in self._paths(record, user).items():
                    with self.subTest(path=f"HTTP {path}", model=model, user=name):
                        self.assertFalse(self._found(path, answer, record))

    def test_writes_over_rpc_name_nothing_foreign(self):
        """Write-then-read through the web client's ``web_save``: neither the
        answer nor the error, traceback included, names the other
        cluster's record."""
        for model, (area, _build) in SAMPLES.items():
            record = self.samples[model]
            for field in self._attacked_fields(model):
                foreign = self._foreign_record(field.comodel_name)
                if not foreign:
                    continue
                value = (
                    foreign.id
                    if field.type == "many2one"
                    else [Command.link(foreign.id)]
                )
                for name in sorted(self.readers[area]):
                    user = self.users[name]
                    self._login(user)
                    names = self._foreign_names(self._env_of(self.env, user), foreign)
                    before = record[field.name]
                    answer = self._call(
                        model,
                        "web_save",
                        [record.ids, {field.name: value}],
                        specification={field.name: {"fields": {"display_name": {}}}},
                        context={"allowed_company_ids": user.company_ids.ids},
                    )
                    record.invalidate_recordset()
                    if record[field.name] != before:
                        record[field.name] = before
                    with self.subTest(
                        path="HTTP web_save", model=model, field=field.name, user=name
                    ):
                        for foreign_name in names:
                            self.assertNotIn(foreign_name, json.dumps(answer))

    def test_readers_get_the_samples_over_http(self):
        """The control: each path gives the sample to its readers."""
        for model, (area, _build) in SAMPLES.items():
            record = self.samples[model]
            for name in sorted(self.readers[area]):
                user = self.users[name]
                self._login(user)
                for path, answer in self._paths(record, user).items():
                    if path == "name_search":  # names are not the canary
                        continue
                    with self.subTest(path=f"HTTP {path}", model=model, user=name):
                        self.assertTrue(self._found(path, answer, record))
