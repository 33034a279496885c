# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class BookingDeal(models.Model):
    """The organiser's page of a deal, opened from a link with the deal's
    secret token (as a quotation's): its pré-contrat and its contract."""

    _name = "booking.deal"
    _inherit = ["booking.deal", "portal.mixin"]

    organiser_url = fields.Char(
        string="Organiser Link",
        compute="_compute_organiser_url",
        help="Send it to the organiser: it opens this deal's pré-contrat and "
        "contract only, without an account.",
    )

    def _compute_access_url(self):
        for deal in self:
            deal.access_url = f"/booking/deal/{deal.id}"

    @api.depends("access_token")
    def _compute_organiser_url(self):
        for deal in self:
            deal.organiser_url = deal.access_token and (
                deal.get_base_url() + deal.get_portal_url()
            )

    def action_organiser_link(self):
        """Make the link's secret token (once)."""
        self._portal_ensure_token()
        return True

    def action_revoke_organiser_link(self):
        """A new token: the link sent before opens nothing any more."""
        self.write({"access_token": False})
        return True

    def _precontract_alert(self):
        """The booker is told the organiser's pré-contrat is complete."""
        for deal in self:
            deal.activity_schedule(
                "mail.mail_activity_data_todo",
                user_id=deal.user_id.id or deal.create_uid.id,
                summary=self.env._("Pré-contrat complete"),
                note=self.env._(
                    "%(organiser)s completed its pré-contrat: the contract can "
                    "be generated.",
                    organiser=deal.organiser_id.name,
                ),
            )
