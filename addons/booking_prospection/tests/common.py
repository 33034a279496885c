# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command

from odoo.addons.booking_directory.tests.common import DirectoryCommon
from odoo.addons.cluster_role.tests.common import RoleCommon


class ProspectionCommon(DirectoryCommon, RoleCommon):
    """Company A prospects for its production's spring tour in the Breton
    directory; company B is in the same cluster, company P in another.
    Every user holds roles only, as in production."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_booking_manager = cls.env.ref("cluster_role.role_booking_manager")
        cls.prospector_a = cls._create_user_with_roles(
            "pr_booker_a", [(cls.role_booker, cls.company_a)]
        )
        cls.prospector_b = cls._create_user_with_roles(
            "pr_booker_b", [(cls.role_booker, cls.company_b)]
        )
        cls.prospector_p = cls._create_user_with_roles(
            "pr_booker_p", [(cls.role_booker, cls.company_p)]
        )
        cls.manager_a = cls._create_user_with_roles(
            "pr_manager_a", [(cls.role_booking_manager, cls.company_a)]
        )
        cls.accountant_a = cls._create_user_with_roles(
            "pr_accountant_a", [(cls.role_accountant, cls.company_a)]
        )
        cls.programmer_role = cls.env.ref("booking_directory.role_programmer")
        cls.venue.write({"directory_type": "venue", "zip": "29000"})
        cls.festival = cls._create_entry(
            cls.booker_a,
            name="Festival du Bout du Monde",
            directory_type="festival",
            zip="29160",
        )
        cls.programmer = cls._create_entry(
            cls.booker_a,
            name="Soizic Morvan",
            is_company=False,
            directory_role_ids=[Command.set(cls.programmer_role.ids)],
        )
        cls.technician = cls._create_entry(
            cls.booker_a,
            name="Erwan Kerhervé",
            is_company=False,
            directory_role_ids=[
                Command.set(
                    cls.env.ref("booking_directory.role_technical_director").ids
                )
            ],
        )
        cls.foreign_venue = cls._create_entry(
            cls.booker_q, name="Salle Transat Secrète", directory_type="venue"
        )
        cls.production_a = cls._create_production(cls.company_a, "Kan ar Mor")
        cls.spring_a = cls._create_period(cls.production_a, "Printemps 2027")
        cls.autumn_a = cls._create_period(
            cls.production_a, "Automne 2027", "2027-09-01", "2027-11-30"
        )
        cls.other_production_a = cls._create_production(cls.company_a, "Fest-noz")
        cls.other_spring_a = cls._create_period(cls.other_production_a, "Printemps")
        cls.production_b = cls._create_production(cls.company_b, "Diskan")
        cls.spring_b = cls._create_period(cls.production_b, "Printemps B")
        cls.production_p = cls._create_production(cls.company_p, "Transat Secret Show")
        cls.spring_p = cls._create_period(cls.production_p, "Printemps Transat")
        cls.stages_a = cls._stages(cls.company_a)
        cls.stages_b = cls._stages(cls.company_b)

    @classmethod
    def _create_production(cls, company, name):
        return cls.env["booking.production"].create(
            {"name": name, "company_id": company.id}
        )

    @classmethod
    def _create_period(
        cls, production, name, date_from="2027-03-01", date_to="2027-05-31"
    ):
        tour = cls.env["booking.tour"].create(
            {"name": f"Tournée {production.name}", "production_id": production.id}
        )
        return cls.env["booking.tour.period"].create(
            {
                "name": name,
                "tour_id": tour.id,
                "date_from": date_from,
                "date_to": date_to,
            }
        )

    @classmethod
    def _stages(cls, company):
        return cls.env["booking.prospection.stage"].search(
            [("company_id", "=", company.id)]
        )

    @classmethod
    def _stage(cls, company, name):
        return cls._stages(company).filtered(lambda s: s.name == name)

    @classmethod
    def _create_line(cls, period=None, partner=None, **values):
        period = period or cls.spring_a
        return cls.env["booking.prospection.line"].create(
            {
                "company_id": period.company_id.id,
                "production_id": period.production_id.id,
                "tour_period_id": period.id,
                "partner_id": (partner or cls.venue).id,
                **values,
            }
        )

    @classmethod
    def _env_of(cls, user, companies=None):
        """The environment of ``user``'s requests with ``companies`` ticked
        (all hers by default), her roles' groups applied."""
        return cls._tick(user, companies or user.company_ids)
