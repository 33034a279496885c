# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import secrets
from datetime import timedelta
from urllib.parse import urlsplit

from odoo import api, fields, models

from ..lib import ical

# The days a feed holds, around today: phones keep what they already read
FEED_DAYS_BEFORE = 90
FEED_DAYS_AFTER = 540


class BookingCalendarFeed(models.Model):
    """A user's calendar feed: a secret address that her phone's calendar
    subscribes to, serving the cluster calendar as she reads it (details or
    busy). The address is the only credential, so she may revoke it (the
    address then answers "not found") and make a new one at any time; only
    she reads her feed's record."""

    _name = "booking.calendar.feed"
    _description = "Calendar Feed"
    _rec_name = "user_id"

    user_id = fields.Many2one(
        "res.users",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
        default=lambda self: self.env.user,
    )
    token = fields.Char(readonly=True, copy=False, index="btree_not_null")
    url = fields.Char(string="Address", compute="_compute_url")

    _sql_constraints = [
        ("user_unique", "UNIQUE(user_id)", "A user has one calendar feed."),
    ]

    def _compute_url(self):
        for feed in self:
            feed.url = feed.token and (
                f"{feed.get_base_url()}/booking/calendar/{feed.token}.ics"
            )

    @api.model
    def action_open_own(self):
        """Open the current user's feed, made on first use (without an
        address until she asks for one)."""
        feed = self.search([("user_id", "=", self.env.uid)]) or self.create({})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("My Calendar Feed"),
            "res_model": self._name,
            "res_id": feed.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }

    def action_generate(self):
        """A new secret address; the previous one stops working."""
        for feed in self:
            feed.token = secrets.token_urlsafe(32)

    def action_revoke(self):
        """The address stops working; no new one is made."""
        self.token = False

    @api.model
    def _find(self, token):
        """The feed of ``token`` whose user may still log in, as superuser
        (the caller is anonymous), or an empty recordset."""
        if not token:
            return self.browse()
        # sudo: an anonymous caller; the secret token is her credential and
        # finds one feed, whose days are then read as its user (_ical)
        feed = self.sudo().search([("token", "=", token)], limit=1)
        user = feed.user_id
        if not user.active or user.share:
            return self.browse()
        return feed

    def _ical(self):
        """The feed's iCalendar text, read as its user with all her
        companies ticked: the rows of the cluster calendar her rules give
        her, around today, never more."""
        self.ensure_one()
        user = self.user_id
        env = self.env(
            user=user.id,
            su=False,
            context={
                "allowed_company_ids": user.company_ids.ids,
                "lang": user.lang,
                "tz": user.tz,
            },
        )
        today = fields.Date.context_today(self.with_env(env))
        rows = env["booking.cluster.day"].search(
            [
                ("day", ">=", today - timedelta(days=FEED_DAYS_BEFORE)),
                ("day", "<=", today + timedelta(days=FEED_DAYS_AFTER)),
            ]
        )
        host = urlsplit(self.get_base_url()).hostname or "booking"
        return ical.feed(
            env._("Booking Calendar"), rows._ical_events(host), fields.Datetime.now()
        )
