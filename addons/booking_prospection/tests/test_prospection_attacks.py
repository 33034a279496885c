# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import json

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import ProspectionCommon

REFUSALS = (AccessError, UserError, ValidationError)
SECRET = "Pipeline secret"


@tagged("post_install", "-at_install")
class TestProspectionAttacks(ProspectionCommon):
    """What another company's booker, or a booker aiming at another
    company's or cluster's records, gets: nothing, and no name."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.line_a = cls._create_line(interest="3")
        cls.line_a.message_post(body=SECRET)
        cls.secret_stage_a = cls.env["booking.prospection.stage"].create(
            {"name": f"{SECRET} stage", "company_id": cls.company_a.id}
        )
        cls.line_b = cls._create_line(cls.spring_b)

    def _attempt(self, record, vals, spec):
        """``vals`` written as the web client does, then read back; rolled
        back. (payload, None) or (None, the error)."""
        try:
            with self.env.cr.savepoint():
                payload = record.web_save(vals, spec)
                record.env.flush_all()
                raise _Kept(payload)
        except _Kept as kept:
            return kept.payload, None
        except REFUSALS as error:
            return None, error
        finally:
            self.env.invalidate_all()

    def _assert_refused_unnamed(self, record, vals, spec, *names):
        payload, error = self._attempt(record, vals, spec)
        self.assertIsNone(payload, "accepted")
        for name in names:
            self.assertNotIn(name, str(error))
        return error

    def test_another_company_reads_none_of_the_lines(self):
        """B's booker (same cluster) and P's booker (other cluster): no line,
        no figure, no message; a read by id is refused."""
        for user in (self.prospector_b, self.prospector_p, self.accountant_a):
            with self.subTest(user=user.login):
                env = self._env_of(user)
                Line = env["booking.prospection.line"]
                if user == self.accountant_a:
                    # Prospection is the bookers': not even the model opens
                    with self.assertRaises(AccessError):
                        Line.search([])
                    continue
                listed = Line.web_search_read([], {"partner_id": {}})["records"]
                self.assertNotIn(self.line_a.id, [r["id"] for r in listed])
                with self.assertRaises(AccessError):
                    Line.browse(self.line_a.id).web_read({"partner_id": {}})
                report = env["booking.prospection.report"].read_group(
                    [], ["line_count:sum"], ["company_id"]
                )
                self.assertNotIn(
                    self.company_a.id, [g["company_id"][0] for g in report]
                )
                messages = env["mail.message"].search(
                    [("model", "=", Line._name), ("res_id", "=", self.line_a.id)]
                )
                self.assertFalse(messages)

    def test_a_line_cannot_take_another_companys_stage(self):
        """B's booker points her line at A's stage: refused, and the
        message does not name it."""
        env = self._env_of(self.prospector_b)
        line = env["booking.prospection.line"].browse(self.line_b.id)
        self._assert_refused_unnamed(
            line,
            {"stage_id": self.secret_stage_a.id},
            {"stage_id": {"fields": {"display_name": {}}}},
            SECRET,
            self.company_a.name,
        )
        # Refused by the write itself, not only by reading the stage back
        with self.assertRaises(UserError) as caught, self.env.cr.savepoint():
            line.write({"stage_id": self.secret_stage_a.id})
            line.flush_recordset()
        self.assertNotIn(SECRET, str(caught.exception))
        # Nor a new line
        self._assert_refused_unnamed(
            env["booking.prospection.line"],
            {
                "production_id": self.production_b.id,
                "tour_period_id": self.spring_b.id,
                "partner_id": self.festival.id,
                "stage_id": self.secret_stage_a.id,
            },
            {"stage_id": {"fields": {"display_name": {}}}},
            SECRET,
        )

    def test_a_line_cannot_name_another_clusters_contact(self):
        """A's booker points her line at Transat's venue: refused without
        naming it; nor is it added by the check that reads it."""
        env = self._env_of(self.prospector_a)
        line = env["booking.prospection.line"].browse(self.line_a.id)
        error = self._assert_refused_unnamed(
            line,
            {"partner_id": self.foreign_venue.id},
            {"partner_id": {"fields": {"display_name": {}}}, "territory": {}},
            self.foreign_venue.name,
            self.cluster_transat.name,
        )
        self.assertIsInstance(error, ValidationError)

    def test_a_line_prospects_structures_and_programmers_only(self):
        """A technical director is in the directory, but not a prospect."""
        env = self._env_of(self.prospector_a)
        line = env["booking.prospection.line"].browse(self.line_a.id)
        error = self._assert_refused_unnamed(
            line, {"partner_id": self.technician.id}, {"partner_id": {}}
        )
        self.assertIn("structure or a programmer", str(error))
        _payload, error = self._attempt(
            line, {"partner_id": self.programmer.id}, {"partner_id": {}}
        )
        self.assertIsNone(error)

    def test_a_line_cannot_take_another_companys_production_or_period(self):
        env = self._env_of(self.prospector_a)
        line = env["booking.prospection.line"].browse(self.line_a.id)
        spec = {
            "production_id": {"fields": {"display_name": {}}},
            "tour_period_id": {"fields": {"display_name": {}}},
        }
        for vals, names in (
            (
                {
                    "production_id": self.production_p.id,
                    "tour_period_id": self.spring_p.id,
                },
                (self.production_p.name, self.spring_p.name),
            ),
            (
                {
                    "production_id": self.production_b.id,
                    "tour_period_id": self.spring_b.id,
                },
                (self.production_b.name, self.spring_b.name),
            ),
            ({"tour_period_id": self.other_spring_a.id}, ()),
        ):
            with self.subTest(vals=vals):
                self._assert_refused_unnamed(line, vals, spec, *names)

    def test_a_line_cannot_move_to_a_company_where_she_does_not_book(self):
        env = self._env_of(self.prospector_a, self.company_a | self.company_b)
        line = env["booking.prospection.line"].browse(self.line_a.id)
        self._assert_refused_unnamed(
            line, {"company_id": self.company_b.id}, {"company_id": {}}
        )
        self.assertEqual(self.line_a.company_id, self.company_a)

    def test_a_call_cannot_be_hung_on_another_companys_line(self):
        """B's booker logs a call for B on A's line: refused unnamed."""
        env = self._env_of(self.prospector_b)
        self._assert_refused_unnamed(
            env["directory.interaction"],
            {
                "partner_id": self.venue.id,
                "summary": "Hop",
                "prospection_line_id": self.line_a.id,
            },
            {"prospection_line_id": {"fields": {"display_name": {}}}},
            self.venue.name + ", " + self.production_a.name,
            self.production_a.name,
        )
        self.assertFalse(self.line_a.interaction_ids)

    def test_the_analysis_is_not_writable(self):
        env = self._env_of(self.prospector_a)
        report = env["booking.prospection.report"].browse(self.line_a.id)
        self.assertEqual(report.line_count, 1)
        with self.assertRaises(AccessError):
            report.write({"stage_id": self.secret_stage_a.id})


class _Kept(Exception):
    def __init__(self, payload):
        super().__init__()
        self.payload = json.loads(json.dumps(payload, default=str))
