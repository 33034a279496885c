# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib import matching

LEVELS = [
    (matching.CERTAIN, "Certain"),
    (matching.SUSPECT, "Suspect"),
    (matching.POSSIBLE, "Possible"),
]
REASONS = [
    ("email", "Same e-mail"),
    ("vat", "Same VAT number"),
    ("registry", "Same SIRET"),
    (matching.NAME_CITY, "Same name and city"),
    (matching.LOOK_ALIKE, "Look-alike names"),
]


class DirectoryDuplicate(models.Model):
    """Two entries of one directory that may be the same structure or person.

    Pairs are shared by the cluster like the entries themselves; merging one
    (directory.duplicate.merge) goes through Odoo's contact merge, which
    keeps every company's private notes and history on the surviving contact
    and logs the merge in its chatter.
    """

    _name = "directory.duplicate"
    _description = "Possible Duplicate in the Directory"
    _order = "level_sequence, create_date desc, id desc"
    _rec_name = "partner_id"
    _cluster_shared = (
        "A pair joins two entries of one cluster's shared directory, which "
        "every member company reads and maintains."
    )

    partner_id = fields.Many2one(
        "res.partner",
        string="Entry",
        required=True,
        index=True,
        ondelete="cascade",
        help="The newer entry.",
    )
    duplicate_of_id = fields.Many2one(
        "res.partner",
        string="May Duplicate",
        required=True,
        index=True,
        ondelete="cascade",
        help="The older entry it may duplicate.",
    )
    level = fields.Selection(
        LEVELS,
        required=True,
        help="Certain: same e-mail, VAT or SIRET. Suspect: same name and city. "
        "Possible: names that look alike.",
    )
    reason = fields.Selection(
        REASONS,
        string="Why",
        compute="_compute_reason",
        store=True,
        help="What the two entries have in common.",
    )
    level_sequence = fields.Integer(compute="_compute_level_sequence", store=True)
    state = fields.Selection(
        [("open", "To Review"), ("dismissed", "Not a Duplicate")],
        default="open",
        required=True,
        index=True,
    )
    cluster_id = fields.Many2one(
        related="partner_id.directory_cluster_id", store=True, index=True
    )
    partner_city = fields.Char(related="partner_id.city", string="Entry City")
    duplicate_city = fields.Char(related="duplicate_of_id.city", string="Other City")
    partner_email = fields.Char(related="partner_id.email", string="Entry E-mail")
    duplicate_email = fields.Char(
        related="duplicate_of_id.email", string="Other E-mail"
    )

    _sql_constraints = [
        (
            "pair_unique",
            "UNIQUE(partner_id, duplicate_of_id)",
            "This pair of entries is already listed.",
        ),
    ]

    @api.constrains("partner_id", "duplicate_of_id")
    def _check_same_directory(self):
        """Both sides in one directory, and that directory the writer's: the
        pair's e-mails and cities are read as superuser, so a side pointed
        at another cluster's entry would reveal it. Checked on the new
        values of every create and write."""
        clusters = self.env.companies.cluster_id
        # sudo: only the directory of each side is read, to compare it with
        # the writer's; the refusal names neither side
        for pair in self.sudo():
            cluster = pair.partner_id.directory_cluster_id
            if (
                not cluster
                or pair.duplicate_of_id.directory_cluster_id != cluster
                or (not self.env.su and cluster not in clusters)
            ):
                raise ValidationError(
                    self.env._(
                        "Both entries of a duplicate pair must be entries of "
                        "your directory."
                    )
                )

    @api.depends(
        *(
            f"{side}.{fname}"
            for side in ("partner_id", "duplicate_of_id")
            for fname in ("name", "email", "vat", "company_registry", "city")
        )
    )
    def _compute_reason(self):
        for pair in self:
            found = (
                pair.partner_id
                and pair.duplicate_of_id
                and matching.match(
                    pair.partner_id._matching_entry(),
                    pair.duplicate_of_id._matching_entry(),
                )
            )
            pair.reason = found[1] if found else False

    @api.depends("level")
    def _compute_level_sequence(self):
        order = {level: position for position, level in enumerate(matching.LEVELS)}
        for pair in self:
            pair.level_sequence = order.get(pair.level, len(order))

    def action_merge(self):
        """Open the merge of the pair's two entries, keeping the older one
        unless the user chooses otherwise."""
        self.ensure_one()
        wizard = self.env["directory.duplicate.merge"].create(
            {"duplicate_id": self.id, "keep_id": self.duplicate_of_id.id}
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Merge Two Entries"),
            "res_model": wizard._name,
            "res_id": wizard.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_dismiss(self):
        self.write({"state": "dismissed"})

    def action_reopen(self):
        self.write({"state": "open"})

    @api.model
    def _scan_directory(self, clusters=None):
        """Look for duplicates among existing entries, e.g. after installing
        this module or a bulk load. Known pairs are kept as they are."""
        domain = [("directory_cluster_id", "!=", False)]
        if clusters:
            domain.append(("directory_cluster_id", "in", clusters.ids))
        partners = self.env["res.partner"].search(domain, order="id")
        return partners._detect_directory_duplicates()
