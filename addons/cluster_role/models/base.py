# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import re

from odoo import models
from odoo.exceptions import AccessError, UserError

# The fields that say which company owns a record
OWNERSHIP_FIELDS = ("company_id", "company_ids")


class Base(models.AbstractModel):
    _inherit = "base"

    # A model that holds one company's confidential data sets this to True.
    # It then joins the leak test matrix (tests/test_leak_matrix.py), which
    # checks every read path of every such model from the side of users who
    # must not see its records: declaring is how a model joins, no test is
    # copied. Its writes are checked on the new owner as well (``write``).
    _cluster_confidential = False

    # A model of the suite with a company field that is deliberately shared
    # across companies sets this to one sentence saying why it may be
    # (memberships, agreements, requests addressed to the owner...). Every
    # suite model with ``company_id`` or ``company_ids`` is one or the other:
    # tests/test_deny_by_default.py fails on a model that declares neither,
    # so a new model is confidential unless someone wrote down why not.
    _cluster_shared = False

    def write(self, vals):
        """On a confidential model, a write that changes the owning company
        is checked on the old and the new owner. Record rules only judge
        the records as they were: a user allowed to write a record (her
        company's, or one granted to her) could otherwise give it to a
        company she holds no role in, or to another cluster, or take a
        granted record into her own company, and read it there. Moving a
        record is treated as creating it in both companies: the create
        rules, which no grant opens, must accept it before and after, and
        the companies it goes to must be among the user's active ones."""
        if (
            not self._cluster_confidential
            or self.env.su
            or not any(name in vals for name in OWNERSHIP_FIELDS)
        ):
            return super().write(vals)
        before = self._cluster_owners()
        creatable = self._filtered_access("create")
        result = super().write(vals)
        active = set(self.env.companies.ids)
        moved = self.filtered(lambda r: before[r.id] != r._cluster_owner())
        if moved and (
            moved - creatable
            or any(r._cluster_owner() - before[r.id] - active for r in moved)
            or not moved.has_access("write")
            or not moved.has_access("create")
        ):
            raise AccessError(
                self.env._(
                    "You can only move a record between companies where you "
                    "may create it."
                )
            )
        return result

    def _check_company(self, fnames=None):
        """Odoo's message names the record, its company and the values of
        the other company, read as superuser: given the id of another
        cluster's partner or company, it would answer with its name. The
        message here names only the fields."""
        try:
            return super()._check_company(fnames)
        except UserError as error:
            # "(fname: values)", "(fname : values)" in French
            names = re.findall(r"\((\w+)\s*: ", str(error))
            labels = {
                self._fields[name]._description_string(self.env)
                for name in names
                if name in self._fields
            }
            raise UserError(
                self.env._(
                    "Incompatible companies: %(fields)s must belong to the "
                    "company of the record.",
                    fields=", ".join(f"“{label}”" for label in sorted(labels)),
                )
            ) from None  # a chained cause would reach the client's traceback

    def _cluster_owners(self):
        """The owning companies of each record, read before a write."""
        return {record.id: record._cluster_owner() for record in self}

    def _cluster_owner(self):
        """The ids of the companies owning this one record, as a set."""
        self.ensure_one()
        # sudo: reading the owner of a record the user is writing, to
        # compare it with the owner after the write; nothing is returned
        record = self.sudo()
        owners = set()
        for name in OWNERSHIP_FIELDS:
            if name in record._fields:
                owners |= set(record[name].ids)
        return owners
