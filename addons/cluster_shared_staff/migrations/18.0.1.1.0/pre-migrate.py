# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Up to 18.0.1.0.2 this module also split the shared person's cost and
recharged it; cluster_shared_staff_recharge does that now. A database that
has the cost allocation keeps it: before this module's data is loaded, the
external ids of what moved (models, fields, constraints, records) change
module, so that Odoo keeps their tables, columns and rows instead of
deleting what this module no longer defines, and the new module is marked
to install in the same run, where it finds them as its own."""

from odoo import SUPERUSER_ID, api

OLD = "cluster_shared_staff"
NEW = "cluster_shared_staff_recharge"
MODELS = [
    "cluster.staff.allocation",
    "cluster.staff.allocation.line",
    "cluster.staff.cost",
]
FIELDS = [
    "cluster.staff.agreement.allocation_method",
    "cluster.staff.agreement.fixed_percent",
    "cluster.staff.agreement.cost_ids",
    "cluster.staff.agreement.currency_id",
    "cluster.staff.agreement.recharge_frequency",
    "cluster.staff.agreement.allocation_count",
    "cluster.staff.agreement.member.key_percent",
    "account.move.staff_allocation_id",
    "account.move.staff_allocation_line_id",
]
CONSTRAINTS = [
    "cluster_staff_agreement_fixed_percent_range",
    "cluster_staff_agreement_member_key_range",
    "account_move_staff_allocation_id_fkey",
    "account_move_staff_allocation_line_id_fkey",
]
RECORDS = [
    "product_staff_recharge",
    "product_staff_recharge_product_template",
    "access_staff_cost_user",
    "access_staff_cost_manager",
    "access_staff_cost_member_admin",
    "access_staff_allocation_manager",
    "access_staff_allocation_line_manager",
    "staff_cost_rule",
    "staff_cost_rule_member_admin",
    "staff_cost_rule_manage",
    "staff_allocation_rule",
    "staff_allocation_rule_manage",
    "staff_allocation_line_rule",
    "staff_allocation_line_rule_manage",
    "staff_allocation_view_list",
    "staff_allocation_view_form",
    "staff_allocation_view_search",
    "action_staff_allocation",
    "staff_allocation_line_view_pivot",
    "staff_allocation_line_view_graph",
    "action_staff_allocation_line",
    "menu_staff_allocation",
    "menu_staff_allocation_line",
    "allocation_last_month_demo",
]


def migrate(cr, version):
    # SQL: a table of cluster_shared_staff's own, whatever the companies
    cr.execute("SELECT to_regclass('cluster_staff_allocation') IS NOT NULL")
    if not cr.fetchone()[0]:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    recharge = env["ir.module.module"].search([("name", "=", NEW)])
    # SQL: the external ids and constraints of this module that moved, by
    # model, field and name; nothing of any company's records
    cr.execute(
        """
        UPDATE ir_model_data d SET module = %(new)s
         WHERE d.module = %(old)s AND (
               d.name = ANY(%(records)s)
            OR d.model = 'ir.model' AND d.res_id IN (
               SELECT id FROM ir_model WHERE model = ANY(%(models)s))
            OR d.model = 'ir.model.fields' AND d.res_id IN (
               SELECT id FROM ir_model_fields
                WHERE model = ANY(%(models)s)
                   OR model || '.' || name = ANY(%(fields)s))
            OR d.model = 'ir.model.fields.selection' AND d.res_id IN (
               SELECT s.id FROM ir_model_fields_selection s
                 JOIN ir_model_fields f ON f.id = s.field_id
                WHERE f.model = ANY(%(models)s)
                   OR f.model || '.' || f.name = ANY(%(fields)s))
            OR d.model = 'ir.model.constraint' AND d.res_id IN (
               SELECT c.id FROM ir_model_constraint c
                 JOIN ir_model m ON m.id = c.model
                WHERE m.model = ANY(%(models)s) OR c.name = ANY(%(constraints)s)))
        """,
        {
            "old": OLD,
            "new": NEW,
            "records": RECORDS,
            "models": MODELS,
            "fields": FIELDS,
            "constraints": CONSTRAINTS,
        },
    )
    # SQL: the same constraints, now dropped only with the new module
    cr.execute(
        """
        UPDATE ir_model_constraint c SET module = %(new_id)s
          FROM ir_model m
         WHERE m.id = c.model
           AND c.module = (SELECT id FROM ir_module_module WHERE name = %(old)s)
           AND (m.model = ANY(%(models)s) OR c.name = ANY(%(constraints)s))
        """,
        {
            "new_id": recharge.id,
            "old": OLD,
            "models": MODELS,
            "constraints": CONSTRAINTS,
        },
    )
    recharge.button_install()
