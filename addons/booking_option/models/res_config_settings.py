# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    option_default_expiry_days = fields.Integer(
        related="company_id.option_default_expiry_days", readonly=False
    )
    option_reminder_days = fields.Integer(
        related="company_id.option_reminder_days", readonly=False
    )
    option_challenge_hours = fields.Integer(
        related="company_id.option_challenge_hours", readonly=False
    )
    option_confirm_policy = fields.Selection(
        related="company_id.option_confirm_policy", readonly=False
    )
    option_default_rank = fields.Integer(
        related="company_id.option_default_rank", readonly=False
    )
    option_travel_speed = fields.Integer(
        related="company_id.option_travel_speed", readonly=False
    )
