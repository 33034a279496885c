# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import date

from odoo import Command

from odoo.addons.cluster_role.tests.common import RoleCommon


class StaffCommon(RoleCommon):
    """Maëlle is shared by Ar Men (employer of record, A), Kan Diskan (B)
    and Tro Breizh (C), the three members of the Breton cluster. Each
    company has its project, its booking manager who receives the reports,
    its accountant and its member administrator, who confirmed its
    participation."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company_c = cls._create_company(name="Tro Breizh Test")
        memberships = cls.cluster_breizh.membership_ids
        cls.cluster_breizh.write(
            {
                "membership_ids": [
                    Command.update(m.id, {"cost_share": share})
                    for m, share in zip(memberships, (40.0, 30.0), strict=True)
                ]
                + [
                    Command.create(
                        {
                            "company_id": cls.company_c.id,
                            "cost_share": 30.0,
                            "date_start": "2024-01-01",
                        }
                    )
                ]
            }
        )
        cls.companies = cls.company_a | cls.company_b | cls.company_c
        for company in cls.companies:
            cls.env["account.chart.template"].try_loading(
                "generic_coa", company, install_demo=False
            )
        cls.role_manager = cls.env.ref("cluster_role.role_booking_manager")
        cls.maelle = cls._create_user_with_roles(
            "maelle_staff", [(cls.role_booker, c) for c in cls.companies]
        )
        cls.managers, cls.accountants, cls.projects, cls.employees = {}, {}, {}, {}
        cls.admins = {}
        for company, key in zip(cls.companies, "abc", strict=True):
            cls.admins[key] = cls._create_user_with_roles(
                f"member_admin_{key}", [(cls.role_member_admin, company)]
            )
            cls.managers[key] = cls._create_user_with_roles(
                f"manager_{key}", [(cls.role_manager, company)]
            )
            # they read their reports in Odoo; a test that mails them says so
            cls.managers[key].notification_type = "inbox"
            cls.accountants[key] = cls._create_user_with_roles(
                f"accountant_{key}", [(cls.role_accountant, company)]
            )
            cls.projects[key] = cls.env["project.project"].create(
                {"name": f"Tournée {company.name}", "company_id": company.id}
            )
            cls.employees[key] = cls.env["hr.employee"].create(
                {
                    "name": "Maëlle Le Goff",
                    "user_id": cls.maelle.id,
                    "company_id": company.id,
                }
            )
        cls.agreement = cls.env["cluster.staff.agreement"].create(
            {
                "name": "Maëlle, shared booker",
                "company_id": cls.company_a.id,
                "user_id": cls.maelle.id,
                "tz": "Europe/Paris",
                "served_ids": [
                    Command.create(
                        {
                            "company_id": company.id,
                            "key_percent": key_percent,
                            "report_recipient_ids": [
                                Command.set(cls.managers[key].ids)
                            ],
                        }
                    )
                    for company, key, key_percent in zip(
                        cls.companies, "abc", (50.0, 30.0, 20.0), strict=True
                    )
                ],
                "cost_ids": [
                    Command.create(
                        {
                            "date_from": "2026-01-01",
                            "basis": "monthly",
                            "amount": 3000.01,
                        }
                    )
                ],
            }
        )
        for company, key in zip(cls.companies[1:], "bc", strict=True):
            cls._confirm(cls.agreement, company, cls.admins[key])

    @classmethod
    def _confirm(cls, agreement, company, admin):
        """``admin`` presses Confirm on the line of ``company``."""
        env = cls._tick(admin, company)
        served = agreement.served_ids.filtered(lambda m: m.company_id == company)
        served.with_env(env).action_confirm_participation()

    @classmethod
    def _log(cls, key, hours, day, name="Calls to programmers"):
        return (
            cls.env["account.analytic.line"]
            .sudo()
            .create(
                {
                    "name": name,
                    "project_id": cls.projects[key].id,
                    "employee_id": cls.employees[key].id,
                    "unit_amount": hours,
                    "date": day,
                }
            )
        )

    @classmethod
    def _interaction(cls, key, summary, when, partner, **values):
        company = cls.companies[" abc".index(key) - 1]
        return cls.env["directory.interaction"].create(
            {
                "company_id": company.id,
                "partner_id": partner.id,
                "user_id": cls.maelle.id,
                "summary": summary,
                "date": when,
                **values,
            }
        )

    @staticmethod
    def _d(text):
        return date.fromisoformat(text)
