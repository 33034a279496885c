# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def uninstall_hook(env):
    """Contact names get PostgreSQL's default statistics target back (see
    res.partner's init)."""
    # SQL: schema only, the planner's statistics of one column
    env.cr.execute(
        "ALTER TABLE res_partner ALTER COLUMN complete_name SET STATISTICS -1"
    )
