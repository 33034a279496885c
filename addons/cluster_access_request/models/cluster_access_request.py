# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

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
    and may revoke later. Each step goes to the owner's trail.

    Asking reveals nothing: the request only names a member of the
    requester's own cluster, and the owner's records are looked up by the
    owner's member administrator, never for the requester, so "no such
    record" and "a record you may not read" give the same answer."""

    _name = "cluster.access.request"
    _description = "Access Request"
    _cluster_shared = (
        "A request is read by the company asking and by the owner it asks, "
        "who decides on it; the owner's records stay out of it until granted."
    )
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
        domain="[('id', 'in', allowed_owner_company_ids)]",
        help="The company the record belongs to; its member administrators decide.",
    )
    allowed_owner_company_ids = fields.Many2many(
        "res.company",
        compute="_compute_allowed_owner_company_ids",
        help="The other current members of the requesting company's cluster.",
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
    # Set when the owner grants: before, nothing of the owner's records
    # is looked up for the requester
    res_id = fields.Many2oneReference(
        model_field="res_model", string="Record ID", readonly=True, index=True
    )
    match_state = fields.Selection(
        [
            ("found", "Found"),
            ("none", "No record of yours has this name"),
            ("several", "Several records of yours have this name"),
        ],
        string="Your Record",
        compute="_compute_match_state",
        help="Shown to the owner's member administrators only: whether one of "
        "their records has the name asked for.",
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

    @api.depends("company_id")
    def _compute_allowed_owner_company_ids(self):
        for request in self:
            request.allowed_owner_company_ids = (
                request.company_id._get_cluster_companies() - request.company_id
            )

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

    @api.depends("res_model", "record_name", "owner_company_id", "res_id")
    @api.depends_context("uid", "allowed_company_ids")
    def _compute_match_state(self):
        administered = self._administered_companies()
        for request in self:
            if request.owner_company_id.id not in administered:
                request.match_state = False
            elif request.res_id:
                request.match_state = "found"
            elif request.res_model and request.record_name:
                request.match_state = {0: "none", 1: "found"}.get(
                    len(request._find_records()), "several"
                )
            else:
                request.match_state = False

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_asking(vals)
            vals.update(state="requested", res_id=False)
        requests = super().create(vals_list)
        requests._log("requested")
        return requests

    @api.model
    def _check_asking(self, vals):
        """A request is made in the name of one of the user's companies, to
        another current member of that company's cluster. Nothing of the
        owner's records is looked at here."""
        asking = self.env["res.company"].browse(
            vals.setdefault("company_id", self.env.company.id)
        )
        if not self.env.su and asking not in self.env.user.company_ids:
            raise UserError(
                self.env._("You can only ask in the name of your companies.")
            )
        if vals.get("owner_company_id") == asking.id:
            raise UserError(self.env._("This record is already your company's."))
        members = asking._get_cluster_companies() - asking
        if vals.get("owner_company_id") not in members.ids:
            raise UserError(
                self.env._(
                    "You can only ask another current member of your company's cluster."
                )
            )

    def _find_records(self):
        """The owner's records with the exact name asked for, for its member
        administrator (callers check that the user is one)."""
        self.ensure_one()
        # sudo: the owner's own records only (company fence below), looked
        # up for the owner's member administrator, who may not read them all
        model = self.env[self.res_model].sudo()
        return model.search(
            [
                ("company_id", "=", self.owner_company_id.id),
                (model._rec_name, "=", self.record_name),
            ],
            limit=2,
        )

    def action_grant(self):
        """Grant the record the request names: the owner's one record with
        that exact name, in a company still of the requester's cluster."""
        self._check_can_decide("requested")
        for request in self:
            if (
                request.owner_company_id
                not in request.company_id._get_cluster_companies()
            ):
                raise UserError(
                    self.env._(
                        "The requesting company is no longer a member of your "
                        "cluster: refuse the request."
                    )
                )
            found = request._find_records()
            if len(found) != 1:
                raise UserError(
                    self.env._(
                        "None or several of your records are named “%(name)s”: "
                        "refuse the request, or ask for the exact name.",
                        name=request.record_name,
                    )
                )
            # sudo: the owner's member administrator fixes what is granted
            request.sudo().res_id = found.id
        self._decide("granted", "requested")

    def action_refuse(self):
        self._decide("refused", "requested")

    def action_revoke(self):
        self._decide("revoked", "granted")

    def _decide(self, state, from_state):
        self._check_can_decide(from_state)
        # sudo: the owner decides on a request that is the requester's record
        self.sudo().write(
            {
                "state": state,
                "decided_by_id": self.env.user.id,
                "decision_date": fields.Datetime.now(),
            }
        )
        self._log(state)

    def _check_can_decide(self, from_state):
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

    def _log(self, event):
        # sudo: one trail line per request, in its owner's company; the
        # requester writes the first, no one else writes the trail
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
        """End the grants whose date has passed, and those whose two
        companies no longer share a cluster."""
        # sudo: the job ends grants of every cluster; each request is
        # checked against its own two companies
        granted = self.sudo().search([("state", "=", "granted")])
        today = fields.Date.context_today(self)
        expired = granted.filtered(
            lambda request: (
                (request.date_end and request.date_end < today)
                or request.owner_company_id
                not in request.company_id._get_cluster_companies()
            )
        )
        expired.write({"state": "expired"})
        expired._log("expired")
        return expired
