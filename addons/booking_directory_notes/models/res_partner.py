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

    @api.depends_context("allowed_company_ids")
    def _compute_directory_interaction_count(self):
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
