# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command
from odoo.exceptions import ValidationError

from odoo.addons.cluster_base.tests.common import ClusterCommon


class DirectoryCommon(ClusterCommon):
    """Two clusters with a booker each, and a venue in the Breton directory."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        directory_groups = "base.group_user,booking_directory.group_directory_user"
        cls.booker_a = cls._create_user(
            "dir_booker_a", cls.company_a, groups=directory_groups
        )
        cls.booker_b = cls._create_user(
            "dir_booker_b", cls.company_b, groups=directory_groups
        )
        cls.booker_q = cls._create_user(
            "dir_booker_q",
            cls.company_q,
            groups=directory_groups + ",base.group_allow_export",
        )
        cls.venue = cls._create_entry(cls.booker_a, name="Théâtre de Cornouaille")

    @classmethod
    def _create_entry(cls, user, **values):
        """An entry created from the Directory menu by ``user``."""
        values.setdefault("is_company", True)
        return (
            cls.env["res.partner"]
            .with_user(user)
            .with_context(directory_entry=True)
            .create(values)
            .sudo(False)
            .with_user(cls.env.user)
        )

    @classmethod
    def _partners_as(cls, user):
        return (
            cls.env["res.partner"]
            .with_user(user)
            .with_context(allowed_company_ids=user.company_ids.ids)
        )

    @classmethod
    def _join(cls, cluster, company, share_moves):
        """Add ``company`` to ``cluster``; ``share_moves`` rebalance shares."""
        cluster.write(
            {
                "membership_ids": [
                    *(Command.update(m.id, {"cost_share": s}) for m, s in share_moves),
                    Command.create(
                        {
                            "company_id": company.id,
                            "date_start": "2024-01-01",
                            "cost_share": 100.0 - sum(s for _m, s in share_moves),
                        }
                    ),
                ]
            }
        )

    # What an attacker's write must raise (``_refused``)
    refusal = ValidationError

    def _as(self, user, records):
        """``records`` as ``user`` reads them in a request of her own, all her
        companies ticked."""
        env = self.env(
            user=user,
            context=dict(self.env.context, allowed_company_ids=user.company_ids.ids),
        )
        return records.with_env(env)

    def _refused(self, call):
        """The message of the ``refusal`` that ``call`` raises; what it read
        back, in the failure, when it was accepted."""
        try:
            # rolled back on error, as the request would be
            with self.env.cr.savepoint():
                result = call()
        except self.refusal as error:
            self.env.invalidate_all()
            return str(error)
        self.fail(f"accepted, and read back: {result}")
