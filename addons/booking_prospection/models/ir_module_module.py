# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models


class IrModuleModule(models.Model):
    _inherit = "ir.module.module"

    def _load_module_terms(
        self, modules, langs, overwrite=False, imported_module=False
    ):
        """A language installed after the companies' default stages were
        made names them too, as account does for the accounts it creates per
        company."""
        result = super()._load_module_terms(
            modules,
            langs,
            overwrite=overwrite,
            imported_module=imported_module,
        )
        if "booking_prospection" in modules:
            # sudo: every company's stages, renamed only where they still
            # carry a default English name; nothing is read back
            Stage = self.env["booking.prospection.stage"].sudo()
            stages = Stage.search([])  # pylint: disable=no-search-all
            stages._translate_default_names(langs)
        return result
