# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.exceptions import ValidationError


class BookingPartnerCheckMixin(models.AbstractModel):
    """A booking record naming contacts: a venue, an organiser, a team
    member. A many2one is read back with its target's name, computed as
    superuser (pitfall 13): pointing a date at another cluster's venue and
    reading it back would reveal the venue. So each contact must be one the
    writer may read, and a directory entry only of the record's company's
    cluster. The messages name no contact."""

    _name = "booking.partner.check.mixin"
    _description = "Booking Record Naming Contacts"

    def _check_partners(self, field_names, directory_only):
        """Check the contacts of field_names on these records;
        directory_only: they must be entries of the cluster's directory
        (venues, organisers), not any contact the writer reads."""
        partners = self.env["res.partner"].union(
            *(record[name] for record in self for name in field_names)
        )
        readable = partners.with_context(active_test=False).search(
            [("id", "in", partners.ids)]
        )
        for record in self:
            cluster = record.company_id.cluster_id
            for name in field_names:
                partner = record[name]
                if not partner:
                    continue
                entry = partner.directory_cluster_id
                if (
                    partner not in readable
                    or (entry and entry != cluster)
                    or (directory_only and not entry)
                ):
                    raise ValidationError(
                        self.env._(
                            "%(field)s: choose an entry of your company's "
                            "cluster directory.",
                            field=record._fields[name]._description_string(self.env),
                        )
                        if directory_only
                        else self.env._(
                            "%(field)s: choose a contact of your company or of "
                            "your cluster's directory.",
                            field=record._fields[name]._description_string(self.env),
                        )
                    )
