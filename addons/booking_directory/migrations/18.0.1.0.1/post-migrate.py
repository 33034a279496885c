# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import SUPERUSER_ID, api

# What partner_multi_company's post_init_hook writes in base.res_partner_rule
MULTI_COMPANY_PARTNER_RULE = (
    "['|', '|', ('partner_share', '=', False),"
    "('company_ids', 'in', company_ids),"
    "('company_ids', '=', False)]"
)


def migrate(cr, version):
    """Versions up to 18.0.1.0.0 rewrote base.res_partner_rule at install;
    the directory now has a rule of its own (res_partner_rule_directory).
    Give the base rule back the text partner_multi_company wrote, only if
    it still holds the directory's old text, and drop what the old rule
    needed."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    rule = env.ref("base.res_partner_rule", raise_if_not_found=False)
    if rule and "directory_cluster_ids" in (rule.domain_force or ""):
        rule.domain_force = MULTI_COMPANY_PARTNER_RULE
    # Entries no longer list their cluster's members, nor does a daily job
    # keep those lists: the directory's rule reads the entry's cluster.
    # SQL: only the relation rows of directory entries (a directory holds
    # tens of thousands); company_id is the first of them, cleared alike.
    cr.execute(
        """
        DELETE FROM res_company_res_partner_rel rel
         USING res_partner p
         WHERE p.id = rel.res_partner_id AND p.directory_cluster_id IS NOT NULL
        """
    )
    # SQL: directory entries only, as above
    cr.execute(
        "UPDATE res_partner SET company_id = NULL "
        "WHERE directory_cluster_id IS NOT NULL AND company_id IS NOT NULL"
    )
    cron = env.ref(
        "booking_directory.ir_cron_sync_directory_companies", raise_if_not_found=False
    )
    if cron:
        cron.unlink()
