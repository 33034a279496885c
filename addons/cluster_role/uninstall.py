# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""For the uninstall hooks of the modules that give a group of another
module to a role (or group) of another: Odoo removes what a module created,
not the links it added to others' records, and a group that outlives the
module would stay with the role and its users."""

from odoo import Command


def take_back_implied_groups(env, implied_groups):
    """Unlink, from each role or group of ``implied_groups`` ({xmlid: [group
    xmlids]}), the groups listed; base_user_role applies a role's change to
    its users. What is already gone is skipped."""
    for xmlid, group_xmlids in implied_groups.items():
        record = env.ref(xmlid, raise_if_not_found=False)
        groups = [env.ref(group, raise_if_not_found=False) for group in group_xmlids]
        if record:
            record.write(
                {"implied_ids": [Command.unlink(group.id) for group in groups if group]}
            )
