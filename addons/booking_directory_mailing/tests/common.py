# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.addons.booking_directory.tests.common import DirectoryCommon
from odoo.addons.cluster_role.tests.common import RoleCommon


class MailingCommon(DirectoryCommon, RoleCommon):
    """The two clusters of the directory tests, with a booker holding only
    the Booker role in Ar Men (Breizh) and one in Québec (Transat), and an
    entry with an e-mail in each directory and one outside any directory."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_booker_a = cls._create_user_with_roles(
            "ml_booker_a", [(cls.role_booker, cls.company_a)]
        )
        cls.role_booker_b = cls._create_user_with_roles(
            "ml_booker_b", [(cls.role_booker, cls.company_b)]
        )
        cls.role_booker_q = cls._create_user_with_roles(
            "ml_booker_q", [(cls.role_booker, cls.company_q)]
        )
        for user in (cls.role_booker_a, cls.role_booker_b, cls.role_booker_q):
            user.email = f"{user.login}@staff.example"
            cls._tick(user, user.company_id)
        cls.venue.email = "prog@cornouaille.example"
        cls.agora = cls._create_entry(
            cls.booker_q, name="Agora de la Danse", email="info@agora.example"
        )
        # A partner of no company and no directory, as standard Odoo makes
        # them: every internal user reads it
        cls.stray = cls.env["res.partner"].create(
            {"name": "Fournisseur Global", "email": "global@stray.example"}
        )

    def _as(self, user, **context):
        """The environment of ``user`` with their default company ticked."""
        return self.env(
            user=user, context={"allowed_company_ids": user.company_id.ids, **context}
        )

    def _new_record(self, user, model, values, **context):
        """A record created as in the standard form: the defaults of the
        form view's fields, then the user's values, saved with
        ``web_save``."""
        Model = self._as(user, **context)[model]
        form = Model.get_views([(False, "form")])["models"][model]["fields"]
        vals = {**Model.default_get(list(form)), **values}
        result = Model.web_save(vals, {"display_name": {}})
        return Model.browse(result[0]["id"])
