# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import functools

from odoo import api, models
from odoo.exceptions import AccessError
from odoo.osv import expression


class MailFollowers(models.Model):
    _inherit = "mail.followers"

    @api.model
    def _confidential_models(self):
        """The suite's confidential models with followers (chatter)."""
        return [
            name
            for name, model in self.env.registry.items()
            if getattr(model, "_cluster_confidential", False)
            and not model._abstract
            and "message_follower_ids" in model._fields
        ]

    @api.model
    def _confidential_fence(self):
        """Followers of a confidential record are read by those who read the
        record: Odoo has no rule on followers, which told anyone who follows
        which private interaction, and that it exists."""
        names = self._confidential_models()
        fence = [("res_model", "not in", names)]
        for name in names:
            records = self.env[name]
            if records.has_access("read"):
                readable = records._search([])
                fence = expression.OR(
                    [fence, [("res_model", "=", name), ("res_id", "in", readable)]]
                )
        return fence

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        if not self.env.su:
            domain = expression.AND([domain, self._confidential_fence()])
        return super()._search(domain, offset, limit, order)

    def _check_access(self, operation):
        result = super()._check_access(operation)
        if self.env.su or not self._ids or operation != "read":
            return result
        forbidden = result[0] if result else self.browse()
        allowed = self.browse(self._search([("id", "in", self.ids)]))
        if not self - forbidden - allowed:
            return result
        forbidden |= self - allowed
        return forbidden, functools.partial(
            AccessError,
            self.env._("You cannot read the followers of a record you cannot read."),
        )
