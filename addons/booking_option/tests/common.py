# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.addons.booking_production.tests.common import ProductionCommon

DAY = "2027-03-12"


class OptionCommon(ProductionCommon):
    """Company A's production Kan ar Mor holds an option on 12 March 2027
    (``cls.date``, rank 1, placed by ``cls.booker``). A second booker of A,
    a booker of B (same cluster) and A's accountant hold one role each; a
    second and a third venue of the Breton directory are at hand."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.booker_2 = cls._create_user_with_roles(
            "bo_booker_a2", [(cls.role_booker, cls.company_a)]
        )
        cls.venue_2 = cls._create_entry(cls.booker_a, name="Le Grand Phare")
        cls.venue_3 = cls._create_entry(cls.booker_a, name="L'Estran")
        cls.date.write({"user_id": cls.booker.id, "option_expiry": "2027-06-30"})

    @classmethod
    def _spec(cls):
        """The fields the web client reads back after saving a date."""
        return {
            "option_rank": {},
            "option_rank_label": {},
            "option_expiry": {},
            "state": {},
            "option_conflicts": {},
        }

    def _place(self, user, venue, day=DAY, production=None, **values):
        """``user`` saves a new date from the form, as the web client does;
        the date, in her environment."""
        env = self._env_of(user)
        result = env["booking.date"].web_save(
            {
                "production_id": (production or self.production).id,
                "date": day,
                "venue_id": venue.id,
                **values,
            },
            self._spec(),
        )
        return env["booking.date"].browse(result[0]["id"])

    def _ranks(self, *dates):
        dates[0].invalidate_model()
        return [(d.state, d.option_rank) for d in dates]

    def _events(self, date):
        return date.option_event_ids.sorted("id").mapped("event")
