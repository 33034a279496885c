from odoo import api, fields, models
from odoo.exceptions import UserError

ACCESS = [("read", "Read"), ("write", "Read and Write")]
STATES = [
    ("requested", "Requested"),
    ("granted", "Granted"),
    ("refused", "Refused"),
    ("revoked", "Revoked"),
    ("expired", "Expired"),
]


class ClusterAccessRequest(models.Model):
    """A company knocking at another member's door: it asks to see one of
    its confidential records; the owner's member administrator grants (for
    reading, or reading and writing, optionally until a date) or refuses,
    and may revoke later. Each step goes to the owner's trail."""

    _name = "cluster.access.request"
    _description = "Access Request"
    _order = "create_date desc, id desc"
    _rec_name = "record_name"

    company_id = fields.Many2one(
        "res.company",
        string="Requesting Company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="The company asking, and the one the access is granted to.",
    )
    owner_company_id = fields.Many2one(
        "res.company",
        string="Owner",
        required=True,
        index=True,
        help="The company the record belongs to; its member administrators decide.",
    )
    res_model = fields.Selection(
        selection="_selection_models",
        string="Kind of Record",
        required=True,
    )
    record_name = fields.Char(
        string="Record",
        required=True,
        help="The record's exact name, as the owner gave it to you.",
    )
    res_id = fields.Many2oneReference(
        model_field="res_model", string="Record ID", readonly=True, index=True
    )
    access = fields.Selection(ACCESS, required=True, default="read")
    date_end = fields.Date(
        string="Until",
        help="Leave empty for an access without end; it can be revoked.",
    )
    reason = fields.Text(help="Why your company needs this record.")
    state = fields.Selection(STATES, default="requested", required=True, index=True)
    requested_by_id = fields.Many2one(
        "res.users", default=lambda self: self.env.user, readonly=True
    )
    decided_by_id = fields.Many2one("res.users", readonly=True)
    decision_date = fields.Datetime(readonly=True)
    can_decide = fields.Boolean(compute="_compute_can_decide")

    @api.model
    def _selection_models(self):
        """The models that inherit cluster.access.mixin."""
        return [
            (name, self.env[name]._description)
            for name in self.env["cluster.access.mixin"]._inherit_children
            if not self.env[name]._abstract
        ]

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_can_decide(self):
        administered = self._administered_companies()
        for request in self:
            request.can_decide = request.owner_company_id.id in administered

    def _administered_companies(self):
        user = self.env.user
        return user._companies_with_group(
            ["cluster_role.group_member_admin"], self.env.companies.ids
        )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals["res_id"] = self._find_record(vals).id
            vals["state"] = "requested"
        requests = super().create(vals_list)
        requests._log("requested")
        return requests

    @api.model
    def _find_record(self, vals):
        """The one record of the owner with that exact name. Only the exact
        name finds it: a request reveals nothing the requester did not
        already know."""
        model = self.env[vals["res_model"]].sudo()
        owner = self.env["res.company"].browse(vals["owner_company_id"])
        asking = vals.setdefault("company_id", self.env.company.id)
        if not self.env.su and asking not in self.env.user.company_ids.ids:
            raise UserError(
                self.env._("You can only ask in the name of your companies.")
            )
        if owner.id == asking:
            raise UserError(self.env._("This record is already your company's."))
        found = model.search(
            [
                ("company_id", "=", owner.id),
                (model._rec_name, "=", vals["record_name"]),
            ],
            limit=2,
        )
        if len(found) != 1:
            raise UserError(
                self.env._(
                    "%(owner)s has no single record named “%(name)s”: ask them "
                    "for its exact name.",
                    owner=owner.name,
                    name=vals["record_name"],
                )
            )
        return found

    def action_grant(self):
        self._decide("granted", "requested")

    def action_refuse(self):
        self._decide("refused", "requested")

    def action_revoke(self):
        self._decide("revoked", "granted")

    def _decide(self, state, from_state):
        administered = self._administered_companies()
        for request in self:
            if request.owner_company_id.id not in administered:
                raise UserError(
                    self.env._(
                        "Only a member administrator of %s decides on its records.",
                        request.owner_company_id.name,
                    )
                )
            if request.state != from_state:
                raise UserError(
                    self.env._("This request is no longer waiting for that.")
                )
        # sudo: the owner decides on a request that is the requester's record
        self.sudo().write(
            {
                "state": state,
                "decided_by_id": self.env.user.id,
                "decision_date": fields.Datetime.now(),
            }
        )
        self._log(state)

    def _log(self, event):
        self.env["cluster.access.event"].sudo().create(
            [
                {
                    "request_id": request.id,
                    "company_id": request.owner_company_id.id,
                    "event": event,
                    "user_id": (
                        request.requested_by_id.id
                        if event == "requested"
                        else self.env.user.id
                    ),
                }
                for request in self
            ]
        )
        # granted_ids() is part of cached rule domains
        self.env.registry.clear_cache()

    @api.model
    def _cron_expire(self):
        """End the grants whose date has passed."""
        expired = self.sudo().search(
            [
                ("state", "=", "granted"),
                ("date_end", "<", fields.Date.context_today(self)),
            ]
        )
        expired.write({"state": "expired"})
        expired._log("expired")
        return expired
