# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class ReportDaySheet(models.AbstractModel):
    """The day sheet of confirmed dates, read as the user printing it: the
    report controller and the mail composer both come here with the user's
    environment, so record rules decide what the sheet may name."""

    _name = "report.booking_day_sheet.report_day_sheet"
    _description = "Day Sheet"

    @api.model
    def _day_sheet_docs(self, docids):
        return self.env["booking.date"].browse(docids)

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self._day_sheet_docs(docids)
        docs._check_day_sheet()
        return {
            "doc_ids": docs.ids,
            "doc_model": "booking.date",
            "docs": docs,
        }
