# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

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
    _inherit = ["directory.private.mixin", "cluster.access.mixin"]
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
    sharing = fields.Char(
        compute="_compute_sharing",
        help="The companies this note is shared with (access requests), or "
        "the company that shared it with yours.",
    )
    shared_with_us = fields.Boolean(compute="_compute_sharing")

    @api.depends("company_id")
    @api.depends_context("uid", "allowed_company_ids")
    def _compute_sharing(self):
        # sudo: the grants of these notes only, which the user reads
        requests = self.env["cluster.access.request"].sudo()
        grants = requests.search(
            [
                ("res_model", "=", self._name),
                ("res_id", "in", self.ids),
                ("state", "=", "granted"),
            ]
        )
        access = dict(grants._fields["access"]._description_selection(self.env))
        active = self.env.companies
        for note in self:
            mine = grants.filtered(lambda g, n=note: g.res_id == n.id)
            ours = note.company_id in active
            note.shared_with_us = not ours and bool(mine)
            if note.shared_with_us:
                grant = mine.filtered(lambda g: g.company_id in active)[:1] or mine[:1]
                note.sharing = self.env._(
                    "Shared with your company by %(owner)s (%(access)s): only "
                    "%(owner)s may delete it or move it.",
                    owner=note.company_id.name,
                    access=access[grant.access].lower(),
                )
            elif mine:
                note.sharing = self.env._(
                    "Shared with %(companies)s",
                    companies=", ".join(
                        f"{g.company_id.name} ({access[g.access].lower()})"
                        for g in mine
                    ),
                )
            else:
                note.sharing = False

    @api.depends("partner_id", "company_id")
    def _compute_display_name(self):
        for note in self:
            note.display_name = self.env._(
                "%(company)s note on %(contact)s",
                company=note.company_id.name,
                contact=note.partner_id.name,
            )
