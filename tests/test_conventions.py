# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Odoo's own test runner runs the same tests as pytest-odoo.

The OCA's CI runs a module's tests with ``odoo --test-tags /<module>`` after
installing it, where pytest-odoo runs every ``test_*.py`` file against a
database with the suite installed. The two agree only if every test class
is tagged ``post_install`` and ``-at_install`` (an untagged class runs in
the middle of its module's installation, before the modules that depend on
it and their data are there) and every test file is imported by its
module's ``tests/__init__.py`` (Odoo's runner sees nothing else).
"""

import ast
from pathlib import Path

from odoo.tests import BaseCase, tagged

ROOT = Path(__file__).resolve().parent.parent
REQUIRED_TAGS = {"post_install", "-at_install"}


def files_with_tests():
    """Every Python file holding tests: the modules' and the suite's."""
    yield from sorted(ROOT.glob("addons/*/tests/**/*.py"))
    yield from sorted(ROOT.glob("tests/**/*.py"))


def classes_with_tests(tree):
    """The classes of ``tree`` that hold tests: those defining ``test*``
    methods (what unittest collects) or named ``Test*``."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        methods = [
            item.name
            for item in node.body
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        if node.name.startswith("Test") or any(
            name.startswith("test") for name in methods
        ):
            yield node


def tags_of(node):
    """The tags given to class ``node`` by its ``@tagged(...)`` decorators."""
    tags = set()
    for decorator in node.decorator_list:
        if not isinstance(decorator, ast.Call):
            continue
        func = decorator.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tagged":
            tags |= {
                arg.value
                for arg in decorator.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            }
    return tags


def untagged_classes():
    """``path:line ClassName`` of each test class lacking a required tag."""
    for path in files_with_tests():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in classes_with_tests(tree):
            missing = REQUIRED_TAGS - tags_of(node)
            if missing:
                yield (
                    f"{path.relative_to(ROOT)}:{node.lineno} {node.name} "
                    f"(missing {', '.join(sorted(missing))})"
                )


def unimported_test_files():
    """Test files of a module that its ``tests/__init__.py`` does not import,
    so that Odoo's runner would never run them."""
    for init in sorted(ROOT.glob("addons/*/tests/__init__.py")):
        tree = ast.parse(init.read_text(encoding="utf-8"), filename=str(init))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and not node.module
            for alias in node.names
        } | {
            node.module.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        }
        for path in sorted(init.parent.glob("test_*.py")):
            if path.stem not in imported:
                yield str(path.relative_to(ROOT))


@tagged("post_install", "-at_install")
class TestConventions(BaseCase):
    def test_every_test_class_is_tagged_post_install(self):
        untagged = list(untagged_classes())
        self.assertFalse(
            untagged,
            "These test classes need @tagged('post_install', '-at_install') "
            "so that Odoo's runner runs them as pytest-odoo does:\n"
            + "\n".join(untagged),
        )

    def test_every_test_file_is_imported_by_its_module(self):
        unimported = list(unimported_test_files())
        self.assertFalse(
            unimported,
            "Odoo's runner never sees these test files: import them in their "
            "module's tests/__init__.py:\n" + "\n".join(unimported),
        )

    def test_the_checks_find_what_they_look_for(self):
        source = (
            "class TestUntagged(TransactionCase):\n"
            "    def test_a(self): pass\n"
            "@tagged('post_install')\n"
            "class TestHalf(TransactionCase):\n"
            "    def test_b(self): pass\n"
            "@tagged('post_install', '-at_install')\n"
            "class TestTagged(TransactionCase):\n"
            "    def test_c(self): pass\n"
        )
        found = {
            node.name: REQUIRED_TAGS - tags_of(node)
            for node in classes_with_tests(ast.parse(source))
        }
        self.assertEqual(
            found,
            {
                "TestUntagged": REQUIRED_TAGS,
                "TestHalf": {"-at_install"},
                "TestTagged": set(),
            },
        )

    def test_every_python_file_carries_the_oca_header(self):
        """The copyright and licence lines the OCA puts at the top of each
        Python file (after a shebang), with the module's licence."""
        missing = []
        for path in sorted(
            [*ROOT.glob("addons/*/**/*.py"), *ROOT.glob("tests/**/*.py")]
        ):
            lines = path.read_text().splitlines()
            if lines and lines[0].startswith("#!"):
                lines = lines[1:]
            if not lines:
                continue  # an empty __init__.py
            if not (
                lines[0].startswith("# Copyright ")
                and len(lines) > 1
                and lines[1].startswith("# License ")
            ):
                missing.append(str(path.relative_to(ROOT)))
        self.assertFalse(missing, "no OCA header:\n" + "\n".join(missing))
