# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    # hr reads these two through the employee as superuser (related_sudo):
    # an HR officer of A would read the private e-mail of B's employees on
    # their users, and the read would load the whole employee file into the
    # cache. Read as the user, they follow the employee rules (see
    # security/cluster_role_hr_security.xml), as the other private_* fields.
    private_email = fields.Char(related_sudo=False)
    private_lang = fields.Selection(related_sudo=False)

    @api.depends("employee_ids")
    @api.depends_context("company", "uid")
    def _compute_company_employee(self):
        """The employee of a user in the current company, as the reader may
        see it: computed per reader and superuser mode (``uid``), so that the
        employee found as superuser for a related field never serves the
        private fields read as the user."""
        return super()._compute_company_employee()
