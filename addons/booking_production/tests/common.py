# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.addons.booking_directory.tests.common import DirectoryCommon
from odoo.addons.cluster_role.tests.common import RoleCommon

SECRET = "fee floor 3500 EUR"


class ProductionCommon(DirectoryCommon, RoleCommon):
    """Company A books a production with a tour and a date at a venue of the
    Breton directory. Users hold one role each: a booker of A, a booker of
    B (same cluster), an accountant of A; a venue of the other cluster's
    directory is at hand."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.booker = cls._create_user_with_roles(
            "bp_booker_a", [(cls.role_booker, cls.company_a)]
        )
        cls.booker_b_only = cls._create_user_with_roles(
            "bp_booker_b", [(cls.role_booker, cls.company_b)]
        )
        cls.accountant = cls._create_user_with_roles(
            "bp_accountant_a", [(cls.role_accountant, cls.company_a)]
        )
        cls.venue_transat = cls._create_entry(cls.booker_q, name="Salle du Large")
        cls.production = cls._create_production(
            cls.company_a, name="Kan ar Mor", description=f"<p>{SECRET}</p>"
        )
        cls.tour = cls._create_tour(cls.production)
        cls.date = cls._create_date(cls.production, tour_id=cls.tour.id)

    @classmethod
    def _env_of(cls, user, companies=None):
        """The user's environment with ``companies`` ticked (all hers by
        default), the groups of the roles held there applied."""
        return cls._tick(user, companies or user.company_ids)

    @classmethod
    def _create_production(cls, company, **values):
        values.setdefault("name", "Les Veilleurs de Phare")
        return cls.env["booking.production"].create(
            {"company_id": company.id, **values}
        )

    @classmethod
    def _create_tour(cls, production, **values):
        values.setdefault("name", "Tournée printemps 2027")
        return cls.env["booking.tour"].create(
            {"production_id": production.id, **values}
        )

    @classmethod
    def _create_date(cls, production, **values):
        values.setdefault("date", "2027-03-12")
        values.setdefault("venue_id", cls.venue.id)
        return cls.env["booking.date"].create(
            {"production_id": production.id, **values}
        )

    @classmethod
    def _create_rider(cls, production, **values):
        return cls.env["booking.production.rider"].create(
            {"production_id": production.id, **values}
        )
