# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models
from odoo.tools import SQL

from odoo.addons.booking_directory_notes.models.directory_note import INTEREST_LEVELS


class BookingProspectionReport(models.Model):
    """The portfolio's figures: lines, lines contacted, lines confirmed and
    the conversion rate (confirmed / contacted), by stage, territory,
    production, period or booker.

    The rate is the average of a column that is 100 for a confirmed line, 0
    for another contacted line and empty for a line not contacted yet, which
    the average skips: any grouping gives confirmed / contacted."""

    _name = "booking.prospection.report"
    _cluster_confidential = True
    _description = "Prospection Analysis"
    _auto = False
    _rec_name = "partner_id"
    _order = "id desc"
    # What the view reads, flushed before it is queried
    _depends = {
        "booking.prospection.line": [
            "company_id",
            "production_id",
            "tour_period_id",
            "partner_id",
            "stage_id",
            "user_id",
            "country_id",
            "territory",
            "interest",
            "create_date",
        ],
        "booking.prospection.stage": ["is_contacted", "is_won"],
    }

    company_id = fields.Many2one("res.company", readonly=True)
    production_id = fields.Many2one("booking.production", readonly=True)
    tour_period_id = fields.Many2one("booking.tour.period", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Prospect", readonly=True)
    stage_id = fields.Many2one("booking.prospection.stage", readonly=True)
    user_id = fields.Many2one("res.users", string="Booker", readonly=True)
    country_id = fields.Many2one("res.country", readonly=True)
    territory = fields.Char(readonly=True)
    interest = fields.Selection(INTEREST_LEVELS, readonly=True)
    create_date = fields.Datetime(string="Added On", readonly=True)
    line_count = fields.Integer(string="Lines", readonly=True)
    contacted_count = fields.Integer(string="Contacted", readonly=True)
    won_count = fields.Integer(string="Confirmed", readonly=True)
    conversion_rate = fields.Float(
        string="Conversion Rate (%)",
        readonly=True,
        aggregator="avg",
        help="Lines confirmed out of lines contacted, in percent.",
    )

    @property
    def _table_query(self):
        # SQL: one row per portfolio line; the report's record rule fences
        # it by company as the lines' rule does
        return SQL(
            """
            SELECT line.id,
                   line.company_id,
                   line.production_id,
                   line.tour_period_id,
                   line.partner_id,
                   line.stage_id,
                   line.user_id,
                   line.country_id,
                   line.territory,
                   line.interest,
                   line.create_date,
                   1 AS line_count,
                   CASE WHEN stage.is_contacted OR stage.is_won THEN 1 ELSE 0 END
                       AS contacted_count,
                   CASE WHEN stage.is_won THEN 1 ELSE 0 END AS won_count,
                   CASE WHEN stage.is_contacted OR stage.is_won
                        THEN CASE WHEN stage.is_won THEN 100.0 ELSE 0.0 END
                   END AS conversion_rate
              FROM booking_prospection_line line
              JOIN booking_prospection_stage stage ON stage.id = line.stage_id
            """
        )
