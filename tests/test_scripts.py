# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The scripts stop with one clear sentence when Odoo is missing or
shadowed, as a newcomer meets it: the OCA wheels install an ``odoo/``
folder in site-packages that hides a plain editable install of Odoo, and
``import odoo`` then gives a namespace without Odoo in it."""

import os
import subprocess
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_lib(tmp_path, function):
    """Run ``function`` of scripts/lib.sh with a Python whose ``odoo`` is
    the wheels' empty folder; pip itself succeeds."""
    shadow = tmp_path / "site"
    (shadow / "odoo" / "addons").mkdir(parents=True)  # what the wheels leave
    python = tmp_path / "python"
    python.write_text(
        textwrap.dedent(
            f"""\
            #!/bin/sh
            [ "$1" = "-m" ] && [ "$2" = "pip" ] && exit 0
            PYTHONPATH={shadow} exec python3 -S "$@"
            """
        )
    )
    python.chmod(0o755)
    env = dict(os.environ, PYTHON=str(python))
    return subprocess.run(
        ["bash", "-c", f'source "{ROOT}/scripts/lib.sh"; {function}'],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_shadowed_odoo_after_requirements_says_why(tmp_path):
    result = run_lib(tmp_path, "install_requirements")
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "shadows" in lines[0] and "editable_mode=compat" in lines[0]


def test_missing_odoo_says_how_to_get_it(tmp_path):
    result = run_lib(tmp_path, "require_odoo")
    assert result.returncode != 0
    assert "Getting Odoo 18" in result.stderr
    assert "Traceback" not in result.stderr
