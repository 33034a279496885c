# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64

from lxml import etree

from odoo.addons.booking_directory.tests.common import DirectoryCommon
from odoo.addons.cluster_role.tests.common import RoleCommon

SECRET = "fee ceiling 4800 EUR"


class NotesCommon(DirectoryCommon, RoleCommon):
    """Company A keeps a note, an interaction (with a follow-up, a message
    and an attachment) on the shared venue; company B, in the same cluster,
    must see none of it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env_a = cls.env(
            user=cls.booker_a,
            context=dict(cls.env.context, allowed_company_ids=[cls.company_a.id]),
        )
        cls.note_a = env_a["directory.note"].create(
            {
                "partner_id": cls.venue.id,
                "note": f"<p>Programmer likes us; {SECRET}</p>",
                "interest_level": "3",
                "pitch": "Kan ar Mor, spring tour",
            }
        )
        cls.interaction_a = env_a["directory.interaction"].create(
            {
                "partner_id": cls.venue.id,
                "interaction_type": "call",
                "summary": f"Call: {SECRET}",
                "followup_date": "2026-01-15",
            }
        )
        cls.message_a = cls.interaction_a.message_post(body=f"Offer sent, {SECRET}")
        cls.attachment_a = env_a["ir.attachment"].create(
            {
                "name": "offer-ar-men.txt",
                "datas": base64.b64encode(SECRET.encode()),
                "res_model": "directory.interaction",
                "res_id": cls.interaction_a.id,
            }
        )
        cls.note_a, cls.interaction_a = (
            cls.note_a.with_env(cls.env),
            cls.interaction_a.with_env(cls.env),
        )

    @classmethod
    def _env_as(cls, user, companies=None):
        companies = companies or user.company_ids
        return cls.env(
            user=user, context=dict(cls.env.context, allowed_company_ids=companies.ids)
        )

    @classmethod
    def _form_spec(cls, env, model, view_type="form"):
        """The field specification the web client reads a record with: the
        fields of the view that ``env``'s user gets, and for x2many fields
        the fields of their inline list."""
        views = env[model].get_views([(False, view_type)])
        models = views["models"]

        def fields_of(node):
            for child in node:
                if child.tag == "field":
                    yield child
                else:
                    yield from fields_of(child)

        def spec(node, name):
            result = {}
            for field in fields_of(node):
                info = models[name]["fields"][field.get("name")]
                sub = next(iter(field.iter("list", "kanban")), None)
                if info["type"] == "many2one":
                    value = {"fields": {"display_name": {}}}
                elif info["type"] in ("one2many", "many2many"):
                    value = {
                        "fields": spec(sub, info["relation"])
                        if sub is not None
                        else {"display_name": {}}
                    }
                else:
                    value = {}
                result[field.get("name")] = value
            return result

        arch = etree.fromstring(views["views"][view_type]["arch"])
        return views, spec(arch, model)
