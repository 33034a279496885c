# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class BookingProductionRider(models.Model):
    """A version of the production's technical rider ("fiche technique").
    Versions number themselves 1, 2, 3...; the highest is the current one,
    which contracts annex. The file is an attachment of the rider itself,
    so only those who read the rider, in its company, read the file."""

    _name = "booking.production.rider"
    _inherit = ["mail.thread", "cluster.owned.mixin"]
    _description = "Technical Rider"
    _cluster_confidential = True
    _cluster_owner_fields = ("company_id", "production_id")
    _check_company_auto = True
    _order = "production_id, version desc, id desc"
    _rec_name = "version"

    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    production_id = fields.Many2one(
        "booking.production",
        required=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(
        related="production_id.company_id",
        # As the user, not as superuser (Odoo's default for related fields):
        # an onchange given another company's record by id would name it
        compute_sudo=False,
        store=True,
        required=True,
        index=True,
        precompute=True,
    )
    version = fields.Integer(
        readonly=True,
        copy=False,
        help="Numbered automatically: the next version of this production's rider.",
    )
    date = fields.Date(default=fields.Date.context_today, required=True)
    attachment_id = fields.Many2one(
        "ir.attachment",
        string="Rider File",
        readonly=True,
        copy=False,
        ondelete="restrict",
    )
    file = fields.Binary(
        compute="_compute_file",
        inverse="_inverse_file",
        attachment=False,
        help="The rider's document (PDF). Replacing it keeps the version: "
        "add a new version to keep the old one.",
    )
    file_name = fields.Char(compute="_compute_file", inverse="_inverse_file")
    note = fields.Text(help="What changed in this version.")
    is_current = fields.Boolean(
        compute="_compute_is_current",
        help="The latest version: the one contracts annex.",
    )

    _sql_constraints = [
        (
            "version_unique",
            "UNIQUE(production_id, version)",
            "This version of the rider already exists.",
        ),
    ]

    @api.depends("production_id", "version")
    def _compute_display_name(self):
        for rider in self:
            rider.display_name = self.env._(
                "%(production)s, rider v%(version)s",
                production=rider.production_id.name,
                version=rider.version,
            )

    @api.depends("attachment_id")
    def _compute_file(self):
        for rider in self:
            rider.file = rider.attachment_id.datas
            rider.file_name = rider.attachment_id.name

    def _inverse_file(self):
        for rider in self:
            if not rider.file:
                continue
            values = {
                "name": rider.file_name or f"rider-v{rider.version}.pdf",
                "datas": rider.file,
            }
            if rider.attachment_id:
                rider.attachment_id.write(values)
            else:
                rider.attachment_id = self.env["ir.attachment"].create(
                    {
                        **values,
                        "res_model": self._name,
                        "res_id": rider.id,
                        "company_id": rider.company_id.id,
                    }
                )

    @api.depends("production_id.rider_ids.version")
    def _compute_is_current(self):
        for rider in self:
            rider.is_current = rider == rider.production_id.current_rider_id

    @api.constrains("attachment_id")
    def _check_attachment_is_own(self):
        """The file is the rider's own attachment: pointing at another
        record's would read its name back."""
        for rider in self:
            attachment = rider.attachment_id
            if attachment and (
                attachment.res_model != self._name or attachment.res_id != rider.id
            ):
                raise ValidationError(
                    self.env._("A rider's file must be attached to the rider itself.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        vals_list = [dict(vals) for vals in vals_list]
        next_versions = self._next_versions(
            {vals.get("production_id") for vals in vals_list if not vals.get("version")}
        )
        for vals in vals_list:
            if not vals.get("version") and vals.get("production_id"):
                production_id = vals["production_id"]
                vals["version"] = next_versions[production_id]
                next_versions[production_id] += 1
        return super().create(vals_list)

    @api.model
    def _next_versions(self, production_ids):
        """The next version number of each production's rider, read in one
        query among the riders the user may read: the production's, in its
        company, so all of them."""
        production_ids = [pid for pid in production_ids if pid]
        groups = self._read_group(
            [("production_id", "in", production_ids)],
            ["production_id"],
            ["version:max"],
        )
        latest = {production.id: version for production, version in groups}
        return {pid: latest.get(pid, 0) + 1 for pid in production_ids}
