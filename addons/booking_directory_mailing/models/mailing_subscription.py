# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models
from odoo.exceptions import ValidationError

from ..lib.fence import one_circle


class MailingSubscription(models.Model):
    _inherit = "mailing.subscription"

    @api.constrains("list_id", "contact_id")
    def _check_list_cluster(self):
        """A contact joins lists of her own circle, and lists the writer
        reads: an id typed over RPC must not name another cluster's list."""
        Lists = self.env["mailing.list"]
        for subscription in self:
            # sudo: both sides' companies, read to compare clusters only
            sudo_subscription = subscription.sudo()
            companies = (
                sudo_subscription.list_id.company_ids
                | sudo_subscription.contact_id.company_ids
            )
            readable = self.env.su or Lists.search_count(
                [("id", "=", subscription.list_id.id)]
            )
            if not readable or not one_circle(companies):
                raise ValidationError(
                    self.env._(
                        "A contact subscribes only to mailing lists of her "
                        "companies' cluster."
                    )
                )
