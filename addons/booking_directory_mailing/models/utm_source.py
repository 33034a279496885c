# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class UtmSource(models.Model):
    _inherit = "utm.source"

    # A mailing's source is named after its subject: the record rules hide
    # it where the mailing is hidden
    mailing_ids = fields.One2many(
        "mailing.mailing", "source_id", string="Mailings", readonly=True
    )
