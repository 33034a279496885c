# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models


class UtmMixin(models.AbstractModel):
    _inherit = "utm.mixin"

    @api.model
    def _get_unique_names(self, model_name, names):
        """UTM names are unique in the database, while the sources of other
        clusters' mailings are hidden (see utm_source_rule_mailing): the
        names in use are compared as superuser, or a second mailing with the
        same subject on the same day would break the unique constraint."""
        if model_name != "utm.source":
            return super()._get_unique_names(model_name, names)
        # sudo: the names in use, compared to number the new one; only the
        # new name is returned
        return super(UtmMixin, self.sudo())._get_unique_names(model_name, names)
