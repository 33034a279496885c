# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.safe_eval import safe_eval

from ..models.booking_prospection_line import PROSPECT_DOMAIN


class BookingProspectionAdd(models.TransientModel):
    """*Add to Portfolio* from the directory list: the ticked entries, or
    the filtered list when none is ticked, added to the portfolio of a tour
    period; those already in it are left as they are."""

    _name = "booking.prospection.add"
    _description = "Add Directory Entries to a Portfolio"

    domain = fields.Char(string="Selection", default="[]", readonly=True)
    production_id = fields.Many2one("booking.production", required=True)
    tour_period_id = fields.Many2one(
        "booking.tour.period",
        required=True,
        domain="[('production_id', '=', production_id)]",
    )
    prospect_count = fields.Integer(
        compute="_compute_counts",
        string="Prospects",
        help="Structures and programmers of the selection, in your directory.",
    )
    new_count = fields.Integer(
        compute="_compute_counts",
        string="New to the Portfolio",
        help="Prospects of the selection not yet in this tour period's portfolio.",
    )

    @api.depends("domain", "tour_period_id")
    def _compute_counts(self):
        for wizard in self:
            prospects = wizard._prospects()
            wizard.prospect_count = len(prospects)
            wizard.new_count = len(prospects - wizard._in_portfolio(prospects))

    @api.constrains("production_id", "tour_period_id")
    def _check_readable(self):
        """The production and the period are ones the user reads: the
        wizard has no company for Odoo's check to compare them with, and the
        web client reads a many2one's name back as superuser, which would
        name another company's production."""
        for wizard in self:
            for record in (wizard.production_id, wizard.tour_period_id):
                if record - record._filtered_access("read"):
                    raise ValidationError(
                        self.env._(
                            "Choose one of your productions and one of its "
                            "tour periods."
                        )
                    )

    @api.onchange("production_id")
    def _onchange_production_id(self):
        if self.tour_period_id.production_id != self.production_id:
            self.tour_period_id = self.production_id.tour_ids.period_ids[:1]

    @api.model
    def action_open_from_directory(self):
        """From the directory list: the ticked rows, or the filtered list
        when none is ticked."""
        context = self.env.context
        ids = context.get("active_ids")
        domain = [("id", "in", sorted(ids))] if ids else context.get("active_domain")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Add to Portfolio"),
            "res_model": self._name,
            "view_mode": "form",
            "target": "new",
            "context": {"default_domain": repr(list(domain or []))},
        }

    def _prospects(self):
        """The entries of the selection that may be prospected, as the user
        reads them, in the directory of the production's company (of the
        current company before one is chosen)."""
        self.ensure_one()
        cluster = (self.production_id.company_id or self.env.company).cluster_id
        if not cluster:
            return self.env["res.partner"]
        return self.env["res.partner"].search(
            [
                *safe_eval(self.domain or "[]"),
                *PROSPECT_DOMAIN,
                ("directory_cluster_id", "=", cluster.id),
            ]
        )

    def _in_portfolio(self, partners):
        if not self.tour_period_id:
            return self.env["res.partner"]
        return (
            self.env["booking.prospection.line"]
            .search(
                [
                    ("tour_period_id", "=", self.tour_period_id.id),
                    ("partner_id", "in", partners.ids),
                ]
            )
            .partner_id
        )

    def action_add(self):
        """The missing lines, created for the production's company; then a
        notification saying how many, and the portfolio."""
        self.ensure_one()
        prospects = self._prospects()
        new = prospects - self._in_portfolio(prospects)
        lines = self.env["booking.prospection.line"].create(
            [
                {
                    "company_id": self.production_id.company_id.id,
                    "production_id": self.production_id.id,
                    "tour_period_id": self.tour_period_id.id,
                    "partner_id": partner.id,
                }
                for partner in new
            ]
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "booking_prospection.booking_prospection_line_action"
        )
        action["domain"] = [("tour_period_id", "=", self.tour_period_id.id)]
        action["context"] = {}
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success" if lines else "warning",
                "message": self.env._(
                    "%(added)s added to the portfolio of %(period)s, %(kept)s "
                    "already in it.",
                    added=len(lines),
                    period=self.tour_period_id.display_name,
                    kept=len(prospects) - len(lines),
                ),
                "next": action,
            },
        }
