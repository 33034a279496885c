# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Deny by default: every model of the suite that belongs to a company is
confidential, and joins the leak matrix, unless it says why it is shared.

A model counts as the suite's when a module of ``addons/`` defines it
(its ``_original_module``), or makes it company-aware (its ``company_id``
or ``company_ids`` field comes from a module of ``addons/``). Odoo's own
models that the suite only extends keep Odoo's rules and are attacked by
the matrix through their samples (invoices, payments...).
"""

from pathlib import Path

from odoo.tests import TransactionCase, tagged

SUITE = {
    path.parent.name
    for path in (Path(__file__).resolve().parent.parent / "addons").glob(
        "*/__manifest__.py"
    )
}
OWNERSHIP_FIELDS = ("company_id", "company_ids")


def suite_company_models(env):
    """The models of the suite, as defined above, that have a company, with
    the module that makes them the suite's."""
    found = {}
    for name, model in env.registry.items():
        if model._abstract:
            continue
        company_fields = [
            model._fields[field] for field in OWNERSHIP_FIELDS if field in model._fields
        ]
        if not company_fields:
            continue
        if model._original_module in SUITE:
            found[name] = model._original_module
        else:
            modules = {field._module for field in company_fields} & SUITE
            if modules:
                found[name] = min(modules)
    return found


@tagged("post_install", "-at_install")
class TestDenyByDefault(TransactionCase):
    def test_the_list_holds_the_suites_models(self):
        """The control: the rule above does pick the suite's company models
        and leaves Odoo's alone."""
        models = suite_company_models(self.env)
        self.assertIn("directory.note", models)
        self.assertIn("cluster.membership", models)
        self.assertNotIn("account.move", models)
        self.assertNotIn("res.partner.bank", models)

    def test_every_company_model_is_declared(self):
        for name, module in sorted(suite_company_models(self.env).items()):
            model = self.env[name]
            confidential = model._cluster_confidential
            shared = model._cluster_shared
            with self.subTest(module=module, model=name):
                self.assertTrue(
                    confidential or shared,
                    f"{name} ({module}) has a company but declares neither "
                    "_cluster_confidential = True nor _cluster_shared = 'why'",
                )
                self.assertFalse(
                    confidential and shared,
                    f"{name} declares itself both confidential and shared",
                )
                if shared:
                    self.assertIsInstance(shared, str, "_cluster_shared says why")
                    self.assertGreater(
                        len(shared.split()), 3, "_cluster_shared is a sentence"
                    )
