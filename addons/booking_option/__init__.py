# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tools import SQL

from . import models


def post_init_hook(env):
    """Rank the options that existed before the module, on each production's
    day in the order they were entered."""
    env["booking.date"].flush_model()
    # SQL: the options of each (production, day) ranked among themselves;
    # nothing crosses a production, hence a company
    env.cr.execute(
        SQL(
            """
            UPDATE booking_date d SET option_rank = r.rank
              FROM (SELECT id, row_number() OVER (
                        PARTITION BY production_id, date ORDER BY id) AS rank
                      FROM booking_date WHERE state = 'option') r
             WHERE d.id = r.id
            """
        )
    )
