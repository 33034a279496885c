import base64

from odoo.addons.booking_directory.tests.common import DirectoryCommon

SECRET = "fee ceiling 4800 EUR"


class NotesCommon(DirectoryCommon):
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
