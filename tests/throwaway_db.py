# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Odoo run in subprocesses on a database of its own, dropped afterwards
even on failure: for the tests that install and uninstall modules, which
must not touch the database the other tests run on.

Database settings come from DB_HOST, DB_PORT, DB_USER and DB_PASSWORD, as
for scripts/test. Each database gets a unique name and Odoo serves no HTTP
(``--http-port=0``), so that parallel runs do not collide."""

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
ADDONS = ROOT / "addons"


def _connect(dbname):
    params = {
        "dbname": dbname,
        "host": os.environ.get("DB_HOST", "127.0.0.1"),
        "port": os.environ.get("DB_PORT", "5432"),
    }
    if os.environ.get("DB_USER"):
        params["user"] = os.environ["DB_USER"]
    if os.environ.get("DB_PASSWORD"):
        params["password"] = os.environ["DB_PASSWORD"]
    return psycopg2.connect(**params)


def _db_args():
    args = [
        f"--db_host={os.environ.get('DB_HOST', '127.0.0.1')}",
        f"--db_port={os.environ.get('DB_PORT', '5432')}",
    ]
    if os.environ.get("DB_USER"):
        args.append(f"--db_user={os.environ['DB_USER']}")
    if os.environ.get("DB_PASSWORD"):
        args.append(f"--db_password={os.environ['DB_PASSWORD']}")
    return args


def drop(db):
    cnx = _connect("postgres")
    cnx.autocommit = True
    with cnx.cursor() as cr:
        cr.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    cnx.close()
    data_dir = os.environ.get("ODOO_DATA_DIR", str(Path.home() / ".local/share/Odoo"))
    shutil.rmtree(Path(data_dir) / "filestore" / db, ignore_errors=True)


@contextlib.contextmanager
def throwaway_db(prefix):
    """A unique database name, dropped at the end whatever happens."""
    db = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        yield db
    finally:
        drop(db)


def odoo(db, *args, errors_ok=False):
    """Run ``python3 -m odoo`` on ``db`` with ``args`` until it stops; fail
    with the end of its log if it fails, or if it logs an error unless
    ``errors_ok`` (tests log the errors they provoke). Returns the log."""
    with tempfile.NamedTemporaryFile("r", suffix=".log") as log:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "odoo",
                "-d",
                db,
                *_db_args(),
                f"--addons-path={ADDONS}",
                "--stop-after-init",
                "--http-port=0",
                "--max-cron-threads=0",
                "--log-level=warn",
                f"--logfile={log.name}",
                *args,
            ],
            cwd="/",
            capture_output=True,
            text=True,
            check=False,
        )
        text = log.read()
    errors = [line for line in text.splitlines() if " ERROR " in line]
    if result.returncode or (errors and not errors_ok):
        raise AssertionError(
            f"odoo {' '.join(args)} failed on {db}:\n"
            f"{text[-4000:]}{result.stderr[-2000:]}"
        )
    return text


def run_in_odoo(db, code):
    """Run Python ``code`` in Odoo's shell on ``db`` (``env`` is there),
    committed; whatever it prints as JSON on its last line is returned."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "odoo",
            "shell",
            "-d",
            db,
            *_db_args(),
            f"--addons-path={ADDONS}",
            "--http-port=0",
            "--max-cron-threads=0",
            "--log-level=warn",
        ],
        input=textwrap.dedent(code) + "\nenv.cr.commit()\n",
        cwd="/",
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode or "Traceback" in result.stderr + result.stdout:
        raise AssertionError(f"Odoo shell failed on {db}:\n{result.stderr[-4000:]}")
    lines = result.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else None


def query(db, sql, params=None):
    """The rows of ``sql`` on ``db``."""
    cnx = _connect(db)
    try:
        with cnx.cursor() as cr:
            cr.execute(sql, params)
            return cr.fetchall()
    finally:
        cnx.close()


def installed(db):
    return {
        name
        for (name,) in query(
            db, "SELECT name FROM ir_module_module WHERE state = 'installed'"
        )
    }
