# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models

EVENTS = [
    ("placed", "Placed"),
    ("demoted", "Moved Down"),
    ("promoted", "Moved Up"),
    ("released", "Released"),
    ("expired", "Expired"),
    ("declined", "Declined"),
    ("challenge", "Challenged the Higher Options"),
    ("challenged", "Challenged"),
    ("answered", "Kept against a Challenge"),
    ("withdrawn", "Challenge Over"),
    ("confirmed", "Confirmed"),
    ("flagged", "Day Confirmed for Another"),
    ("reopened", "Back to Option"),
    ("cancelled", "Confirmed Date Cancelled"),
]


class BookingOptionEvent(models.Model):
    """One step in the life of an option: placed, moved up or down,
    challenged, released, expired, confirmed... with its author and time.
    Written by the ranking only; nobody edits the history."""

    _name = "booking.option.event"
    _description = "Option History"
    _cluster_confidential = True
    _check_company_auto = True
    _order = "time desc, id desc"
    _rec_name = "event"

    date_id = fields.Many2one(
        "booking.date",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one(
        related="date_id.company_id", store=True, index=True, precompute=True
    )
    event = fields.Selection(EVENTS, required=True)
    user_id = fields.Many2one(
        "res.users",
        string="Author",
        default=lambda self: self.env.user,
        help="Who did it; empty when the scheduled job did (an option that "
        "expired, a challenge left unanswered).",
    )
    time = fields.Datetime(required=True, default=fields.Datetime.now)
    rank_from = fields.Integer(string="Rank Before")
    rank_to = fields.Integer(string="Rank After")
    note = fields.Char()
