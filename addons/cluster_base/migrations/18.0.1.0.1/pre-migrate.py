# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

RULES = (
    "cluster_cluster_rule_member",
    "cluster_membership_rule_member",
    "cluster_ownership_rule_member",
)


def migrate(cr, version):
    """The members' rules now read current memberships only. They sit in a
    noupdate block, which an update never rewrites: remove them, and the
    update creates them again from the module's data."""
    # SQL: this module's three rules, by their xml ids
    cr.execute(
        """
        DELETE FROM ir_rule WHERE id IN (
            SELECT res_id FROM ir_model_data
             WHERE module = 'cluster_base' AND model = 'ir.rule' AND name IN %s)
        """,
        [RULES],
    )
    # SQL: the same three xml ids
    cr.execute(
        """
        DELETE FROM ir_model_data
         WHERE module = 'cluster_base' AND model = 'ir.rule' AND name IN %s
        """,
        [RULES],
    )
