# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models


class ConsolidationXlsx(models.AbstractModel):
    """The statements, and every line behind them, as a workbook (OCA
    report_xlsx)."""

    _name = "report.cluster_consolidation.consolidation_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Consolidated Statements XLSX"

    def generate_xlsx_report(self, workbook, data, runs):
        bold = workbook.add_format({"bold": True})
        for run in runs:
            money = workbook.add_format({"num_format": "#,##0.00"})
            sheet = workbook.add_worksheet(run.env._("Statements")[:31])
            sheet.set_column(0, 0, 44)
            sheet.set_column(1, 2, 16)
            sheet.write(0, 0, run.name, bold)
            sheet.write(2, 0, run.env._("Account"), bold)
            sheet.write(2, 1, run.env._("This Period"), bold)
            if run.previous_run_id:
                sheet.write(2, 2, run.env._("Previous Period"), bold)
            # the header stays in view; totals are formulas an auditor can
            # follow, with their value cached for readers that do not compute
            sheet.freeze_panes(3, 1)
            row = 3
            for _section, label, rows, total, previous in run._statements():
                sheet.write(row, 0, label, bold)
                row += 1
                first = row
                for account, amount, before in rows:
                    sheet.write(row, 0, f"{account.code} {account.name}")
                    sheet.write_number(row, 1, amount, money)
                    if run.previous_run_id:
                        sheet.write_number(row, 2, before, money)
                    row += 1
                sheet.write(row, 0, run.env._("Total"), bold)
                columns = [(1, "B", total)]
                if run.previous_run_id:
                    columns.append((2, "C", previous))
                for col, letter, value in columns:
                    formula = (
                        f"=SUM({letter}{first + 1}:{letter}{row})" if rows else "=0"
                    )
                    sheet.write_formula(row, col, formula, money, value)
                row += 2
            detail = workbook.add_worksheet(run.env._("Lines")[:31])
            headers = [
                run.env._("Consolidation Account"),
                run.env._("Member"),
                run.env._("Kind"),
                run.env._("Member Account"),
                run.env._("Counterpart Member"),
                run.env._("Member Balance"),
                run.env._("Rate"),
                run.env._("Translated"),
                run.env._("Weight"),
                run.env._("Consolidated"),
            ]
            for col, header in enumerate(headers):
                detail.write(0, col, header, bold)
            kinds = dict(run.line_ids._fields["kind"]._description_selection(run.env))
            for index, line in enumerate(run.line_ids, start=1):
                detail.write(index, 0, line.account_id.display_name)
                detail.write(index, 1, line.company_id.name or "")
                detail.write(index, 2, kinds[line.kind])
                # sudo: the code of the member's account behind a line the
                # user reads, in that member's chart
                detail.write(
                    index,
                    3,
                    line.member_account_id.sudo().with_company(line.company_id).code
                    or "",
                )
                detail.write(index, 4, line.partner_company_id.name or "")
                detail.write_number(index, 5, line.balance, money)
                detail.write_number(index, 6, line.rate)
                detail.write_number(index, 7, line.translated, money)
                detail.write_number(index, 8, line.weight)
                detail.write_number(index, 9, line.amount, money)
