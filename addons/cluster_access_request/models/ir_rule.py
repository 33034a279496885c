# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add ``granted_ids(model, mode)``: the records of ``model`` that
        the active companies were granted, for reading (``"read"``) or
        writing (``"write"``); none under the context key
        ``cluster_access_without_grants``, to tell what a user holds as
        owner from what she holds through a grant. Rule domains are cached;
        requests clear the cache when a grant starts or ends."""
        context = super()._eval_context()
        active = context["company_ids"]
        without_grants = self.env.context.get("cluster_access_without_grants")
        # sudo: the grants of the active companies only, to build a rule
        requests = self.env["cluster.access.request"].sudo()

        def granted_ids(model, mode="read"):
            if without_grants:
                return []
            modes = ["write"] if mode == "write" else ["read", "write"]
            return requests.search(
                [
                    ("res_model", "=", model),
                    ("company_id", "in", active),
                    ("state", "=", "granted"),
                    ("access", "in", modes),
                    "|",
                    ("date_end", "=", False),
                    ("date_end", ">=", fields.Date.context_today(requests)),
                ]
            ).mapped("res_id")

        context["granted_ids"] = granted_ids
        return context

    def _compute_domain_keys(self):
        """Rules built without grants are cached apart."""
        return [*super()._compute_domain_keys(), "cluster_access_without_grants"]
