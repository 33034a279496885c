# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.tools import clean_context
from odoo.tools.safe_eval import safe_eval

from ..lib.domain_text import describe_source


class DirectorySegmentCreate(models.TransientModel):
    """The dialog of *Turn into Mailing List*: what was selected, in words,
    and the name of the segment and list to make of it."""

    _name = "directory.segment.create"
    _description = "Turn a Directory Selection into a Mailing List"

    name = fields.Char(
        required=True,
        default=lambda self: self.env._(
            "Directory selection of %s", fields.Date.context_today(self)
        ),
        help="Name of the segment and of its mailing list, e.g. 'Dance "
        "programmers in Brittany'.",
    )
    domain = fields.Char(string="Conditions", default="[]", readonly=True)
    domain_description = fields.Char(
        compute="_compute_domain_description", string="Selection"
    )
    entry_count = fields.Integer(
        compute="_compute_entry_count",
        string="Entries",
        help="Entries of your directory that match and have an e-mail.",
    )

    @api.depends("domain")
    @api.depends_context("lang", "uid")
    def _compute_domain_description(self):
        for wizard in self:
            wizard.domain_description = describe_source(
                self.env["res.partner"], wizard.domain
            )

    @api.depends("domain")
    def _compute_entry_count(self):
        Partner = self.env["res.partner"]
        cluster = self.env.company.cluster_id
        for wizard in self:
            wizard.entry_count = (
                Partner.search_count(
                    [
                        *safe_eval(wizard.domain or "[]"),
                        ("directory_cluster_id", "=", cluster.id),
                        ("email", "!=", False),
                    ]
                )
                if cluster
                else 0
            )

    def action_create(self):
        """The segment, its mailing list filled, opened."""
        self.ensure_one()
        # The dialog's default_* keys are for the dialog only
        Segment = self.env["directory.segment"].with_context(
            clean_context(self.env.context)
        )
        segment = Segment.create({"name": self.name, "domain": self.domain})
        segment._refresh_mailing_list()
        return {
            "type": "ir.actions.act_window",
            "res_model": "directory.segment",
            "res_id": segment.id,
            "view_mode": "form",
        }
