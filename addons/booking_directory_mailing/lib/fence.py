# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Which companies may own, or send, one mailing thing together.

A mailing list, its contacts and a mailing belong to companies; those
companies decide who reads them (see the module's record rules). They must
form one circle: companies of one cluster, or a single company outside any
cluster. A user names only circles she is part of, so that she can neither
push a list into another cluster nor read a foreign company's name back.
"""


def one_circle(companies):
    """Whether ``companies`` are of one cluster, or one company alone.

    ``companies`` must be readable as they are (the caller reads them as
    superuser when the user may not read them all)."""
    if not companies:
        return False
    clusters = companies.cluster_id
    if not clusters:
        return len(companies) == 1
    return len(clusters) == 1 and not companies - clusters.company_ids


def shares_circle(companies, others):
    """Whether ``companies`` form one circle with one of ``others``."""
    return any(one_circle(companies | other) for other in others)


def companies_allowed(env, companies):
    """Whether the user of ``env`` may give a record to ``companies``: one
    circle, that includes one of her own companies (the superuser, loading
    data or running a job, names any circle)."""
    # sudo: the companies' clusters, read to compare them; nothing is shown
    companies = companies.sudo()
    if not one_circle(companies):
        return False
    return env.su or bool(companies & env.user.company_ids)
