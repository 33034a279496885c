from odoo import api, fields, models

INTEREST_LEVELS = [
    ("0", "Unknown"),
    ("1", "Low"),
    ("2", "Medium"),
    ("3", "High"),
]


class DirectoryNote(models.Model):
    """A company's private note on a shared directory contact.

    The contact is shared by the whole cluster; the note is not. It lives in
    its own company-owned model so that nothing of it is stored on, or flows
    through, the shared partner (its chatter, followers or computed fields).
    """

    _name = "directory.note"
    # Another company of the cluster may ask to read a note (cluster_access_request)
    _inherit = ["cluster.access.mixin"]
    _cluster_confidential = True
    _description = "Private Directory Note"
    _order = "write_date desc, id desc"
    _check_company_auto = True
    _rec_name = "partner_id"

    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="Company that owns this note. Only its users see it.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Contact",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    user_id = fields.Many2one(
        "res.users", string="Author", default=lambda self: self.env.user
    )
    note = fields.Html(help="What your company knows about this contact.")
    interest_level = fields.Selection(
        INTEREST_LEVELS,
        default="0",
        help="How interested this contact is in your company's shows.",
    )
    pitch = fields.Text(
        string="What We Pitched",
        help="Shows and projects your company has proposed to this contact.",
    )

    @api.depends("partner_id", "company_id")
    def _compute_display_name(self):
        for note in self:
            note.display_name = self.env._(
                "%(company)s note on %(contact)s",
                company=note.company_id.name,
                contact=note.partner_id.name,
            )
