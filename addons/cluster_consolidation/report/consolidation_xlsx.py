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
        formats = {
            "bold": workbook.add_format({"bold": True}),
            "money": workbook.add_format({"num_format": "#,##0.00"}),
            "bold_money": workbook.add_format({"num_format": "#,##0.00", "bold": True}),
            "percent": workbook.add_format({"num_format": "0.0%"}),
        }
        for run in runs:
            self._write_statements(workbook, run, formats)
            self._write_lines(workbook, run, formats)

    def _write_statements(self, workbook, run, formats):
        bold = formats["bold"]
        sheet = workbook.add_worksheet(run.env._("Statements")[:31])
        sheet.set_column(0, 0, 44)
        sheet.write(0, 0, run.name, bold)
        compare = bool(run.previous_run_id)
        headers = [run.env._("This Period")]
        if compare:
            headers += [run.env._("Previous Period"), run.env._("Variance"), "%"]
        sheet.set_column(1, 5, 16)
        for col, header in enumerate(headers, start=1):
            sheet.write(2, col, header, bold)
        # the header stays in view; totals and variances are formulas an
        # auditor can follow, with their value cached for readers that do not
        # compute
        sheet.freeze_panes(3, 1)
        row = 3
        statements = run._statements()
        titles = [
            ("balance_sheet", run.env._("Consolidated balance sheet")),
            ("profit_or_loss", run.env._("Consolidated statement of profit or loss")),
            ("oci", run.env._("Consolidated statement of other comprehensive income")),
        ]
        for key, title in titles:
            sheet.write(row, 0, title, bold)
            row += 1
            # the account rows written since the last heading, by worksheet
            # row: a subtotal equal to their sum is a formula over them
            accounts = {}
            for line in statements[key]:
                if line.kind == "section":
                    sheet.write(row, 0, line.label, bold)
                    accounts = {}
                else:
                    self._write_row(sheet, row, line, accounts, compare, formats)
                    if line.kind == "account":
                        accounts[row] = line.amount
                row += 1
            row += 1
        self._write_equity(sheet, row, run, statements["equity"], formats)

    def _write_row(self, sheet, row, line, accounts, compare, formats):
        plain = line.kind == "account"
        excel = row + 1  # the row as the worksheet numbers it
        sheet.write(row, 0, line.label, None if plain else formats["bold"])
        style = formats["money" if plain else "bold_money"]
        summed = (
            not plain and accounts and abs(line.amount - sum(accounts.values())) < 0.005
        )
        columns = [(1, "B", line.amount)]
        if compare:
            columns.append((2, "C", line.previous))
        for col, letter, value in columns:
            if summed:
                first, last = min(accounts) + 1, max(accounts) + 1
                formula = f"=SUM({letter}{first}:{letter}{last})"
                sheet.write_formula(row, col, formula, style, value)
            else:
                sheet.write_number(row, col, value, style)
        if compare:
            sheet.write_formula(row, 3, f"=B{excel}-C{excel}", style, line.variance)
            ratio = line.variance_percent
            sheet.write_formula(
                row,
                4,
                f'=IF(C{excel}=0,"",(B{excel}-C{excel})/ABS(C{excel}))',
                formats["percent"],
                "" if ratio is None else ratio / 100,
            )

    def _write_equity(self, sheet, row, run, lines, formats):
        title = run.env._("Consolidated statement of changes in equity")
        sheet.write(row, 0, title, formats["bold"])
        row += 1
        headers = [
            run.env._("Opening"),
            run.env._("Result"),
            run.env._("Other Comprehensive Income"),
            run.env._("Other Movements"),
            run.env._("Closing"),
        ]
        for col, header in enumerate(headers, start=1):
            sheet.write(row, col, header, formats["bold"])
        for line in lines:
            row += 1
            sheet.write(row, 0, line[0])
            for col, value in enumerate(line[1:], start=1):
                sheet.write_number(row, col, value, formats["money"])

    def _write_lines(self, workbook, run, formats):
        bold, money = formats["bold"], formats["money"]
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
                line.member_account_id.sudo().with_company(line.company_id).code or "",
            )
            detail.write(index, 4, line.partner_company_id.name or "")
            detail.write_number(index, 5, line.balance, money)
            detail.write_number(index, 6, line.rate)
            detail.write_number(index, 7, line.translated, money)
            detail.write_number(index, 8, line.weight)
            detail.write_number(index, 9, line.amount, money)
