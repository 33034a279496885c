# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Every piece of superuser work in the suite says what fences it.

``sudo()``, ``with_user(SUPERUSER_ID)`` and ``su=True`` read past the record
rules, and raw SQL (``cr.execute``, ``SQL(...)``, ``_where_calc``) past the
ORM altogether: each is where a company's data may reach another company.
Each must carry, on its line or within the three lines above it (or above
the statement it is part of), a comment starting with ``# sudo:``, ``# su:``
or ``# SQL:`` that says which company or cluster condition confines it.

Run as a script, this lists the unfenced ones per module:
``python3 tests/test_superuser_fences.py``.
"""

import ast
import io
import re
import tokenize
import unittest
from collections import Counter
from pathlib import Path

from odoo.tests import tagged

ADDONS = Path(__file__).resolve().parent.parent / "addons"
FENCE = re.compile(r"#\s*(sudo|su|SQL)\s*:\s*\S")
WINDOW = 3


def superuser_calls(source):
    """(line, kind) of each superuser or raw-SQL call in Python ``source``,
    read from its tokens: comments and strings that mention them do not
    count, and ``sudo(False)`` (dropping superuser) does not either."""
    tokens = [
        token
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
    ]
    found = []
    for index, token in enumerate(tokens):
        before = tokens[index - 1].string if index else ""
        after = tokens[index + 1].string if index + 1 < len(tokens) else ""
        then = tokens[index + 2].string if index + 2 < len(tokens) else ""
        line = token.start[0]
        if token.type != tokenize.NAME:
            continue
        name = token.string
        if name == "sudo" and before == "." and after == "(" and then != "False":
            found.append((line, "sudo()"))
        elif name == "execute" and before == "." and tokens[index - 2].string == "cr":
            found.append((line, "cr.execute"))
        elif name == "_where_calc" and after == "(":
            found.append((line, "_where_calc"))
        elif name == "SQL" and after == "(" and before != "def":
            found.append((line, "SQL()"))
        elif name == "SUPERUSER_ID" and before not in ("import", ","):
            found.append((line, "SUPERUSER_ID"))
        elif name == "su" and after == "=" and then == "True":
            found.append((line, "su=True"))
    return found


def _statement_starts(source):
    """For each line, the first line of the innermost statement holding it."""
    starts = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt) and not isinstance(
            node, (ast.FunctionDef, ast.ClassDef, ast.If, ast.For, ast.With, ast.Try)
        ):
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                if line not in starts or starts[line] < node.lineno:
                    starts[line] = node.lineno
    return starts


def _fenced(lines, line, start):
    """Whether a fence comment is on ``line``, or a comment block reaching
    into the three lines above ``line`` or above ``start`` begins with one."""
    if FENCE.search(lines[line - 1]):
        return True
    candidates = set(range(max(1, line - WINDOW), line)) | set(
        range(max(1, start - WINDOW), start)
    )
    for number in sorted(candidates):
        text = lines[number - 1].strip()
        if not text.startswith("#"):
            continue
        first = number
        while first > 1 and lines[first - 2].strip().startswith("#"):
            first -= 1
        if any(FENCE.match(lines[n - 1].strip()) for n in range(first, number + 1)):
            return True
    return False


def unfenced():
    """(module, path, line, kind) of every unfenced call in addons/, tests
    excepted: a test may read as superuser what it then checks."""
    result = []
    for path in sorted(ADDONS.rglob("*.py")):
        relative = path.relative_to(ADDONS)
        if "tests" in relative.parts:
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        starts = _statement_starts(source)
        for line, kind in superuser_calls(source):
            if not _fenced(lines, line, starts.get(line, line)):
                result.append((relative.parts[0], str(relative), line, kind))
    return result


@tagged("post_install", "-at_install")
class TestSuperuserFences(unittest.TestCase):
    def test_the_checker_sees_calls_and_fences(self):
        """The control: the checker finds what it must and accepts a fence
        above a multi-line statement."""
        source = (
            "x = env['a'].sudo()\n"
            "y = env['a'].sudo(False)\n"
            "# sudo: only the user's own companies\n"
            "z = (\n"
            "    env['a']\n"
            "    .sudo()\n"
            ")\n"
            "env.cr.execute(SQL('SELECT 1'))  # SQL: constant\n"
            "# a sudo() in a comment, and 'cr.execute' in a string\n"
            "e = env(su=True)\n"
        )
        calls = superuser_calls(source)
        self.assertEqual(
            calls,
            [
                (1, "sudo()"),
                (6, "sudo()"),
                (8, "cr.execute"),
                (8, "SQL()"),
                (10, "su=True"),
            ],
        )
        lines, starts = source.splitlines(), _statement_starts(source)
        fenced = [_fenced(lines, line, starts[line]) for line, _kind in calls]
        self.assertEqual(fenced, [False, True, True, True, False])

    def test_superuser_work_is_fenced(self):
        for module, path, line, kind in unfenced():
            with self.subTest(module=module, where=f"{path}:{line}", kind=kind):
                self.fail(
                    f"{kind} at {path}:{line} has no '# sudo:' / '# SQL:' "
                    "comment saying what confines it"
                )


if __name__ == "__main__":
    rows = unfenced()
    for module, count in sorted(Counter(row[0] for row in rows).items()):
        print(f"{module}: {count}")
    for _module, path, line, kind in rows:
        print(f"  {path}:{line} {kind}")
