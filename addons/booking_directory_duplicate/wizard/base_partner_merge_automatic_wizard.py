from odoo import models


class MergePartnerAutomatic(models.TransientModel):
    _inherit = "base.partner.merge.automatic.wizard"

    def _merge(self, partner_ids, dst_partner=None, extra_checks=True):
        """Drop the duplicate pairs the merge resolves: once merged, both
        sides would point to the same contact. Private notes and interactions
        follow the surviving contact through the wizard's foreign-key update."""
        partners = self.env["res.partner"].browse(partner_ids)
        # sudo: the pairs between the merged entries only, which users may
        # not delete themselves
        self.env["directory.duplicate"].sudo().search(
            [
                ("partner_id", "in", partners.ids),
                ("duplicate_of_id", "in", partners.ids),
            ]
        ).unlink()
        return super()._merge(
            partner_ids, dst_partner=dst_partner, extra_checks=extra_checks
        )
