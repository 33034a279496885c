# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import timedelta

from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools import format_duration

# States a day sheet is printed for: the date will be (or was) played
SHEET_STATES = ("confirmed", "done")
# How many days on each side of a date its sheet lists the production's
# other dates
NEIGHBOUR_DAYS = 3


class BookingDate(models.Model):
    _inherit = "booking.date"

    sound_check_time = fields.Float(
        string="Sound Check", help="When the sound check starts."
    )
    meal_time = fields.Float(string="Meal", help="When the team eats.")
    get_out_time = fields.Float(
        string="Get-out", help="When the crew has loaded out and leaves."
    )
    access_note = fields.Text(
        string="Venue Access",
        help="How to reach the stage: loading dock, parking, stage door, codes.",
    )
    travel_note = fields.Text(
        string="Travel and Accommodation",
        help="Trains, vans, hotel and its address, for the team on tour.",
    )

    def _check_day_sheet(self):
        """Day sheets are for dates that will be played: refuse the others
        without naming them (the reader may print a list of dates). The
        rules first: a state already in the cache is read without them, and
        would tell another company whether its date is confirmed."""
        self.check_access("read")
        if any(date.state not in SHEET_STATES for date in self):
            raise UserError(
                self.env._("A day sheet is printed for confirmed or played dates only.")
            )

    def _day_sheet_schedule(self):
        """The day's times in the order they happen, as (label, "HH:MM")
        pairs; a time left at zero is not set."""
        self.ensure_one()
        steps = [
            (self.env._("Get-in"), self.get_in_time),
            (self.env._("Sound check"), self.sound_check_time),
            (self.env._("Meal"), self.meal_time),
            (self.env._("Show"), self.show_time),
            (self.env._("End of show"), self.end_time),
            (self.env._("Get-out"), self.get_out_time),
        ]
        # sorted is stable: equal times keep the order of the day above
        return [
            (label, format_duration(time))
            for label, time in sorted(
                (step for step in steps if step[1]), key=lambda step: step[1]
            )
        ]

    def _day_sheet_contacts(self):
        """The venue's and organiser's people the reader may read: their
        programmers, and their contacts holding a directory role (technical
        director, administrator...). A search, so record rules apply."""
        self.ensure_one()
        structures = self.venue_id | self.organiser_id
        if not structures:
            return self.env["res.partner"]
        return self.env["res.partner"].search(
            [
                ("is_company", "=", False),
                "|",
                ("programmed_structure_ids", "in", structures.ids),
                "&",
                ("parent_id", "in", structures.ids),
                ("directory_role_ids", "!=", False),
            ],
            order="name, id",
        )

    def _day_sheet_neighbours(self):
        """The production's other confirmed or played dates within three
        days of this one, for the team to see where it comes from and goes."""
        self.ensure_one()
        span = timedelta(days=NEIGHBOUR_DAYS)
        return self.search(
            [
                ("production_id", "=", self.production_id.id),
                ("id", "!=", self.id),
                ("state", "in", SHEET_STATES),
                ("date", ">=", self.date - span),
                ("date", "<=", self.date + span),
            ]
        )

    def _day_sheet_team(self):
        """The production's team on tour, who receive the sheet."""
        self.ensure_one()
        return self.production_id.member_ids.filtered("on_tour")

    def _day_sheet_week_dates(self):
        """The confirmed or played dates of the same tour (or production,
        for a date outside any tour) in the same week, Monday to Sunday."""
        weeks = self.browse()
        for date in self:
            monday = date.date - timedelta(days=date.date.weekday())
            scope = (
                [("tour_id", "=", date.tour_id.id)]
                if date.tour_id
                else [("production_id", "=", date.production_id.id)]
            )
            weeks |= self.search(
                [
                    *scope,
                    ("state", "in", SHEET_STATES),
                    ("date", ">=", monday),
                    ("date", "<=", monday + timedelta(days=6)),
                ]
            )
        return weeks.sorted(lambda d: (d.date, d.show_time, d.id))

    def action_send_day_sheet(self):
        """Open the mail composer on this date with its day sheet attached,
        addressed to the team members on tour who have an e-mail."""
        self.ensure_one()
        self._check_day_sheet()
        partners = self._day_sheet_team().partner_id.filtered("email")
        if not partners:
            raise UserError(
                self.env._(
                    "No one on tour in this production's team has an e-mail "
                    "address: add the team members' e-mails first."
                )
            )
        template = self.env.ref("booking_day_sheet.mail_template_day_sheet")
        return {
            "type": "ir.actions.act_window",
            "res_model": "mail.compose.message",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {
                "default_model": self._name,
                "default_res_ids": self.ids,
                "default_composition_mode": "comment",
                "default_template_id": template.id,
                "default_partner_ids": partners.ids,
                "default_email_layout_xmlid": "mail.mail_notification_light",
                # Notify the team only, not the date's followers
                "booking_day_sheet_send": True,
            },
        }

    def _notify_get_recipients(self, message, msg_vals=False, **kwargs):
        """The day sheet goes to the team: when sent from the composer, the
        date's followers (the company's users) are not mailed with it."""
        recipients = super()._notify_get_recipients(message, msg_vals, **kwargs)
        if not self.env.context.get("booking_day_sheet_send"):
            return recipients
        addressed = set((msg_vals or {}).get("partner_ids") or message.partner_ids.ids)
        return [r for r in recipients if r["id"] in addressed]
