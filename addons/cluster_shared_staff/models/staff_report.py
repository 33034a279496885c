# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import datetime, time

import pytz
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL
from odoo.tools.misc import format_date, format_duration

from odoo.addons.booking_directory_notes.models.directory_interaction import (
    INTERACTION_TYPES,
)
from odoo.addons.cluster_base.lib import periods

SECTIONS = [
    ("time", "Time by Project"),
    ("activity", "Activity"),
    ("highlight", "Highlights"),
    ("followup", "Planned Follow-ups"),
]
HIGHLIGHTS = 5
PLANNED_FOLLOWUPS = 10


class StaffReport(models.Model):
    """What the shared person did for one employer over a period.

    Every figure is read from that company's own records only, filtered on
    ``company_id`` explicitly: the aggregates run as superuser (the recipient
    may not read the person's timesheets), so the filter is the only fence.
    """

    _name = "cluster.staff.report"
    _cluster_confidential = True
    _description = "Shared Staff Activity Report"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"
    _rec_names_search = ["user_id.name", "company_id.name"]
    _check_company_auto = True

    # not stored: each reader gets it in their language and date format
    name = fields.Char(compute="_compute_name")
    agreement_id = fields.Many2one(
        "cluster.staff.agreement",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(
        "res.company",
        string="Employer",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="The company this report is for. Only its users see it, and it "
        "holds only figures of this company.",
    )
    user_id = fields.Many2one(related="agreement_id.user_id", store=True)
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To", required=True)
    state = fields.Selection(
        [("draft", "Draft"), ("sent", "Sent"), ("failed", "Not Delivered")],
        compute="_compute_state",
        store=True,
        help="Sent: posted to its recipients, and no mail of it failed. Not "
        "delivered: a mail to a recipient failed; send it again.",
    )
    sent_message_id = fields.Many2one("mail.message", readonly=True, copy=False)
    sent_date = fields.Datetime(readonly=True, copy=False)
    note = fields.Html(
        string="Comments", help="A word to the employer, printed with the report."
    )
    line_ids = fields.One2many("cluster.staff.report.line", "report_id")
    time_line_ids = fields.One2many(
        "cluster.staff.report.line",
        "report_id",
        domain=[("section", "=", "time")],
    )
    activity_line_ids = fields.One2many(
        "cluster.staff.report.line",
        "report_id",
        domain=[("section", "=", "activity")],
    )
    highlight_line_ids = fields.One2many(
        "cluster.staff.report.line",
        "report_id",
        domain=[("section", "=", "highlight")],
    )
    followup_line_ids = fields.One2many(
        "cluster.staff.report.line",
        "report_id",
        domain=[("section", "=", "followup")],
    )
    hours = fields.Float(
        compute="_compute_totals", store=True, help="Hours logged in the period."
    )
    previous_hours = fields.Float(
        compute="_compute_totals",
        store=True,
        help="Hours logged in the previous period of the same length.",
    )

    _sql_constraints = [
        (
            "period_unique",
            "UNIQUE(agreement_id, company_id, date_from, date_to)",
            "There is already a report for this company and period.",
        ),
        (
            "period_in_order",
            "CHECK(date_to >= date_from)",
            "A report period ends after it starts.",
        ),
    ]

    @api.depends("user_id", "company_id", "date_from", "date_to")
    def _compute_name(self):
        for report in self:
            report.name = self.env._(
                "%(person)s for %(company)s, %(start)s to %(end)s",
                person=report.user_id.name or "",
                company=report.company_id.name or "",
                start=format_date(self.env, report.date_from),
                end=format_date(self.env, report.date_to),
            )

    @api.depends("line_ids.value", "line_ids.previous_value", "line_ids.section")
    def _compute_totals(self):
        for report in self:
            time_lines = report.line_ids.filtered(lambda line: line.section == "time")
            report.hours = sum(time_lines.mapped("value"))
            report.previous_hours = sum(time_lines.mapped("previous_value"))

    @api.depends("sent_message_id.notification_ids.notification_status")
    def _compute_state(self):
        for report in self:
            # sudo: the delivery status of this report's own message only
            statuses = set(
                report.sent_message_id.sudo().notification_ids.mapped(
                    "notification_status"
                )
            )
            if not report.sent_message_id:
                report.state = "draft"
            elif statuses & {"exception", "bounce"}:
                report.state = "failed"
            else:
                report.state = "sent"

    @api.constrains("sent_message_id")
    def _check_sent_message(self):
        for report in self.filtered("sent_message_id"):
            # sudo: only whether the message is posted on this report
            message = report.sent_message_id.sudo()
            if (message.model, message.res_id) != (report._name, report.id):
                raise ValidationError(
                    self.env._("A report is sent by a message of its own.")
                )

    @api.constrains("agreement_id", "company_id")
    def _check_company_served(self):
        for report in self:
            report.agreement_id._served_line(report.company_id)

    # Periods -------------------------------------------------------------

    def _previous_period(self):
        self.ensure_one()
        return periods.previous_period(self.date_from, self.date_to)

    @api.model
    def _utc_bounds(self, date_from, date_to, tz_name):
        """Midnight to midnight in the timezone, as naive UTC datetimes, the
        last day included."""
        tz = pytz.timezone(tz_name)

        def utc(day):
            local = tz.localize(datetime.combine(day, time.min))
            return local.astimezone(pytz.utc).replace(tzinfo=None)

        return utc(date_from), utc(date_to + relativedelta(days=1))

    # Figures ---------------------------------------------------------------
    # Figures are aggregated for many reports at once in two queries per
    # period (time, interactions), the previous period alongside, keyed by
    # (person, company): a report only ever takes the key of its own company.
    # The queries read past the record rules (the recipient may not read the
    # person's timesheets), so that key is the fence.

    def _hours_sql(self, period, previous):
        """Hours per (person, company, project), this period and the one
        before."""
        Line = self.env["account.analytic.line"]
        Line.flush_model(["user_id", "company_id", "project_id", "date", "unit_amount"])
        # SQL: fenced by the report's person and its one company
        return SQL(
            """
            SELECT user_id, company_id, project_id,
                   COALESCE(SUM(unit_amount) FILTER (WHERE date >= %(start)s), 0),
                   COALESCE(SUM(unit_amount) FILTER (WHERE date < %(start)s), 0)
              FROM account_analytic_line
             WHERE user_id = ANY(%(users)s) AND company_id = ANY(%(companies)s)
               AND project_id IS NOT NULL AND date BETWEEN %(before)s AND %(end)s
             GROUP BY user_id, company_id, project_id
            """,
            users=self.user_id.ids,
            companies=self.company_id.ids,
            start=period[0],
            end=period[1],
            before=previous[0],
        )

    def _interactions_sql(self, period, previous, tz):
        """Interactions per (person, company, type) logged this period and
        the one before, and per (person, company) the follow-ups done in each
        period and overdue at the end of each."""
        self.env["directory.interaction"].flush_model()
        start, end = self._utc_bounds(*period, tz)
        before, _start = self._utc_bounds(*previous, tz)
        # SQL: fenced by the report's person and its one company
        return SQL(
            """
            SELECT user_id, company_id, interaction_type,
                   COUNT(*) FILTER (WHERE date >= %(start)s AND date < %(end)s),
                   COUNT(*) FILTER (WHERE date >= %(before)s AND date < %(start)s),
                   COUNT(*) FILTER (WHERE followup_done_date
                                    BETWEEN %(day_start)s AND %(day_end)s),
                   COUNT(*) FILTER (WHERE followup_done_date
                                    BETWEEN %(day_before)s AND %(day_previous_end)s),
                   COUNT(*) FILTER (WHERE followup_date <= %(day_end)s
                                    AND (NOT COALESCE(followup_done, FALSE)
                                         OR followup_done_date > %(day_end)s)),
                   COUNT(*) FILTER (WHERE followup_date <= %(day_previous_end)s
                                    AND (NOT COALESCE(followup_done, FALSE)
                                         OR followup_done_date > %(day_previous_end)s))
              FROM directory_interaction
             WHERE user_id = ANY(%(users)s) AND company_id = ANY(%(companies)s)
               AND (date >= %(before)s AND date < %(end)s
                    OR followup_date <= %(day_end)s
                    OR followup_done_date BETWEEN %(day_before)s AND %(day_end)s)
             GROUP BY user_id, company_id, interaction_type
            """,
            users=self.user_id.ids,
            companies=self.company_id.ids,
            start=start,
            end=end,
            before=before,
            day_start=period[0],
            day_end=period[1],
            day_before=previous[0],
            day_previous_end=previous[1],
        )

    def _activity_counters(self, period, previous, tz):
        """[(code, label, {(user id, company id): (count, previous count)})]
        of the activity. Modules that add activity (options placed, contracts
        signed) append their own counters."""
        labels = dict(
            self.env["directory.interaction"]
            ._fields["interaction_type"]
            ._description_selection(self.env)
        )
        by_type = {code: {} for code, _label in INTERACTION_TYPES}
        done, overdue = {}, {}
        # SQL: fenced by the reports' own (person, company) pairs, see
        # _interactions_sql
        self.env.cr.execute(self._interactions_sql(period, previous, tz))
        for row in self.env.cr.fetchall():
            user, company, kind, now, then, done_now, done_then, late, late_then = row
            key = (user, company)
            by_type[kind][key] = (now, then)
            old = done.get(key, (0, 0))
            done[key] = (old[0] + done_now, old[1] + done_then)
            old = overdue.get(key, (0, 0))
            overdue[key] = (old[0] + late, old[1] + late_then)
        return [
            *(
                (code, labels[code], by_type[code])
                for code, _label in INTERACTION_TYPES
            ),
            ("followup_done", self.env._("Follow-ups done"), done),
            (
                "followup_overdue",
                self.env._("Follow-ups overdue at the end of the period"),
                overdue,
            ),
        ]

    def _figures(self):
        """{report: [line values]} of the time and activity sections."""
        figures = {}
        periods = self.grouped(
            lambda r: (r.date_from, r.date_to, r.agreement_id.tz or "UTC")
        )
        for (date_from, date_to, tz), reports in periods.items():
            period = (date_from, date_to)
            previous = reports[0]._previous_period()
            hours = {}
            # SQL: fenced by the reports' own (person, company) pairs, see
            # _hours_sql; each report then takes its own pair only
            self.env.cr.execute(reports._hours_sql(period, previous))
            for user, company, project, now, then in self.env.cr.fetchall():
                hours.setdefault((user, company), {})[project] = (now, then)
            project_ids = {p for by_project in hours.values() for p in by_project}
            # sudo: the names of the projects the query above found, all of
            # the reports' own companies
            projects = self.env["project.project"].sudo().browse(project_ids)
            names = dict(zip(projects.ids, projects.mapped("name"), strict=True))
            counters = reports._activity_counters(period, previous, tz)
            for report in reports:
                key = (report.user_id.id, report.company_id.id)
                by_project = hours.get(key, {})
                vals = [
                    {
                        "section": "time",
                        "name": names[project],
                        "project_id": project,
                        "value": now,
                        "previous_value": then,
                    }
                    for project, (now, then) in sorted(
                        by_project.items(), key=lambda item: names[item[0]]
                    )
                ]
                vals += [
                    {
                        "section": "activity",
                        "name": label,
                        "code": code,
                        "value": counts.get(key, (0, 0))[0],
                        "previous_value": counts.get(key, (0, 0))[1],
                    }
                    for code, label, counts in counters
                ]
                figures[report] = vals
        return figures

    def _own_domain(self):
        return [
            ("company_id", "=", self.company_id.id),
            ("user_id", "=", self.user_id.id),
        ]

    def _interaction_lines(self):
        # sudo: the person's interactions in the report's company only
        # (_own_domain); the recipient may not read them one by one
        Interaction = self.env["directory.interaction"].sudo()
        start, end = self._utc_bounds(
            self.date_from, self.date_to, self.agreement_id.tz or "UTC"
        )
        highlights = Interaction.search(
            [*self._own_domain(), ("date", ">=", start), ("date", "<", end)],
            limit=HIGHLIGHTS,
            order="date desc, id desc",
        )
        planned = Interaction.search(
            [
                *self._own_domain(),
                ("followup_done", "=", False),
                ("followup_date", ">", self.date_to),
            ],
            limit=PLANNED_FOLLOWUPS,
            order="followup_date, id",
        )
        tz = pytz.timezone(self.agreement_id.tz or "UTC")

        def line(section, interaction, day):
            return {
                "section": section,
                "name": interaction.summary,
                "partner_name": interaction.partner_id.name,
                "kind": interaction.interaction_type,
                "date": day,
            }

        return [
            line("highlight", i, pytz.utc.localize(i.date).astimezone(tz).date())
            for i in highlights
        ] + [line("followup", i, i.followup_date) for i in planned]

    def action_compute(self):
        """Recompute the figures of draft reports; a sent report is what its
        recipients received and stays as it is."""
        sent = self.filtered(lambda r: r.state != "draft")
        if sent:
            raise UserError(
                self.env._(
                    "Report %(report)s was sent; it cannot change any more.",
                    report=sent[0].name,
                )
            )
        figures = self._figures()
        for report in self:
            vals = figures[report] + report._interaction_lines()
            report.line_ids.unlink()
            report.write({"line_ids": [fields.Command.create(v) for v in vals]})
        return True

    def _recipients(self):
        self.ensure_one()
        return self.agreement_id._served_line(self.company_id)._recipients()

    def action_send(self):
        """Post the report to its recipients. It counts as sent unless a
        mail of it fails, and then says so, to be sent again."""
        return self._send()

    def _send(self, notify_author=False):
        """Post the reports to their recipients. The daily job works as a
        recipient, the author of the message: Odoo notifies nobody of her own
        messages unless told to (``notify_author``)."""
        if self.filtered(lambda r: r.state == "sent"):
            raise UserError(self.env._("This report was already sent."))
        template = self.env.ref("cluster_shared_staff.mail_template_staff_report")
        for report in self:
            recipients = report._recipients()
            if not recipients:
                raise UserError(
                    self.env._(
                        "Nobody may receive this report: add report recipients "
                        "for this company to the agreement, among the users of "
                        "the company who may read its activity reports."
                    )
                )
            message = report.with_context(
                mail_notify_author=notify_author
            ).message_post_with_source(
                template,
                partner_ids=recipients.partner_id.ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
            report.write(
                {"sent_message_id": message.id, "sent_date": fields.Datetime.now()}
            )
        return True

    def format_hours(self, hours):
        """Hours as the float_time widget shows them (7:30), for the mail."""
        return format_duration(hours)

    def action_reset_to_draft(self):
        self.write({"sent_message_id": False, "sent_date": False})


class StaffReportLine(models.Model):
    _name = "cluster.staff.report.line"
    _cluster_confidential = True
    _description = "Shared Staff Activity Report Line"
    _order = "report_id, section, id"

    report_id = fields.Many2one(
        "cluster.staff.report", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="report_id.company_id", store=True)
    section = fields.Selection(SECTIONS, required=True)
    code = fields.Char(help="Technical key of an activity counter.")
    name = fields.Char(string="Description", required=True)
    project_id = fields.Many2one("project.project", index=True)
    partner_name = fields.Char(string="Contact")
    kind = fields.Selection(INTERACTION_TYPES, string="Type")
    date = fields.Date()
    value = fields.Float(string="This Period")
    previous_value = fields.Float(string="Previous Period")
    trend = fields.Float(
        string="Trend (%)",
        compute="_compute_trend",
        store=True,
        help="Change against the previous period of the same length; none when "
        "there was nothing before.",
    )
    trend_display = fields.Char(
        string="Trend",
        compute="_compute_trend_display",
        help="Change against the previous period of the same length: new when "
        "there was nothing before, empty when there is nothing at all.",
    )

    @api.depends("value", "previous_value")
    def _compute_trend(self):
        for line in self:
            line.trend = (
                (line.value - line.previous_value) / line.previous_value * 100.0
                if line.previous_value
                else 0.0
            )

    @api.depends("trend", "value", "previous_value")
    def _compute_trend_display(self):
        for line in self:
            if line.previous_value:
                line.trend_display = f"{line.trend:+.0f} %"
            else:
                line.trend_display = self.env._("new") if line.value else False

    @api.constrains("project_id", "report_id")
    def _check_project(self):
        # sudo: only whether each project is the report company's, or holds
        # time of that company; no name is ever shown in the message
        Timesheet = self.env["account.analytic.line"].sudo()
        for line in self.filtered("project_id"):
            company = line.report_id.company_id
            # sudo: the project's company, compared with the report's
            project = line.project_id.sudo()
            if project.company_id != company and not (
                not project.company_id
                and Timesheet.search_count(
                    [("project_id", "=", project.id), ("company_id", "=", company.id)],
                    limit=1,
                )
            ):
                raise ValidationError(
                    self.env._(
                        "A line of an activity report can only name a project "
                        "of the report's company."
                    )
                )
