# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    staff_agreement_ids = fields.Many2many(
        "cluster.staff.agreement",
        compute="_compute_staff_agreement_ids",
        string="Sharing Agreements",
        groups="hr.group_hr_user",
        help="Agreements under which this person works for several member companies.",
    )

    def _compute_staff_agreement_ids(self):
        """The agreements of the person the user may read: none for an HR
        officer who does not hold the shared staff reports, rather than an
        access error on the employee's form."""
        Agreement = self.env["cluster.staff.agreement"]
        agreements = (
            Agreement.search([("user_id", "in", self.user_id.ids)])
            if Agreement.has_access("read")
            else Agreement
        )
        for employee in self:
            employee.staff_agreement_ids = agreements.filtered(
                lambda a, e=employee: a.user_id == e.user_id and e.user_id
            )
