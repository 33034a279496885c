# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # Not stored, so never computed as superuser: each user counts and reads
    # only what the record rules of their current companies let through.
    directory_note_ids = fields.One2many(
        "directory.note", "partner_id", string="Private Notes"
    )
    directory_interaction_ids = fields.One2many(
        "directory.interaction", "partner_id", string="Interactions"
    )
    directory_interaction_count = fields.Integer(
        compute="_compute_directory_interaction_count", string="Interaction Count"
    )

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_directory_interaction_count(self):
        # The contact's form is opened by users without the notes (e.g. an
        # accountant): they count none
        if not self.env["directory.interaction"].has_access("read"):
            self.directory_interaction_count = 0
            return
        counts = dict(
            self.env["directory.interaction"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.directory_interaction_count = counts.get(partner, 0)

    def action_view_directory_interactions(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "booking_directory_notes.directory_interaction_action"
        )
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

    def action_log_directory_call(self):
        """Log a call with this contact, for the current company, in one
        click from its form."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Log a Call"),
            "res_model": "directory.interaction",
            "view_mode": "form",
            "views": [
                (
                    self.env.ref(
                        "booking_directory_notes.directory_interaction_view_form_quick"
                    ).id,
                    "form",
                )
            ],
            "target": "new",
            "context": {
                "default_partner_id": self.id,
                "default_interaction_type": "call",
                "default_company_id": self.env.company.id,
            },
        }
