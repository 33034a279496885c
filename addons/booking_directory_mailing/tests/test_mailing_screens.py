# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.tests import tagged

from .common import MailingCommon


@tagged("post_install", "-at_install")
class TestMailingScreens(MailingCommon):
    """The screens a booker opens, through the web client's calls, with only
    the Booker role: list and form views, a new record's form, an existing
    record's form, none raising an access error."""

    def _spec(self, Model, view_type):
        views = Model.get_views([(False, view_type)])
        return {name: {} for name in views["models"][Model._name]["fields"]}

    def test_booker_opens_every_mailing_screen(self):
        env = self._as(self.role_booker_a)
        segment = env["directory.segment"].create({"name": "Salles"})
        segment.action_refresh()
        mailing = env["mailing.mailing"].browse(segment.action_new_mailing()["res_id"])
        records = {
            "directory.segment": segment,
            "mailing.list": segment.mailing_list_id,
            "mailing.contact": segment.mailing_list_id.subscription_ids.contact_id,
            "mailing.mailing": mailing,
            "mailing.filter": env["mailing.filter"].create(
                {
                    "name": "Avec e-mail",
                    "mailing_domain": "[('email', '!=', False)]",
                    "mailing_model_id": self.env["ir.model"]._get_id("res.partner"),
                }
            ),
        }
        for model, record in records.items():
            with self.subTest(model=model):
                Model = env[model]
                self.assertTrue(record)
                rows = Model.web_search_read([], self._spec(Model, "list"))
                self.assertIn(record.id, [row["id"] for row in rows["records"]])
                form = self._spec(Model, "form")
                Model.onchange({}, [], form)
                self.assertEqual(record.web_read(form)[0]["id"], record.id)
        for model in ("mailing.trace", "mailing.trace.report"):
            env[model].web_search_read([], self._spec(env[model], "list"))
