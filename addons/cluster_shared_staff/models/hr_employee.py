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
        agreements = self.env["cluster.staff.agreement"].search(
            [("user_id", "in", self.user_id.ids)]
        )
        for employee in self:
            employee.staff_agreement_ids = agreements.filtered(
                lambda a, e=employee: a.user_id == e.user_id and e.user_id
            )
