# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

# What the comparison shows, in this order: the details a booker checks to
# tell two venues or two people apart.
COMPARED_FIELDS = (
    "name",
    "directory_type",
    "street",
    "zip",
    "city",
    "country_id",
    "email",
    "phone",
    "website",
    "vat",
    "company_registry",
    "seat_count",
    "parent_id",
    "create_date",
)
KEPT_AS_IS = ("parent_id", "create_date")


class DirectoryDuplicateMerge(models.TransientModel):
    """Merge of two entries of one directory found alike, in the directory's
    terms: the two entries side by side, which one is kept, and what the
    kept one will hold.

    The merge itself is Odoo's contact merge: details the kept entry lacks
    are taken from the other, every record pointing at the other entry
    (each company's private notes, interactions, options, invoices...) is
    moved to the kept one, the merge is logged in its chatter, and the other
    entry is deleted."""

    _name = "directory.duplicate.merge"
    _description = "Merge Two Directory Entries"

    duplicate_id = fields.Many2one(
        "directory.duplicate",
        string="Pair",
        required=True,
        readonly=True,
        ondelete="cascade",
    )
    partner_id = fields.Many2one(related="duplicate_id.partner_id")
    duplicate_of_id = fields.Many2one(related="duplicate_id.duplicate_of_id")
    reason = fields.Selection(related="duplicate_id.reason")
    keep_id = fields.Many2one(
        "res.partner",
        string="Entry to Keep",
        required=True,
        domain="[('id', 'in', [partner_id, duplicate_of_id])]",
        help="The entry that stays in the directory; the other one is merged "
        "into it and deleted.",
    )
    comparison = fields.Html(
        compute="_compute_comparison",
        sanitize=False,
        help="Both entries side by side, and what the kept entry will hold.",
    )

    @api.constrains("duplicate_id", "keep_id")
    def _check_keep_one_of_the_pair(self):
        """The kept entry is one of a pair the user may read; both are shown
        by name."""
        for wizard in self:
            if not wizard.duplicate_id._filtered_access("read"):
                raise ValidationError(
                    self.env._("This pair of entries is not in your directory.")
                )
            # sudo: compare ids only, nothing is read
            pair = wizard.sudo().duplicate_id
            if wizard.keep_id not in pair.partner_id | pair.duplicate_of_id:
                raise ValidationError(
                    self.env._("The entry to keep must be one of the two entries.")
                )

    @api.depends("keep_id", "duplicate_id")
    def _compute_comparison(self):
        for wizard in self:
            kept = wizard.keep_id
            other = (wizard.partner_id | wizard.duplicate_of_id) - kept
            wizard.comparison = (
                wizard._comparison_table(kept, other) if kept and other else False
            )

    def _comparison_table(self, kept, other):
        """An HTML table: each compared detail of the kept entry, of the
        other, and what the kept entry holds after the merge (its own value,
        or the other's when it has none)."""
        head = Markup("<tr><th></th><th>%s</th><th>%s</th><th>%s</th></tr>") % (
            self.env._("Kept"),
            self.env._("Merged into it"),
            self.env._("After the merge"),
        )
        rows = []
        for fname in COMPARED_FIELDS:
            field = kept._fields[fname]
            mine = self._display_value(kept, fname)
            theirs = self._display_value(other, fname)
            if not mine and not theirs:
                continue
            # Odoo's merge fills the kept entry's empty details from the
            # other, except its structure and creation date
            result = mine if fname in KEPT_AS_IS else mine or theirs
            rows.append(
                Markup(
                    '<tr><th class="text-nowrap">%s</th><td>%s</td><td>%s</td>'
                    '<td class="%s">%s</td></tr>'
                )
                % (
                    field._description_string(self.env),
                    mine,
                    theirs,
                    "fw-bold" if mine != theirs else "",
                    result,
                )
            )
        return (
            Markup('<table class="table table-sm o_directory_merge_comparison">')
            + head
            + Markup("").join(rows)
            + Markup("</table>")
        )

    def _display_value(self, partner, fname):
        """The value as the user reads it on the form: selection labels,
        record names, dates in her format."""
        field = partner._fields[fname]
        value = partner[fname]
        if not value:
            return ""
        if field.type == "selection":
            return escape(dict(field._description_selection(self.env))[value])
        if field.type == "many2one":
            return escape(value.display_name)
        if field.type == "datetime":
            return escape(format_date(self.env, value))
        return escape(str(value))

    def action_merge(self):
        """Merge the other entry into the kept one, then open the kept one."""
        self.ensure_one()
        kept = self.keep_id
        partners = self.partner_id | self.duplicate_of_id
        # Both entries are written: the user must be allowed to, as on
        # their forms
        partners.check_access("write")
        if len(partners) != 2:
            raise UserError(self.env._("These two entries were already merged."))
        # sudo: the two entries of a pair of the user's directory, which she
        # may write (checked above); deleting the merged entry is the merge
        # itself, not the deletion reserved to directory administrators
        self.env["base.partner.merge.automatic.wizard"].sudo()._merge(
            partners.ids, kept.sudo(), extra_checks=False
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "res.partner",
            "res_id": kept.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }
