from odoo import api, fields, models


class IrRule(models.Model):
    _inherit = "ir.rule"

    @api.model
    def _eval_context(self):
        """Add ``granted_ids(model, mode)``: the records of ``model`` that
        the active companies were granted, for reading (``"read"``) or
        writing (``"write"``). Rule domains are cached; requests clear the
        cache when a grant starts or ends."""
        context = super()._eval_context()
        active = context["company_ids"]
        requests = self.env["cluster.access.request"].sudo()

        def granted_ids(model, mode="read"):
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
