# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import http
from odoo.http import content_disposition, request


class DirectoryImportController(http.Controller):
    @http.route(
        "/booking_directory_import/template.csv",
        type="http",
        auth="user",
        methods=["GET"],
    )
    def template(self):
        """The import template, with the column names in the user's
        language; for the users who may import."""
        Import = request.env["directory.import"]
        Import.check_access("create")
        return request.make_response(
            Import._template_csv(),
            headers=[
                ("Content-Type", "text/csv; charset=utf-8"),
                (
                    "Content-Disposition",
                    content_disposition(request.env._("directory-template.csv")),
                ),
            ],
        )
