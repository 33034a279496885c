# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """Entries loaded before this module was installed are checked once."""
    env["directory.duplicate"]._scan_directory()
