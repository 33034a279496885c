# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models
from odoo.exceptions import ValidationError


class MergePartnerAutomatic(models.TransientModel):
    _inherit = "base.partner.merge.automatic.wizard"

    @api.constrains("dst_partner_id", "partner_ids")
    def _check_readable_contacts(self):
        """The destination contact is read back with its name, computed as
        superuser: it and the contacts to merge must be contacts the user
        may open (directory users reach this wizard through the contacts
        list)."""
        if self.env.su:
            return
        # sudo: the ids only, to check them with the user's own access
        contacts = self.sudo().dst_partner_id | self.sudo().partner_ids
        if contacts.with_env(self.env)._filtered_access("read") != contacts:
            raise ValidationError(
                self.env._("You can only merge contacts you can open.")
            )

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
