# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models

CONFIRM_POLICIES = [
    ("release", "Release the other options"),
    ("flag", "Keep the other options, flagged"),
]


class ResCompany(models.Model):
    _inherit = "res.company"

    option_default_expiry_days = fields.Integer(
        string="Option Expiry (days)",
        default=14,
        help="A new option expires this many days after it is placed, unless "
        "the booker gives another expiry date.",
    )
    option_reminder_days = fields.Integer(
        string="Expiry Reminder (days before)",
        default=2,
        help="The option's booker gets a reminder activity this many days "
        "before it expires.",
    )
    option_challenge_hours = fields.Integer(
        string="Challenge Deadline (hours)",
        default=48,
        help="When a lower option challenges the higher ones, each has this "
        "many hours to answer; those that do not are released.",
    )
    option_confirm_policy = fields.Selection(
        CONFIRM_POLICIES,
        string="On Confirmation",
        default="release",
        required=True,
        help="What happens to the other options of a day when its first "
        "option is confirmed.",
    )
    option_default_rank = fields.Integer(
        string="Default Option Rank",
        default=0,
        help="Rank a new option takes when the booker gives none; 0 means the "
        "next free rank. An option never leaves a gap: asked for rank 5 on a "
        "day with two options, it takes rank 3.",
    )
    option_travel_speed = fields.Integer(
        string="Travel Speed (km/h)",
        default=70,
        help="Average speed between venues, as the crow flies, to check the "
        "time between consecutive dates.",
    )
