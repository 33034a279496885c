# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.exceptions import AccessError, UserError


class ClusterOwnedMixin(models.AbstractModel):
    """A company's confidential record, and the fields that say whose it is.

    Odoo checks a write against the rules on the record as it was, not as it
    becomes: a booker could write a record out of her own reach, or, holding
    it through a grant (cluster.access.request), move it into her company
    and keep it after the grant ends. So a write is checked on the new values
    too, and the fields that decide who reads the record
    (``_cluster_owner_fields``) only change by the hand of a user who may
    write the record without any grant; nor does a grantee delete it.
    """

    _name = "cluster.owned.mixin"
    _description = "Company-Owned Confidential Record"

    # The fields deciding who reads the record: its company, and e.g. the
    # contact a note is about
    _cluster_owner_fields = ("company_id",)

    def write(self, vals):
        if self.env.su:
            return super().write(vals)
        owner_fields = [name for name in self._cluster_owner_fields if name in vals]
        if owner_fields:
            self._check_owner_fields_change(owner_fields, vals)
        result = super().write(vals)
        # The rules again, on the values just written
        self.check_access("write")
        return result

    def _check_owner_fields_change(self, names, vals):
        """Refuse to change ``names`` on the records that the user writes
        only thanks to a grant."""
        changed = self.filtered(
            lambda record: any(
                record._fields[name].convert_to_write(record[name], record)
                != vals[name]
                for name in names
            )
        )
        own = changed.with_context(cluster_access_without_grants=True)
        if changed - own._filtered_access("write"):
            raise AccessError(
                self.env._(
                    "This record was shared with your company by its owner: "
                    "only the owner may change whose it is or what it is about."
                )
            )

    def unlink(self):
        """A record shared by its owner is deleted by its owner only. Checked
        here, before Odoo's access check, so that the grantee is told why
        rather than refused with a bare access error; nothing is deleted."""
        if not self.env.su:
            readable = self._filtered_access("read")
            own = readable.with_context(cluster_access_without_grants=True)
            if readable - own._filtered_access("read"):
                # pylint: disable-next=no-raise-unlink
                raise UserError(
                    self.env._(
                        "This record was shared with your company by its owner: "
                        "only the owner may delete it."
                    )
                )
        return super().unlink()
