# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class MailingTraceReport(models.Model):
    _inherit = "mailing.trace.report"

    # One line per mailing, so that the record rules can tell whose it is
    mass_mailing_id = fields.Many2one("mailing.mailing", readonly=True)

    def _report_get_request_select_items(self):
        return [*super()._report_get_request_select_items(), "trace.mass_mailing_id"]

    def _report_get_request_group_by_items(self):
        return [*super()._report_get_request_group_by_items(), "trace.mass_mailing_id"]
