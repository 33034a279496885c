# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError

STATES = [
    ("option", "Option"),
    ("confirmed", "Confirmed"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]
# The moves a date's state may make: option → confirmed → done, cancelled
# from option or confirmed, and back to option from confirmed or cancelled
TRANSITIONS = {
    "option": {"confirmed", "cancelled"},
    "confirmed": {"done", "cancelled", "option"},
    "done": set(),
    "cancelled": {"option"},
}
# Calendar colours (Odoo's colour indexes) of each state
STATE_COLORS = {"option": 2, "confirmed": 10, "done": 4, "cancelled": 1}


class BookingDate(models.Model):
    """A performance day of a production ("date", "représentation"): a
    venue and an organiser of the cluster's directory, the day's times and
    number of shows, and its state: an option, confirmed (what a contract
    is made from), done, or cancelled with a reason."""

    _name = "booking.date"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "cluster.owned.mixin",
        "booking.partner.check.mixin",
    ]
    _description = "Date"
    _cluster_confidential = True
    _cluster_owner_fields = ("company_id", "production_id")
    _check_company_auto = True
    _order = "date, show_time, id"
    _rec_names_search = ["production_id", "venue_id"]

    # In the reader's language ("12/03/2027" in French): computed on read
    name = fields.Char(compute="_compute_name")
    # The company is this field's (related), so there is nothing to check
    # against; check_company would offer only records without a company
    # while the company is still empty, in a new form opened from the menu
    production_id = fields.Many2one(
        "booking.production",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    company_id = fields.Many2one(
        related="production_id.company_id",
        # As the user, not as superuser (Odoo's default for related fields):
        # an onchange given another company's record by id would name it
        compute_sudo=False,
        store=True,
        required=True,
        index=True,
        precompute=True,
    )
    tour_id = fields.Many2one(
        "booking.tour",
        index=True,
        check_company=True,
        domain="[('production_id', '=', production_id)]",
    )
    tour_period_id = fields.Many2one(
        "booking.tour.period",
        check_company=True,
        domain="[('tour_id', '=', tour_id)]",
    )
    date = fields.Date(string="Day", required=True, index=True, tracking=True)
    get_in_time = fields.Float(string="Get-in", help="When the crew gets in.")
    show_time = fields.Float(string="Show", help="When the show starts.")
    end_time = fields.Float(string="End", help="When the show ends.")
    venue_id = fields.Many2one(
        "res.partner",
        index=True,
        tracking=True,
        domain="[('directory_cluster_id', '!=', False), ('is_company', '=', True)]",
        help="Where the production plays: an entry of your cluster's directory.",
    )
    organiser_id = fields.Many2one(
        "res.partner",
        index=True,
        compute="_compute_organiser_id",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
        domain="[('directory_cluster_id', '!=', False), ('is_company', '=', True)]",
        help="Who buys the show: by default the structure that runs the venue, "
        "or the venue itself.",
    )
    show_count = fields.Integer(
        string="Shows", default=1, help="Number of shows that day."
    )
    state = fields.Selection(
        STATES, default="option", required=True, index=True, tracking=True
    )
    cancel_reason = fields.Char(tracking=True)
    color = fields.Integer(compute="_compute_color")
    note = fields.Text()

    _sql_constraints = [
        (
            "show_count_positive",
            "CHECK(show_count >= 0)",
            "The number of shows cannot be negative.",
        ),
    ]

    def init(self):
        # The day of a production: conflicts, calendars and option ranks
        # (booking_option) look dates up by both
        tools.create_index(
            self.env.cr,
            "booking_date_production_id_date_index",
            self._table,
            ["production_id", "date"],
        )

    @api.depends("production_id.name", "date", "venue_id.name")
    @api.depends_context("lang")
    def _compute_name(self):
        for record in self:
            parts = [
                record.production_id.name,
                record.date and tools.format_date(self.env, record.date),
                record.venue_id.name,
            ]
            record.name = " · ".join(part for part in parts if part)

    @api.depends("venue_id")
    def _compute_organiser_id(self):
        for record in self:
            venue = record.venue_id
            record.organiser_id = venue.operator_id or venue

    @api.depends("state")
    def _compute_color(self):
        for record in self:
            record.color = STATE_COLORS.get(record.state, 0)

    @api.constrains("venue_id", "organiser_id", "company_id")
    def _check_venue_in_cluster(self):
        self._check_partners(["venue_id", "organiser_id"], directory_only=True)

    @api.constrains("tour_id", "tour_period_id", "production_id")
    def _check_tour(self):
        for record in self:
            if record.tour_id and record.tour_id.production_id != record.production_id:
                raise ValidationError(
                    self.env._("The tour must be one of the date's production.")
                )
            if record.tour_period_id and record.tour_period_id.tour_id != (
                record.tour_id
            ):
                raise ValidationError(
                    self.env._("The tour period must be one of the date's tour.")
                )

    @api.constrains("state", "cancel_reason")
    def _check_cancel_reason(self):
        if any(r.state == "cancelled" and not r.cancel_reason for r in self):
            raise ValidationError(self.env._("Say why the date is cancelled."))

    @api.constrains("get_in_time", "show_time", "end_time")
    def _check_times(self):
        for record in self:
            for value in (record.get_in_time, record.show_time, record.end_time):
                if not 0 <= value < 24:
                    raise ValidationError(
                        self.env._("Times are hours of the day, from 00:00 to 23:59.")
                    )

    @api.onchange("tour_period_id")
    def _onchange_tour_period_id(self):
        period = self.tour_period_id
        if period and not self.date:
            self.date = period.date_from

    def write(self, vals):
        if "state" in vals and not self.env.su:
            self._check_transition(vals["state"])
        if vals.get("state") and vals["state"] != "cancelled":
            vals = dict(vals, cancel_reason=vals.get("cancel_reason") or False)
        return super().write(vals)

    def _check_transition(self, state):
        """Refuse a state change that the flow does not allow, whatever path
        writes it (buttons, import, RPC)."""
        labels = dict(self._fields["state"]._description_selection(self.env))
        for record in self:
            if state != record.state and state not in TRANSITIONS[record.state]:
                raise UserError(
                    self.env._(
                        "A date cannot go from %(old)s to %(new)s.",
                        old=labels[record.state].lower(),
                        new=labels[state].lower(),
                    )
                )

    def action_confirm(self):
        """Confirm options: the date will be played, and a contract made."""
        self.write({"state": "confirmed"})

    def action_done(self):
        """The date has been played."""
        self.write({"state": "done"})

    def action_cancel(self):
        """Ask for the reason, then cancel (booking.date.cancel)."""
        self._check_transition("cancelled")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Cancel Dates"),
            "res_model": "booking.date.cancel",
            "view_mode": "form",
            "target": "new",
            "context": {"default_date_ids": self.ids},
        }

    def action_reset_option(self):
        """Back to an option: a confirmed date that is not sure any more, or
        a cancelled one that is on again."""
        self.write({"state": "option"})
