# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL, format_date, format_datetime

from ..lib import ranking, travel

# Context key: the ranking itself is writing, do not rank again
RANKING = "booking_option_ranking"
# The fields only the ranking writes (readonly in the views, which the ORM
# does not enforce on a call from the web client)
ENGINE_FIELDS = (
    "option_rank",
    "option_flagged",
    "option_challenge_state",
    "option_challenge_deadline",
)
# The states in which a date holds its production's day
HOLDING = ("option", "confirmed", "done")
CHALLENGE_STATES = [
    ("challenging", "Challenging the Higher Options"),
    ("pending", "Challenged: Answer Due"),
    ("answered", "Challenged: Kept"),
]
# The longest exclusivity looked for around a date, in days
MAX_EXCLUSIVITY = 366
EXCLUSIVITY_SCOPES = [
    ("department", "Department"),
    ("region", "Region"),
]


class BookingDate(models.Model):
    """Options on a production's day, ranked 1, 2, 3… without gaps.

    The rules live in ``lib/ranking.py``; here each change of a date that
    moves it in or out of its day's ranking (placing, releasing, confirming,
    cancelling, moving it to another day) locks the production, loads the
    day into the engine, lets the engine apply the rule and writes back the
    ranks, states, flags, challenge and history the engine gives."""

    _inherit = "booking.date"

    user_id = fields.Many2one(
        "res.users",
        string="Booker",
        default=lambda self: self.env.user,
        index=True,
        check_company=True,
        tracking=True,
        help="Who follows this date: she is told when its option moves up, "
        "expires, is challenged or released.",
    )
    option_rank = fields.Integer(
        string="Rank",
        readonly=True,
        copy=False,
        index=True,
        help="Rank of the option among the options on the production's day: "
        "1 is the first, the only one that can be confirmed.",
    )
    option_rank_label = fields.Char(
        string="Option", compute="_compute_option_rank_label"
    )
    option_expiry = fields.Date(
        string="Expires On",
        copy=False,
        tracking=True,
        help="The option is released the day after, unless confirmed before.",
    )
    option_end = fields.Selection(
        [(key, key.capitalize()) for key in ranking.ENDINGS],
        string="Option Ended",
        readonly=True,
        copy=False,
        help="How the option left the ranking without being confirmed.",
    )
    option_flagged = fields.Boolean(
        string="Day Confirmed for Another",
        readonly=True,
        copy=False,
        help="Another date of the production is confirmed that day; this option "
        "comes next if it is cancelled.",
    )
    option_challenge_state = fields.Selection(
        CHALLENGE_STATES, string="Challenge", readonly=True, copy=False
    )
    option_challenge_deadline = fields.Datetime(
        string="Answer By",
        readonly=True,
        copy=False,
        help="The challenged options that have not answered by then are released.",
    )
    option_event_ids = fields.One2many(
        "booking.option.event", "date_id", string="Option History"
    )
    exclusivity_days = fields.Integer(
        string="Exclusivity (days)",
        help="The organiser's exclusivity: no other date of the production "
        "this many days before or after, in the area below.",
    )
    exclusivity_scope = fields.Selection(
        EXCLUSIVITY_SCOPES,
        string="Exclusivity Area",
        default="department",
        help="Department: the venue's French department. Region: the venue's "
        "state or region.",
    )
    option_conflicts = fields.Text(
        string="Conflicts",
        compute="_compute_option_conflicts",
        help="What stands in the way of this date, as far as you may know.",
    )

    def init(self):
        # SQL: indexes on this model's own table and on the team members it
        # reads, no data read
        self.env.cr.execute(
            SQL(
                """
                CREATE UNIQUE INDEX IF NOT EXISTS booking_date_option_rank_unique
                    ON booking_date (production_id, date, option_rank)
                 WHERE state = 'option' AND option_rank > 0;
                CREATE UNIQUE INDEX IF NOT EXISTS booking_date_confirmed_unique
                    ON booking_date (production_id, date)
                 WHERE state IN ('confirmed', 'done');
                -- the few confirmed dates with an exclusivity, looked for
                -- around each date whose conflicts are shown
                CREATE INDEX IF NOT EXISTS booking_date_exclusivity_index
                    ON booking_date (production_id, date)
                 WHERE state IN ('confirmed', 'done') AND exclusivity_days > 0;
                -- a person's productions on tour: the team conflicts go from
                -- the production's people to their other productions' day
                CREATE INDEX IF NOT EXISTS booking_production_member_on_tour_index
                    ON booking_production_member (partner_id, production_id)
                 WHERE on_tour;
                """
            )
        )
        return super().init()

    @api.depends("option_rank", "state")
    def _compute_option_rank_label(self):
        for record in self:
            record.option_rank_label = (
                self.env._("Option %(rank)s", rank=record.option_rank)
                if record.state == "option" and record.option_rank
                else False
            )

    @api.depends(
        "production_id",
        "date",
        "venue_id",
        "state",
        "get_in_time",
        "end_time",
        "exclusivity_days",
        "exclusivity_scope",
    )
    @api.depends_context("uid", "allowed_company_ids")
    def _compute_option_conflicts(self):
        for record in self:
            record.option_conflicts = "\n".join(record._option_conflicts()) or False

    @api.constrains("user_id", "company_id")
    def _check_booker_in_company(self):
        """Before Odoo's company check, whose message would name the user."""
        for record in self:
            # sudo: whether the booker works for the date's company, a yes or
            # no that names no one; read as Odoo's company check reads it
            # next (archived companies included), so that both share a query
            if record.user_id and record.company_id not in (
                record.user_id.sudo().with_context(active_test=False).company_ids
            ):
                raise ValidationError(
                    self.env._("The booker must be a user of this company.")
                )

    @api.onchange("production_id", "date", "venue_id", "get_in_time", "end_time")
    def _onchange_option_conflicts(self):
        conflicts = self._option_conflicts()
        if conflicts:
            return {
                "warning": {
                    "title": self.env._("Conflicts"),
                    "message": "\n".join(conflicts),
                }
            }

    # CRUD ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        if self._option_ranking():
            return super().create(vals_list)
        requested = []
        for vals in vals_list:
            # the rank asked goes to the engine, the rest of its fields nowhere
            requested.append(vals.pop("option_rank", None))
            for name in ENGINE_FIELDS:
                vals.pop(name, None)
        productions = self.env["booking.production"].browse(
            [vals["production_id"] for vals in vals_list if vals.get("production_id")]
        )
        self._option_check_productions(productions)
        self._option_lock(productions)
        for vals in vals_list:
            if vals.get("state") in ("confirmed", "done") and vals.get("date"):
                key = (vals.get("production_id"), fields.Date.to_date(vals["date"]))
                if self._option_day(key)[0].confirmed is not None:
                    raise UserError(self._option_refusal(ranking.DayConfirmed(None)))
        self._option_default_expiry(vals_list)
        if all(vals.get("state", "option") in HOLDING for vals in vals_list):
            # each date holding its day gets its history's first line
            # ("placed", "confirmed") with author and time: no "Date created"
            # message besides in the chatter
            creator = super(BookingDate, self.with_context(mail_create_nolog=True))
        else:
            creator = super()
        dates = creator.create(vals_list)
        dates._option_arrive(dict(zip(dates.ids, requested, strict=True)))
        return dates

    def write(self, vals):
        ranking_ = self._option_ranking()
        if not ranking_:
            vals = {
                name: value for name, value in vals.items() if name not in ENGINE_FIELDS
            }
        if ranking_ or not ({"state", "date", "production_id"} & vals.keys()):
            result = super().write(vals)
            if "option_expiry" in vals or "user_id" in vals:
                self._option_schedule_reminders()
            return result
        new_production = self.env["booking.production"].browse(
            vals.get("production_id")
        )
        self._option_check_productions(new_production)
        self._option_lock(self.production_id | new_production)
        leaving, arriving = self._option_moves(vals)
        # The rank goes with the day: cleared on every date whose day or state
        # the write touches, the ranking writes back those still ranked
        result = super().write(dict(vals, option_rank=False))
        for day, events in leaving:
            # a date moving to another day leaves this one without ending
            self._option_apply(
                day,
                [
                    e
                    for e in events
                    if not (e.kind in ranking.ENDINGS and e.key in arriving.ids)
                ],
            )
        if arriving:
            for record in arriving.filtered(lambda d: not d.option_expiry):
                expiry = record._option_default_expiry(
                    [{"production_id": record.production_id.id}]
                )[0]
                if expiry.get("option_expiry"):
                    record.write(expiry)
            arriving._option_arrive({})
        return result

    def _option_moves(self, vals):
        """Run the engine on each day these dates leave or change in, before
        the write: [(day, events)], and the dates that arrive on a day (they
        are ranked once written)."""
        new_state = vals.get("state")
        moves = {}
        arriving = self.browse()
        for record in self:
            old_key = record._option_key()
            new_key = (
                vals.get("production_id", record.production_id.id),
                fields.Date.to_date(vals["date"]) if "date" in vals else record.date,
            )
            state = new_state or record.state
            moved = new_key != old_key
            if record.state in ("confirmed", "done") and moved:
                raise UserError(
                    self.env._(
                        "Put the confirmed date back to an option before moving "
                        "it to another day."
                    )
                )
            if record.state in HOLDING and (moved or state != record.state):
                moves.setdefault(old_key, []).append((record, state, moved))
            if state == "option" and (moved or record.state not in HOLDING):
                arriving |= record
        leaving = []
        for key, changes in moves.items():
            day, _dates = self._option_day(key)
            events = []
            for record, state, moved in changes:
                events += record._option_engine(day, record._option_step(state, moved))
            leaving.append((day, events))
        return leaving, arriving

    def _option_step(self, state, moved):
        """The engine's step for this date leaving its day or changing state
        on it."""
        self.ensure_one()
        policy = self.company_id.option_confirm_policy
        ending = self.env.context.get("option_ending", ranking.RELEASED)
        if self.state == "option":
            if moved or state == "cancelled":
                return lambda day: day.release(self.id, ending)
            if state == "confirmed":
                return lambda day: day.confirm(self.id, policy)
        elif state == "option":
            return lambda day: day.reopen(self.id)
        elif state == "cancelled":
            return lambda day: day.cancel(self.id)
        return lambda day: []

    # The ranking -------------------------------------------------------------

    def _option_key(self):
        return (self.production_id.id, self.date)

    def _option_ranking(self):
        """Whether the ranking itself is writing (_option_apply, as
        superuser): the context key alone may come from the web client."""
        return self.env.su and self.env.context.get(RANKING)

    def _option_check_productions(self, productions):
        """Refuse, naming nothing, the productions the user may not read,
        before the ranking touches them: it reads their days as superuser
        and the database's unique index answers on their confirmed days,
        both before Odoo's own checks of the new values, so that another
        company's confirmed day would be told apart from a free one."""
        if productions - productions._filtered_access("read"):
            raise AccessError(self.env._("You cannot book dates on this production."))

    def _option_lock(self, productions):
        """Serialise the bookers ranking the same production's days.

        Odoo's transactions read a snapshot taken when they start: a booker
        who waited for another's lock would still rank on what she saw before
        it. Touching the production rows makes her transaction fail with a
        serialization error instead, which Odoo retries from the start, on the
        ranks the other booker committed; the partial unique index on
        (production, day, rank) is the last guard."""
        if not productions.ids:
            return
        ids = sorted(set(productions.ids))
        # SQL: the rows of the productions being ranked only, locked in id
        # order so that two bookers never wait for each other in a circle,
        # then updated unchanged: the new row version is what makes a
        # concurrent ranking of them retry
        self.env.cr.execute(
            SQL(
                """
                UPDATE booking_production SET write_date = write_date
                 WHERE id IN (SELECT id FROM booking_production
                               WHERE id = ANY(%s) ORDER BY id
                                 FOR NO KEY UPDATE)
                """,
                ids,
            )
        )

    def _option_day(self, key, exclude=()):
        """The engine's view of a production's day, and its dates."""
        production_id, day = key
        # sudo: the dates holding one production's day, all of that
        # production's company, ranked together whoever acts on one of them
        dates = self.sudo().search_fetch(
            [
                ("production_id", "=", production_id),
                ("date", "=", day),
                ("state", "in", HOLDING),
                ("id", "not in", list(exclude)),
            ],
            [
                "state",
                "option_rank",
                "option_flagged",
                "option_challenge_state",
                "option_challenge_deadline",
            ],
        )
        options = dates.filtered(lambda d: d.state == "option")
        ranked = options.sorted(lambda d: (not d.option_rank, d.option_rank, d.id))
        confirmed = (dates - options)[:1]
        challenger = options.filtered(
            lambda d: d.option_challenge_state == "challenging"
        )[:1]
        challenge = None
        if challenger:
            challenge = ranking.Challenge(
                challenger.id,
                challenger.option_challenge_deadline,
                pending={
                    d.id for d in options if d.option_challenge_state == "pending"
                },
                answered={
                    d.id for d in options if d.option_challenge_state == "answered"
                },
            )
        day_ = ranking.Day(
            ranked.ids,
            confirmed=confirmed.id or None,
            flagged=options.filtered("option_flagged").ids,
            challenge=challenge,
        )
        return day_, dates

    def _option_engine(self, day, step):
        """Run ``step(day)``; the engine's refusals in the user's words."""
        try:
            return step(day)
        except ranking.RankingError as error:
            raise UserError(self._option_refusal(error)) from error

    def _option_refusal(self, error):
        messages = {
            ranking.NotAnOption: self.env._("This date is not an option any more."),
            ranking.AlreadyPlaced: self.env._("This date already holds its day."),
            ranking.NotFirst: self.env._(
                "Only the first option of the day can be confirmed."
            ),
            ranking.DayConfirmed: self.env._(
                "The production's day is already confirmed for another date."
            ),
            ranking.NothingToChallenge: self.env._(
                "The first option has no higher option to challenge."
            ),
            ranking.ChallengePending: self.env._(
                "A challenge is already under way on this day."
            ),
            ranking.NotChallenged: self.env._(
                "This option has no challenge to answer."
            ),
            ranking.FirstConfirms: self.env._(
                "The first option answers a challenge by confirming the date."
            ),
            ranking.NotConfirmed: self.env._("This date is not confirmed."),
        }
        return messages[type(error)]

    def _option_arrive(self, requested):
        """Rank the options and confirmed dates just written on their day:
        an option at the next free rank (or the rank asked, or the company's
        default), a confirmed date first and confirmed at once."""
        for key, records in (
            self.filtered(lambda d: d.state in HOLDING)
            .grouped(lambda d: d._option_key())
            .items()
        ):
            day, _dates = self._option_day(key, exclude=records.ids)
            events = []
            for record in records:
                events += record._option_engine(
                    day, record._option_arrival(requested.get(record.id))
                )
            self._option_apply(day, events)

    def _option_arrival(self, rank):
        """The engine's step for this date arriving on its day."""
        self.ensure_one()
        if self.state == "option":
            rank = rank or self.company_id.option_default_rank
            return lambda day: day.place(self.id, rank)
        policy = self.company_id.option_confirm_policy

        def confirmed(day):
            return day.place(self.id, 1) + day.confirm(self.id, policy)

        return confirmed

    def _option_apply(self, day, events):
        """Write what the engine decided on a day: the states of the dates
        that left it, the ranks (in two steps, so that the unique index never
        sees two dates on one rank), the flags and the challenge; then the
        history and the notices to the bookers."""
        ids = set(day.ranked) | {event.key for event in events}
        if day.confirmed is not None:
            ids.add(day.confirmed)
        # sudo: the dates of this one production's day (the engine's keys),
        # all of its company, ranked together whoever acts on one of them
        dates = self.sudo().with_context(**{RANKING: True}).browse(sorted(ids))
        for event in events:
            record = dates.browse(event.key)
            if event.kind in ranking.ENDINGS and record.state != "cancelled":
                record.write(
                    {
                        "state": "cancelled",
                        "cancel_reason": record.cancel_reason
                        or self._option_ending_reason(event.kind),
                    }
                )
            if event.kind in ranking.ENDINGS:
                record.option_end = event.kind
            elif event.kind in ("placed", "reopened"):
                record.option_end = False
        ranks = day.ranks()
        # none of the ranking's own fields is tracked: no tracking snapshot of
        # the day's dates for them
        ranked = dates.with_context(mail_notrack=True)
        moved = ranked.filtered(
            lambda d: (ranks.get(d.id) or 0) != d.option_rank and d.option_rank
        )
        moved.write({"option_rank": 0})
        moved.flush_recordset(["option_rank"])
        for record in ranked:
            rank = ranks.get(record.id) or 0
            challenge = day.challenge_state
            vals = {
                "option_rank": rank,
                "option_flagged": record.id in day.flagged,
                "option_challenge_state": False,
                "option_challenge_deadline": False,
            }
            if challenge and record.id == challenge.challenger:
                vals["option_challenge_state"] = "challenging"
            elif challenge and record.id in challenge.pending:
                vals["option_challenge_state"] = "pending"
            elif challenge and record.id in challenge.answered:
                vals["option_challenge_state"] = "answered"
            if vals["option_challenge_state"]:
                vals["option_challenge_deadline"] = challenge.deadline
            changed = {
                name: value
                for name, value in vals.items()
                if record._fields[name].convert_to_write(record[name], record) != value
            }
            if changed:
                record.write(changed)
        dates._option_log(events)
        # a reminder follows the state, expiry and booker: only a date with an
        # event (placed, ended, confirmed, reopened...) may need another one
        dates.browse(sorted({e.key for e in events}))._option_schedule_reminders()

    # History and notices ---------------------------------------------------

    def _option_log(self, events):
        """One history line per event; the holders' bookers are told of what
        happened to their option by someone else."""
        if not events:
            return
        now = fields.Datetime.now()
        author = self.env.user if not self.env.user._is_superuser() else False
        # sudo: the history of this day's dates only (self, from _option_apply)
        self.env["booking.option.event"].sudo().create(
            [
                {
                    "date_id": event.key,
                    "event": event.kind,
                    "user_id": author and author.id,
                    "time": now,
                    "rank_from": event.rank_before or 0,
                    "rank_to": event.rank_after or 0,
                }
                for event in events
            ]
        )
        for event in events:
            self.browse(event.key)._option_notify(event)

    def _option_notify(self, event):
        self.ensure_one()
        booker = self.user_id
        if event.kind == "challenged" and booker:
            self.activity_schedule(
                activity_type_id=self._option_activity_type("challenge").id,
                date_deadline=fields.Date.to_date(self.option_challenge_deadline),
                summary=self.env._(
                    "Answer the challenge by %(deadline)s",
                    deadline=format_datetime(self.env, self.option_challenge_deadline),
                ),
                user_id=booker.id,
            )
            return
        if event.kind in ("answered", "withdrawn", "confirmed") or event.kind in (
            ranking.ENDINGS
        ):
            challenge = self._option_activity_type("challenge")
            self.activity_ids.filtered(
                lambda a: a.activity_type_id == challenge
            ).unlink()
        text = {
            "promoted": self.env._(
                "Your option moved up to rank %(rank)s.", rank=event.rank_after
            ),
            "demoted": self.env._(
                "Your option moved down to rank %(rank)s.", rank=event.rank_after
            ),
            "released": self.env._("Your option was released."),
            "expired": self.env._("Your option expired."),
            "declined": self.env._("The organiser declined your option."),
            "flagged": self.env._(
                "The day was confirmed for another date of the production; "
                "your option comes next if it is cancelled."
            ),
            "answered": self.env._("A higher option kept its hold."),
            "withdrawn": self.env._("The challenge on this day is over."),
        }.get(event.kind)
        if not text or not booker or booker == self.env.user:
            return
        self.message_post(
            body=text,
            partner_ids=booker.partner_id.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )

    def _option_activity_type(self, kind):
        # the cached xmlid, without env.ref's existence query on every call
        return self.env["mail.activity.type"].browse(
            self.env["ir.model.data"]._xmlid_to_res_id(
                f"booking_option.mail_activity_option_{kind}",
                raise_if_not_found=True,
            )
        )

    @api.model
    def _option_default_expiry(self, vals_list):
        """Give the new options of ``vals_list`` (dates' values) the
        company's default expiry, in place; returns them."""
        today = fields.Date.context_today(self)
        for vals in vals_list:
            if vals.get("state", "option") != "option" or vals.get("option_expiry"):
                continue
            production = self.env["booking.production"].browse(
                vals.get("production_id")
            )
            company = production.company_id or self.env.company
            if company.option_default_expiry_days > 0:
                vals["option_expiry"] = today + timedelta(
                    days=company.option_default_expiry_days
                )
        return vals_list

    def _option_schedule_reminders(self):
        """One expiry reminder per option, for its booker, some days before
        it expires; none once the date is no longer an option."""
        expiry = self._option_activity_type("expiry")
        today = fields.Date.context_today(self)
        for record in self:
            reminders = record.activity_ids.filtered(
                lambda a, t=expiry: a.activity_type_id == t
            )
            wanted = (
                record.state == "option" and record.option_expiry and record.user_id
            )
            deadline = wanted and max(
                today,
                record.option_expiry
                - timedelta(days=record.company_id.option_reminder_days),
            )
            if (
                len(reminders) == 1
                and wanted
                and reminders.date_deadline == deadline
                and reminders.user_id == record.user_id
            ):
                continue
            reminders.unlink()
            if wanted:
                record.activity_schedule(
                    activity_type_id=expiry.id,
                    date_deadline=deadline,
                    summary=self.env._(
                        "Option expires on %(day)s",
                        day=format_date(self.env, record.option_expiry),
                    ),
                    user_id=record.user_id.id,
                )

    # Actions -----------------------------------------------------------------

    def action_option_release(self):
        """The company gives the day up: lower options move up."""
        return self._option_end(ranking.RELEASED)

    def action_option_decline(self):
        """The organiser declined: lower options move up."""
        return self._option_end(ranking.DECLINED)

    def _option_end(self, ending):
        not_options = self.filtered(lambda d: d.state != "option")
        if not_options:
            raise UserError(self.env._("This date is not an option any more."))
        return self.with_context(option_ending=ending).write(
            {"state": "cancelled", "cancel_reason": self._option_ending_reason(ending)}
        )

    def _option_ending_reason(self, ending):
        """The cancellation reason of an option that ended so."""
        return {
            ranking.RELEASED: self.env._("Option released"),
            ranking.EXPIRED: self.env._("Option expired"),
            ranking.DECLINED: self.env._("Declined by the organiser"),
        }[ending]

    def action_option_challenge(self):
        """Ask every higher option of the day to answer by the deadline."""
        self.ensure_one()
        self.check_access("write")
        self._option_lock(self.production_id)
        hours = self.company_id.option_challenge_hours
        deadline = fields.Datetime.now() + timedelta(hours=hours)
        day, _dates = self._option_day(self._option_key())
        events = self._option_engine(day, lambda d: d.challenge(self.id, deadline))
        self._option_apply(day, events)
        return True

    def action_option_answer(self):
        """Keep this option against the challenge of a lower one."""
        self.ensure_one()
        self.check_access("write")
        self._option_lock(self.production_id)
        day, _dates = self._option_day(self._option_key())
        events = self._option_engine(day, lambda d: d.answer(self.id))
        self._option_apply(day, events)
        return True

    # Scheduled job ------------------------------------------------------------

    @api.model
    def _cron_option_deadlines(self):
        """Release the options past their expiry date and the challenged
        options that did not answer in time.

        The job runs as superuser: it works one company at a time, on that
        company's dates only (the domain's company_id), so that a day's
        ranking, history and notices never mix two companies."""
        today = fields.Date.context_today(self)
        now = fields.Datetime.now()
        due = [
            ("state", "=", "option"),
            "|",
            ("option_expiry", "<", today),
            "&",
            ("option_challenge_state", "=", "challenging"),
            ("option_challenge_deadline", "<=", now),
        ]
        # su: which companies have something due, nothing else read
        for (company,) in self._read_group(due, ["company_id"]):
            # su: this company's dates only (company_id in the domain)
            dates = self.with_company(company)
            expired = dates.search(
                [
                    ("company_id", "=", company.id),
                    ("state", "=", "option"),
                    ("option_expiry", "<", today),
                ]
            )
            for record in expired:
                record.with_context(option_ending=ranking.EXPIRED).write(
                    {
                        "state": "cancelled",
                        "cancel_reason": self._option_ending_reason(ranking.EXPIRED),
                    }
                )
            challengers = dates.search(
                [
                    ("company_id", "=", company.id),
                    ("state", "=", "option"),
                    ("option_challenge_state", "=", "challenging"),
                    ("option_challenge_deadline", "<=", now),
                ]
            )
            for challenger in challengers:
                challenger._option_lock(challenger.production_id)
                day, _dates = challenger._option_day(challenger._option_key())
                challenger._option_apply(day, day.settle(now))

    # Conflicts ----------------------------------------------------------------

    def _option_conflicts(self):
        """Lines saying what stands in the way of this date: a team member
        busy that day, the production unavailable, too little travel time
        from or to the neighbouring confirmed dates, another date's
        exclusivity. What the user may not read is reported as "busy" and
        named not at all."""
        self.ensure_one()
        if not (self.production_id and self.date) or self.state == "cancelled":
            return []
        found = self._option_conflict_facts()
        return [
            *self._option_team_conflicts(found["team"]),
            *self._option_unavailability_conflicts(found["unavailable"]),
            *self._option_travel_conflicts(found),
            *self._option_exclusivity_conflicts(found["holder"]),
        ]

    def _option_others_domain(self, domain):
        """The production's other dates holding a day, matching ``domain``."""
        return [
            ("production_id", "=", self.production_id.id),
            ("id", "!=", self._origin.id),
            ("state", "in", HOLDING),
            *domain,
        ]

    def _option_conflict_facts(self):
        """What the conflicts are made of, in one query: the production's
        confirmed dates just before and just after this one (travel), those
        whose exclusivity may reach it, its unavailability that day, and the
        other dates that day of its team's people. Then one read of those
        dates and one of the people and venues named:
        {"before", "after", "holder": dates, "unavailable": periods,
        "team": [(person, date or None when the user may not read it)]}."""
        confirmed = [("state", "in", ("confirmed", "done"))]
        queries = {
            "before": self._search(
                self._option_others_domain([*confirmed, ("date", "<", self.date)]),
                order="date desc, end_time desc, id desc",
                limit=1,
            ),
            "after": self._search(
                self._option_others_domain([*confirmed, ("date", ">", self.date)]),
                order="date, get_in_time, id",
                limit=1,
            ),
            "holder": self._search(
                self._option_others_domain(
                    [
                        *confirmed,
                        ("exclusivity_days", ">", 0),
                        ("date", ">=", self.date - timedelta(days=MAX_EXCLUSIVITY)),
                        ("date", "<=", self.date + timedelta(days=MAX_EXCLUSIVITY)),
                    ]
                ),
            ),
            "unavailable": self.env["booking.production.unavailability"]._search(
                [
                    ("production_id", "=", self.production_id.id),
                    ("date_from", "<=", self.date),
                    ("date_to", ">=", self.date),
                ]
            ),
        }
        members = self.env["booking.production.member"]._search(
            [("production_id", "=", self.production_id.id), ("on_tour", "=", True)]
        )
        # the raw SQL below reads these tables without the ORM's flush
        self.env["booking.production.member"].flush_model(
            ["partner_id", "production_id", "on_tour", "company_id"]
        )
        self.flush_model(["production_id", "date", "state", "company_id"])
        self.env["cluster.membership"].flush_model()
        # SQL: each part is one of the queries above, built by the ORM with
        # the user's record rules
        parts = [
            SQL(
                "(%s)",
                query.select(
                    SQL("%s", kind), SQL.identifier(query.table, "id"), "NULL::int"
                ),
            )
            for kind, query in queries.items()
        ]
        # SQL: the team's other dates that day. The team is the members of
        # the date's production the user may read (her rules, in the
        # sub-select); their other productions' dates are looked for in the
        # companies of the date's cluster only (the company's current
        # memberships, as _get_cluster_companies reads them). Only ids come
        # out: the dates are read below through her rules, and those she may
        # not read are told as "busy" and named not at all.
        parts.append(
            SQL(
                """
                (WITH cluster AS (
                    SELECT %(company)s AS company_id
                     UNION
                    SELECT other.company_id
                      FROM cluster_membership own
                      JOIN cluster_membership other
                        ON other.cluster_id = own.cluster_id
                     WHERE own.company_id = %(company)s
                       AND own.date_start <= %(today)s
                       AND (own.date_end IS NULL OR own.date_end >= %(today)s)
                       AND other.date_start <= %(today)s
                       AND (other.date_end IS NULL OR other.date_end >= %(today)s)
                )
                SELECT DISTINCT 'team', busy.id, member.partner_id
                  FROM booking_production_member member
                  JOIN booking_production_member other
                    ON other.partner_id = member.partner_id
                   AND other.production_id != %(production)s
                   AND other.on_tour
                   AND other.company_id = ANY(ARRAY(SELECT company_id FROM cluster))
                  JOIN booking_date busy
                    ON busy.production_id = other.production_id
                   AND busy.date = %(day)s
                   AND busy.state IN %(holding)s
                   AND busy.company_id = ANY(ARRAY(SELECT company_id FROM cluster))
                 WHERE member.id IN %(members)s)
                """,
                company=self.company_id.id,
                today=fields.Date.context_today(self),
                production=self.production_id.id,
                day=self.date,
                holding=HOLDING,
                members=members.subselect(),
            )
        )
        found = {kind: [] for kind in (*queries, "team")}
        # SQL: the parts above, each fenced by the user's rules or, for the
        # team, by the cluster's member companies
        for kind, id_, partner_id in self.env.execute_query(
            SQL(" UNION ALL ").join(parts)
        ):
            found[kind].append((id_, partner_id) if kind == "team" else id_)
        date_ids = {
            id_ for kind in ("before", "after", "holder") for id_ in found[kind]
        }
        date_ids.update(id_ for id_, _partner in found["team"])
        # the neighbours again, and the team's dates the user may read
        dates = (
            self.search_fetch(
                [("id", "in", list(date_ids))],
                [
                    "name",
                    "date",
                    "get_in_time",
                    "end_time",
                    "venue_id",
                    "exclusivity_days",
                    "exclusivity_scope",
                ],
            )
            if date_ids
            else self.browse()
        )
        readable = set(dates.ids)
        # the venues and people named, and the areas of the venues, at once
        (
            self.venue_id
            | dates.venue_id
            | self.env["res.partner"].browse(
                {partner_id for _id, partner_id in found["team"]}
            )
        ).fetch(
            ["name", "partner_latitude", "partner_longitude", "department", "state_id"]
        )
        facts = {
            kind: self.browse([id_ for id_ in found[kind] if id_ in readable])
            for kind in ("before", "after", "holder")
        }
        facts["unavailable"] = self.env["booking.production.unavailability"].browse(
            found["unavailable"]
        )
        facts["team"] = [
            (
                self.env["res.partner"].browse(partner_id),
                self.browse(id_) if id_ in readable else None,
            )
            for id_, partner_id in found["team"]
        ]
        return facts

    def _option_team_conflicts(self, team):
        """``team``: [(person, date or None)] from _option_conflict_facts."""
        lines = []
        for person, date in team:
            if date:
                lines.append(
                    self.env._(
                        "%(person)s is on another date that day: %(date)s.",
                        person=person.name,
                        date=date.name,
                    )
                )
            else:
                lines.append(
                    self.env._(
                        "%(person)s is busy that day with another company "
                        "of the cluster.",
                        person=person.name,
                    )
                )
        return sorted(set(lines))

    def _option_unavailability_conflicts(self, periods):
        """``periods``: the production's unavailability that day."""
        return [
            self.env._(
                "The production is unavailable from %(start)s to %(end)s: %(reason)s",
                start=format_date(self.env, period.date_from),
                end=format_date(self.env, period.date_to),
                reason=period.reason or "-",
            )
            for period in periods
        ]

    def _option_travel_conflicts(self, neighbours):
        """``neighbours``: the confirmed dates just before and just after
        (_option_conflict_facts)."""
        venue = self.venue_id
        if not (venue.partner_latitude or venue.partner_longitude):
            return []
        speed = self.company_id.option_travel_speed or 70
        lines = []
        before, after = neighbours["before"], neighbours["after"]
        for first, second, other in (
            (before, self, before),
            (self, after, after),
        ):
            other_venue = other.venue_id
            if not other or not (
                other_venue.partner_latitude or other_venue.partner_longitude
            ):
                continue
            km = travel.distance_km(
                venue.partner_latitude,
                venue.partner_longitude,
                other_venue.partner_latitude,
                other_venue.partner_longitude,
            )
            shortfall = travel.travel_shortfall(
                km,
                speed,
                travel.hours_between(
                    first.date, first.end_time, second.date, second.get_in_time
                ),
            )
            if shortfall:
                lines.append(
                    self.env._(
                        "Too little time to travel %(km)s km to or from "
                        "%(venue)s (%(day)s): about %(needed)s h at %(speed)s "
                        "km/h, %(available)s h available.",
                        km=round(km),
                        venue=other_venue.name,
                        day=format_date(self.env, other.date),
                        needed=shortfall[0],
                        speed=speed,
                        available=shortfall[1],
                    )
                )
        return lines

    def _option_area(self, scope):
        """The venue's area for an exclusivity of ``scope``; False when
        unknown."""
        venue = self.venue_id
        if scope == "region":
            return venue.state_id.id or False
        return venue.department or False

    def _option_exclusivity_conflicts(self, holders):
        """The confirmed dates whose exclusivity this date breaks (among
        ``holders``, from _option_conflict_facts), and, for a confirmed date with
        exclusivity, the dates that break it."""
        pairs = [(holder, self) for holder in holders]
        if self.state in ("confirmed", "done") and self.exclusivity_days > 0:
            window = timedelta(days=self.exclusivity_days)
            pairs += [
                (self, breaker)
                for breaker in self.search_fetch(
                    self._option_others_domain(
                        [
                            ("date", ">=", self.date - window),
                            ("date", "<=", self.date + window),
                        ]
                    ),
                    ["date", "venue_id"],
                )
            ]
        scopes = dict(
            self._fields["exclusivity_scope"]._description_selection(self.env)
        )
        lines = []
        for holder, breaker in pairs:
            scope = holder.exclusivity_scope or "department"
            area = holder._option_area(scope)
            if (
                area
                and area == breaker._option_area(scope)
                and abs((holder.date - breaker.date).days) <= holder.exclusivity_days
            ):
                lines.append(
                    self.env._(
                        "The date at %(venue)s on %(day)s has exclusivity in "
                        "its %(scope)s for %(days)s days; the date at "
                        "%(other)s on %(other_day)s breaks it.",
                        venue=holder.venue_id.name,
                        day=format_date(self.env, holder.date),
                        scope=scopes[scope].lower(),
                        days=holder.exclusivity_days,
                        other=breaker.venue_id.name or "-",
                        other_day=format_date(self.env, breaker.date),
                    )
                )
        return lines
