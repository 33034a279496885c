# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class ReportDaySheetWeek(models.AbstractModel):
    """The day sheets of a tour's week: every confirmed date of the tour in
    the week of each date printed, one sheet each."""

    _name = "report.booking_day_sheet.report_day_sheet_week"
    _inherit = "report.booking_day_sheet.report_day_sheet"
    _description = "Day Sheets of the Week"

    @api.model
    def _day_sheet_docs(self, docids):
        dates = super()._day_sheet_docs(docids)
        dates._check_day_sheet()
        return dates._day_sheet_week_dates()
