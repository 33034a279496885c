# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class DirectoryMonth(models.Model):
    """A month of the year, so that programming periods can be filtered and
    grouped like any tag."""

    _name = "directory.month"
    _description = "Month"
    _order = "number"

    name = fields.Char(required=True, translate=True)
    number = fields.Integer(required=True)

    _sql_constraints = [
        ("number_unique", "UNIQUE(number)", "Each month exists once."),
    ]
