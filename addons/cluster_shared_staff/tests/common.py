# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import date

from lxml import etree

from odoo import Command
from odoo.tools.safe_eval import safe_eval

from odoo.addons.cluster_role.tests.common import RoleCommon

RELATIONAL = ("many2one", "one2many", "many2many")


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
                            "report_recipient_ids": [
                                Command.set(cls.managers[key].ids)
                            ],
                        }
                    )
                    for company, key in zip(cls.companies, "abc", strict=True)
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

    # The web client's calls ----------------------------------------------

    def _env(self, user, company):
        env = self._tick(user, company)
        return env(context=dict(env.context, lang="en_US", tz="Europe/Paris"))

    def _spec(self, env, model, arch):
        fields = env[model].fields_get()
        return self._node_spec(env, model, etree.fromstring(arch), fields)

    def _node_spec(self, env, model, node, fields):
        spec = {}
        for child in node.iterchildren(tag=etree.Element):
            if child.tag != "field":
                spec.update(self._node_spec(env, model, child, fields))
                continue
            name = child.get("name")
            field = fields.get(name)
            if not field:
                continue
            if field["type"] not in RELATIONAL:
                spec[name] = {}
                continue
            sub_spec = {"display_name": {}}
            comodel = field["relation"]
            comodel_fields = None
            for sub_view in child.iterchildren(tag=etree.Element):
                if sub_view.tag in ("list", "kanban", "form"):
                    comodel_fields = comodel_fields or env[comodel].fields_get()
                    sub_spec.update(
                        self._node_spec(env, comodel, sub_view, comodel_fields)
                    )
            spec[name] = {"fields": sub_spec}
        return spec

    def _open(self, env, xmlid, limit=3, only=None):
        """Open the action ``xmlid``: its views (those of ``only`` if given),
        its records in each multi-record view, the form of its first records
        and of a new one. Returns the records read."""
        # a request starts with an empty cache: nothing read as superuser
        # while setting the test up may show through
        env.invalidate_all()
        action = env["ir.actions.act_window"]._for_xml_id(xmlid)
        eval_context = {
            "uid": env.uid,
            "allowed_company_ids": env.companies.ids,
            "active_id": False,
            "context_today": date.today,
        }
        context = dict(
            env.context, **safe_eval(action.get("context") or "{}", eval_context)
        )
        domain = safe_eval(action.get("domain") or "[]", eval_context)
        Model = env[action["res_model"]].with_context(**context)
        view_types = [
            view_type
            for _id, view_type in action["views"]
            if not only or view_type in only
        ]
        if "form" not in view_types:
            view_types.append("form")
        result = Model.get_views(
            [(False, view_type) for view_type in view_types] + [(False, "search")],
            {"toolbar": True, "load_filters": True},
        )
        ids = []
        for view_type in view_types:
            arch = result["views"][view_type]["arch"]
            if view_type in ("form", "activity"):
                continue
            spec = self._spec(env, Model._name, arch)
            if view_type in ("pivot", "graph"):
                Model.web_read_group(domain, list(spec), [])
                continue
            records = Model.web_search_read(domain, spec, limit=limit)["records"]
            ids += [record["id"] for record in records]
        form_spec = self._spec(env, Model._name, result["views"]["form"]["arch"])
        records = Model.browse(sorted(set(ids))[:limit])
        records.web_read(form_spec)
        if Model.has_access("create"):
            Model.onchange({}, [], form_spec)
        return records
