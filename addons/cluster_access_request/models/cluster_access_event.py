# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ClusterAccessEvent(models.Model):
    """The owner's trail of who asked for what, and what was decided."""

    _name = "cluster.access.event"
    _description = "Access Request Trail"
    _order = "date desc, id desc"
    _cluster_confidential = True

    request_id = fields.Many2one(
        "cluster.access.request", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(
        "res.company",
        string="Owner",
        required=True,
        index=True,
        help="The company whose record was asked for; only its member "
        "administrators read this trail.",
    )
    event = fields.Selection(
        [
            ("requested", "Requested"),
            ("granted", "Granted"),
            ("refused", "Refused"),
            ("revoked", "Revoked"),
            ("expired", "Expired"),
        ],
        required=True,
    )
    user_id = fields.Many2one("res.users", string="By", required=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now)
    requesting_company_id = fields.Many2one(
        related="request_id.company_id", string="Requesting Company"
    )
    res_model = fields.Selection(related="request_id.res_model")
    record_name = fields.Char(related="request_id.record_name")
    access = fields.Selection(related="request_id.access")
