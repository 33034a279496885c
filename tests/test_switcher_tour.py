# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The company switcher never changes behind the user's back: when the web
client ticks a company the user did not tick (a record of another company
opened from a URL, a reminder or a chatter link), a notification names it.

Across modules: cluster_role's web client patch, Odoo's multi-company form.
"""

from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestSwitcherTour(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Company = cls.env["res.company"]
        cls.ar_men = Company.create({"name": "Tour Ar Men"})
        cls.kan_diskan = Company.create({"name": "Tour Kan Diskan"})
        # A booker of both companies, only the first one ticked at login
        cls.booker = new_test_user(
            cls.env,
            login="switcher_booker",
            groups="base.group_user,base.group_partner_manager",
            company_id=cls.ar_men.id,
            company_ids=[Command.set((cls.ar_men | cls.kan_diskan).ids)],
        )
        cls.venue = cls.env["res.partner"].create(
            {"name": "Kan Diskan venue", "company_id": cls.kan_diskan.id}
        )

    def test_opening_a_record_of_an_unticked_company_says_so(self):
        self.start_tour(
            f"/odoo/res.partner/{self.venue.id}",
            "cluster_role_company_switch_notice",
            login=self.booker.login,
        )

    def test_a_reminder_link_of_an_unticked_company_says_so(self):
        # The link of a reminder e-mail or of a chatter mention: Odoo's
        # /mail/view adds the record's company to the cids cookie on the server
        self.start_tour(
            f"/mail/view?model=res.partner&res_id={self.venue.id}",
            "cluster_role_company_switch_notice",
            login=self.booker.login,
        )

    def test_ticking_a_company_in_the_switcher_is_no_news(self):
        self.start_tour(
            "/odoo", "cluster_role_company_switch_own_choice", login=self.booker.login
        )
