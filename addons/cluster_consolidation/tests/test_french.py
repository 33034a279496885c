# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import io

import openpyxl

from odoo.tests import tagged

from .common import ConsolidationCommon


@tagged("post_install", "-at_install")
class TestFrench(ConsolidationCommon):
    """Issue 13: a French cluster accountant reads the run's name, the PDF
    and the workbook in French, with French dates; no English is left."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.env["ir.module.module"].search(
            [("name", "=", "cluster_consolidation")]
        )._update_translations(["fr_FR"])
        cls._approve(cls.q)
        cls._approve(cls.r)
        cls.accountant = cls._create_user_with_roles(
            "comptable_groupement",
            [(cls.env.ref("cluster_consolidation.role_cluster_accountant"), cls.p)],
        )
        cls.accountant.lang = "fr_FR"

    def test_name_reports_and_workbook_in_french(self):
        env = self._tick(self.accountant, self.p)
        env = env(context=dict(env.context, lang="fr_FR"))
        run = self.consolidation.with_env(env)
        self.assertEqual(
            run.web_read({"name": {}})[0]["name"],
            "Transat Conso, du 01/01/2026 au 31/01/2026",
        )
        self.assertEqual(
            env["consolidation.run"]
            .new({"cluster_id": self.cluster.id, "date_from": False})
            .name,
            "Nouvelle consolidation",
        )
        run.action_run()
        html = (
            env["ir.actions.report"]
            ._render_qweb_html("cluster_consolidation.report_consolidation", run.ids)[0]
            .decode()
        )
        for french in (
            "États consolidés",
            "Cette période",
            "Actif",
            "Du",
            "Bilan consolidé au",
            "Total des capitaux propres et des dettes",
            "Résultat net",
            "Part du groupe",
            "Tableau de variation des capitaux propres consolidés",
        ):
            self.assertIn(french, html)
        for english in (
            "Consolidated statements",
            "This Period",
            "Assets",
            "From",
            "Total equity",
            "Net result",
            "Opening",
        ):
            self.assertNotIn(english, html)
        content, _kind = env["ir.actions.report"]._render_xlsx(
            "cluster_consolidation.consolidation_xlsx", run.ids, {}
        )
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(workbook.sheetnames, ["États", "Lignes"])
        statements = [row[0] for row in workbook["États"].iter_rows(values_only=True)]
        self.assertEqual(statements[0], "Transat Conso, du 01/01/2026 au 31/01/2026")
        self.assertIn("Actif", statements)
        self.assertIn("Total des capitaux propres et des dettes", statements)
        kinds = {row[2] for row in workbook["Lignes"].iter_rows(values_only=True)}
        self.assertIn("Contribution du membre", kinds)
        self.assertNotIn("Member Contribution", kinds)
