# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import timedelta

from odoo import fields

from odoo.addons.booking_directory.tests.common import DirectoryCommon
from odoo.addons.cluster_role.tests.common import RoleCommon

# Kan Diskan's production: no read path may show it to Ar Men's accountant
SECRET = "Kan Diskan secret tour"


class CalendarCommon(DirectoryCommon, RoleCommon):
    """The Breton cluster (Ar Men ``company_a``, Kan Diskan ``company_b``)
    and Transat (``company_p``...), each with dates:

    - Ar Men: "Kan ar Mor" at Théâtre de Cornouaille, an option on day 0
      and a confirmed date on day 1; a cancelled date on day 2;
    - Kan Diskan: the secret production, confirmed on day 0 and two
      options on day 7 (one busy day), a cancelled date on day 14;
    - Transat: a date on day 0.

    Days count from ``day0``, 40 days from today. Users hold roles only:
    ``maelle`` books for Ar Men and Kan Diskan, ``yann`` keeps Ar Men's
    books, ``gwen`` is Ar Men's member administrator (no booking role),
    ``julie`` books for Transat."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.day0 = fields.Date.today() + timedelta(days=40)
        cls.maelle = cls._create_user_with_roles(
            "cal_maelle",
            [(cls.role_booker, cls.company_a), (cls.role_booker, cls.company_b)],
        )
        cls.yann = cls._create_user_with_roles(
            "cal_yann", [(cls.role_accountant, cls.company_a)]
        )
        cls.gwen = cls._create_user_with_roles(
            "cal_gwen", [(cls.role_member_admin, cls.company_a)]
        )
        cls.julie = cls._create_user_with_roles(
            "cal_julie", [(cls.role_booker, cls.company_p)]
        )
        cls.venue_b = cls._create_entry(cls.booker_b, name="Salle Kan Diskan")
        cls.venue_p = cls._create_entry(cls.booker_q, name="Salle Transat")
        cls.production_a = cls._create_production(cls.company_a, name="Kan ar Mor")
        cls.production_b = cls._create_production(cls.company_b, name=SECRET)
        cls.production_p = cls._create_production(cls.company_p, name="Transat Show")
        cls.date_a_option = cls._create_date(cls.production_a, 0, cls.venue)
        cls.date_a_confirmed = cls._create_date(
            cls.production_a, 1, cls.venue, state="confirmed", show_time=20.5
        )
        cls.date_a_cancelled = cls._create_date(
            cls.production_a, 2, cls.venue, state="cancelled", cancel_reason="Strike"
        )
        cls.date_b_confirmed = cls._create_date(
            cls.production_b, 0, cls.venue_b, state="confirmed"
        )
        cls.dates_b_options = cls._create_date(
            cls.production_b, 7, cls.venue_b
        ) | cls._create_date(cls.production_b, 7, cls.venue)
        cls.date_b_cancelled = cls._create_date(
            cls.production_b, 14, cls.venue_b, state="cancelled", cancel_reason="Rain"
        )
        cls.date_p = cls._create_date(cls.production_p, 0, cls.venue_p)

    @classmethod
    def _create_production(cls, company, **values):
        return cls.env["booking.production"].create(
            {"company_id": company.id, **values}
        )

    @classmethod
    def _create_date(cls, production, day, venue, **values):
        """A date of ``production`` ``day`` days after ``day0``."""
        return cls.env["booking.date"].create(
            {
                "production_id": production.id,
                "date": cls.day0 + timedelta(days=day),
                "venue_id": venue.id,
                **values,
            }
        )

    @classmethod
    def _create_member(cls, production, partner, **values):
        return cls.env["booking.production.member"].create(
            {"production_id": production.id, "partner_id": partner.id, **values}
        )

    @classmethod
    def _env_of(cls, user, companies=None):
        """``user``'s environment with ``companies`` ticked (all hers by
        default), her roles applied as the web client applies them."""
        return cls._tick(user, companies or user.company_ids)

    def _day(self, day):
        return self.day0 + timedelta(days=day)
