# Directory entries are partners shared with exactly the companies of their
# cluster (see ResPartner). partner_multi_company checks that through its
# company relation, one sub-query per row; for directory entries the rule
# checks the entry's cluster column instead, which says the same thing.
DIRECTORY_PARTNER_RULE = """[
    '|', ('partner_share', '=', False),
    '|',
        '&', ('directory_cluster_id', '!=', False),
             ('directory_cluster_id', 'in', directory_cluster_ids),
        '&', ('directory_cluster_id', '=', False),
             '|', ('company_ids', 'in', company_ids), ('company_ids', '=', False),
]"""
# As partner_multi_company's post_init_hook writes it
MULTI_COMPANY_PARTNER_RULE = (
    "['|', '|', ('partner_share', '=', False),"
    "('company_ids', 'in', company_ids),"
    "('company_ids', '=', False)]"
)


def post_init_hook(env):
    env.ref("base.res_partner_rule").domain_force = DIRECTORY_PARTNER_RULE


def uninstall_hook(env):
    env.ref("base.res_partner_rule").domain_force = MULTI_COMPANY_PARTNER_RULE
