# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class DirectoryDiscipline(models.Model):
    """A discipline or aesthetic a structure programmes or a person follows:
    contemporary dance, world music, street arts..."""

    _name = "directory.discipline"
    _description = "Discipline or Aesthetic"
    _parent_store = True
    _order = "complete_name"
    _rec_name = "complete_name"

    name = fields.Char(required=True, translate=True)
    parent_id = fields.Many2one(
        "directory.discipline",
        string="Parent Discipline",
        index=True,
        ondelete="restrict",
        help="Broader discipline, e.g. Dance for Contemporary dance.",
    )
    parent_path = fields.Char(index=True)
    complete_name = fields.Char(
        compute="_compute_complete_name", store=True, recursive=True
    )
    color = fields.Integer()
    active = fields.Boolean(default=True)

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for discipline in self:
            discipline.complete_name = (
                f"{discipline.parent_id.complete_name} / {discipline.name}"
                if discipline.parent_id
                else discipline.name
            )

    @api.depends("name", "parent_id")
    @api.depends_context("lang")
    def _compute_display_name(self):
        """The path in the reader's language: the stored ``complete_name``
        (for ordering and search) holds the names of the install's language."""
        for discipline in self:
            discipline.display_name = (
                f"{discipline.parent_id.display_name} / {discipline.name}"
                if discipline.parent_id
                else discipline.name
            )
