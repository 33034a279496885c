# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import Command

from odoo.addons.booking_production.tests.common import ProductionCommon


class DaySheetCommon(ProductionCommon):
    """Company A's confirmed date at the Théâtre de Cornouaille with its day
    times, its technical director and programmer in the directory, a team of
    two on tour (one with an e-mail) and one at home, and a date of the same
    production two days later; company B, of the same cluster, keeps a
    private contact at the venue that A may not read."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.company_a.partner_id.lang = "fr_FR"
        cls.env["ir.module.module"]._load_module_terms(
            ["booking_day_sheet", "booking_directory", "booking_production"],
            ["fr_FR"],
            overwrite=True,
        )
        cls.date.write(
            {
                "state": "confirmed",
                "get_in_time": 14.0,
                "sound_check_time": 16.5,
                "meal_time": 19.0,
                "show_time": 20.5,
                "end_time": 22.0,
                "get_out_time": 23.5,
                "access_note": "Quai de déchargement côté cour",
                "travel_note": "Hôtel de la Gare, 3 rue Jean Jaurès",
            }
        )
        technical_director = cls.env.ref("booking_directory.role_technical_director")
        cls.technical_director = cls._create_entry(
            cls.booker_a,
            name="Yann Tanguy",
            is_company=False,
            parent_id=cls.venue.id,
            phone="02 98 00 00 01",
            directory_role_ids=[Command.set(technical_director.ids)],
        )
        cls.programmer = cls._create_entry(
            cls.booker_a,
            name="Soizic Morvan",
            is_company=False,
            email="s.morvan@cornouaille.example",
            programmed_structure_ids=[Command.set(cls.venue.ids)],
        )
        # B's own contact at the venue, kept out of the directory: a person
        # of company B only, which A's users may not read
        cls.private_b = cls.env["res.partner"].create(
            {
                "name": "Contact privé de Kan Diskan",
                "company_id": cls.company_b.id,
                "parent_id": cls.venue.id,
                "directory_role_ids": [Command.set(technical_director.ids)],
            }
        )
        cls.private_b.directory_cluster_id = False
        cls.dancer = cls._create_member(
            "Katell Quéré", email="katell@ar-men.example", job="danseuse"
        )
        cls.engineer = cls._create_member("Malo Guivarc'h", job="régisseur son")
        cls.at_home = cls._create_member(
            "Erwan Le Bihan", email="erwan@ar-men.example", on_tour=False
        )
        cls.next_date = cls._create_date(
            cls.production,
            tour_id=cls.tour.id,
            date="2027-03-14",
            state="confirmed",
            venue_id=cls._create_entry(
                cls.booker_a, name="Le Grand Phare", city="Brest"
            ).id,
        )
        cls.far_date = cls._create_date(
            cls.production, date="2027-03-20", state="confirmed"
        )

    @classmethod
    def _create_member(cls, name, email=False, **values):
        partner = cls.env["res.partner"].create(
            {"name": name, "email": email, "company_id": cls.company_a.id}
        )
        return cls.env["booking.production.member"].create(
            {"production_id": cls.production.id, "partner_id": partner.id, **values}
        )

    def _render(self, env, dates, report="booking_day_sheet.report_day_sheet"):
        """The sheet's HTML as a French user of ``env`` prints it."""
        html, _kind = (
            env["ir.actions.report"]
            .with_context(lang="fr_FR")
            ._render_qweb_pdf(report, dates.ids)
        )
        return html.decode()
