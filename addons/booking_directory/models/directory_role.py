# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class DirectoryRole(models.Model):
    """What a person does for the structures of the directory: programmer,
    technical director, administrator..."""

    _name = "directory.role"
    _description = "Directory Role"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    is_programmer = fields.Boolean(
        string="Programs Shows",
        help="People with this role decide what a structure programmes.",
    )
    active = fields.Boolean(default=True)
