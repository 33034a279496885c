from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib import matching

LEVELS = [
    (matching.CERTAIN, "Certain"),
    (matching.SUSPECT, "Suspect"),
    (matching.POSSIBLE, "Possible"),
]


class DirectoryDuplicate(models.Model):
    """Two entries of one directory that may be the same structure or person.

    Pairs are shared by the cluster like the entries themselves; merging one
    goes through Odoo's contact merge, which keeps every company's private
    notes and history on the surviving contact and logs the merge in its
    chatter.
    """

    _name = "directory.duplicate"
    _description = "Possible Duplicate in the Directory"
    _order = "level_sequence, create_date desc, id desc"

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

    @api.depends("level")
    def _compute_level_sequence(self):
        order = {level: position for position, level in enumerate(matching.LEVELS)}
        for pair in self:
            pair.level_sequence = order.get(pair.level, len(order))

    def action_merge(self):
        """Open Odoo's contact merge on the pair, keeping the older entry."""
        self.ensure_one()
        wizard = self.env["base.partner.merge.automatic.wizard"].create(
            {
                "partner_ids": [
                    fields.Command.set((self.partner_id | self.duplicate_of_id).ids)
                ],
                "dst_partner_id": self.duplicate_of_id.id,
                "state": "selection",
            }
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Merge Entries"),
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
