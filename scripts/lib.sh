# Shared by scripts/test, scripts/demo and scripts/bench. Source it, don't run it.
# Database settings come from DB_HOST, DB_PORT, DB_USER and DB_PASSWORD.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-}"
DB_PASSWORD="${DB_PASSWORD:-}"
export PGHOST="$DB_HOST" PGPORT="$DB_PORT" PIP_ROOT_USER_ACTION=ignore
[ -n "$DB_USER" ] && export PGUSER="$DB_USER"
[ -n "$DB_PASSWORD" ] && export PGPASSWORD="$DB_PASSWORD"

die() {
    echo "$*" >&2
    exit 1
}

require_odoo() {
    odoo_imports ||
        die "Odoo 18 is not importable by $PY: install Odoo 18.0 the official way (see README, 'Getting Odoo 18'), or set PYTHON to the interpreter that has it."
}

# Odoo itself, not an empty odoo/ namespace: the OCA wheels install an odoo/
# folder in site-packages that shadows a plain editable install of Odoo.
odoo_imports() {
    (cd / && "$PY" -c 'import sys, odoo.release as r; from odoo import SUPERUSER_ID; sys.exit(r.version_info[0] != 18)') 2>/dev/null
}

require_postgres() {
    "$PY" -c 'import psycopg2; psycopg2.connect(dbname="postgres").close()' 2>/dev/null ||
        die "PostgreSQL is not reachable at $DB_HOST:$DB_PORT${DB_USER:+ as $DB_USER}: start it, or set DB_HOST, DB_PORT, DB_USER and DB_PASSWORD, then run this again."
}

# Odoo's tours drive headless Chromium; without it Odoo skips them, so say so
# once, plainly, instead of letting a green run hide it.
warn_no_chromium() {
    command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 ||
        command -v google-chrome >/dev/null 2>&1 ||
        echo "Chromium is not installed: the browser tours will be skipped (apt install chromium)." >&2
}

install_requirements() {
    "$PY" -m pip install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt" ||
        die "The Python requirements in requirements.txt could not be installed: see pip's message above."
    odoo_imports ||
        die "After installing requirements.txt, 'import odoo' no longer gives Odoo: the OCA wheels' odoo/ folder shadows an editable install of Odoo; reinstall Odoo with 'pip install -e ./odoo --config-settings editable_mode=compat' (see README, 'Getting Odoo 18')."
}

# Modules of the suite: every installable folder of addons/.
suite_modules() {
    local manifest
    for manifest in "$ROOT"/addons/*/__manifest__.py; do
        "$PY" -c 'import ast, sys; sys.exit(not ast.literal_eval(open(sys.argv[1]).read()).get("installable", True))' "$manifest" &&
            basename "$(dirname "$manifest")"
    done
}

odoo_db_args() {
    local args=(--db_host="$DB_HOST" --db_port="$DB_PORT")
    [ -n "$DB_USER" ] && args+=(--db_user="$DB_USER")
    [ -n "$DB_PASSWORD" ] && args+=(--db_password="$DB_PASSWORD")
    printf '%s\n' "${args[@]}"
}

db_exists() {
    "$PY" - "$1" <<'PYEOF'
import sys, psycopg2
with psycopg2.connect(dbname="postgres") as cnx, cnx.cursor() as cr:
    cr.execute("SELECT 1 FROM pg_database WHERE datname = %s", [sys.argv[1]])
    sys.exit(0 if cr.fetchone() else 1)
PYEOF
}

drop_db() {
    "$PY" - "$1" <<'PYEOF'
import sys, psycopg2
cnx = psycopg2.connect(dbname="postgres")
cnx.autocommit = True
with cnx.cursor() as cr:
    cr.execute('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % sys.argv[1].replace('"', ''))
cnx.close()
PYEOF
    rm -rf "${ODOO_DATA_DIR:-$HOME/.local/share/Odoo}/filestore/$1"
}

# Install MODULES (comma-separated) with their demo data into a new database.
install_db() {
    local db="$1" modules="$2" log
    log="$(mktemp)"
    mapfile -t dbargs < <(odoo_db_args)
    if ! "$PY" -m odoo -d "$db" "${dbargs[@]}" --addons-path="$ROOT/addons" \
        -i "$modules" --stop-after-init --max-cron-threads=0 --http-port=0 \
        --log-level=warn --logfile="$log"; then
        tail -n 60 "$log" >&2
        die "Installing $modules into $db failed; the log is in $log."
    fi
    if grep -q -E ' (ERROR|CRITICAL) ' "$log"; then
        grep -E -A 20 ' (ERROR|CRITICAL) ' "$log" | head -n 80 >&2
        die "Installing $modules into $db logged errors; the log is in $log."
    fi
    rm -f "$log"
}

# Run, with Odoo's own test loader and runner (odoo.tests.loader, as
# `odoo --test-tags` does), the tests of DB's installed modules selected by
# TAGS (Odoo's --test-tags syntax), once every module of DB is loaded.
# `odoo --test-tags -u MODULE` would run a module's at_install tests while
# only its dependencies are loaded, before the suite's overrides: the very
# case this run exists to check. Extra arguments go to Odoo's configuration.
# Logs Odoo's "N failed, N error(s) of N tests" line; returns non-zero on
# any failure.
run_odoo_tests() {
    local db="$1" tags="$2"
    shift 2
    mapfile -t dbargs < <(odoo_db_args)
    (cd / && "$PY" - -d "$db" "${dbargs[@]}" --addons-path="$ROOT/addons" \
        --test-tags="$tags" --http-port="${TEST_HTTP_PORT:-8169}" \
        --max-cron-threads=0 --stop-after-init "$@" <<'PYEOF'
import logging
import sys
import threading

import odoo
from odoo.modules.registry import Registry
from odoo.tools import config

config.parse_config(sys.argv[1:])
db = config["db_name"]
threading.current_thread().dbname = db
# Load every module before testing any: with test_enable set, Odoo would
# run each module's at_install tests as soon as that module is loaded
config["test_enable"] = False
registry = Registry.new(db)
config["test_enable"] = True
from odoo.tests import loader  # noqa: E402 - refused outside test mode
from odoo.tests.result import OdooTestResult  # noqa: E402
from odoo.tests.tag_selector import TagsSelector  # noqa: E402

# Only the modules the tags name: importing every installed module's tests
# needs their test-only requirements (odoo_test_helper...)
named = {module for _tag, module, *_rest in TagsSelector(config["test_tags"]).include}
modules = sorted(named if named and None not in named else registry._init_modules)
report = OdooTestResult()
for position in ("at_install", "post_install"):
    suite = loader.make_suite(modules, position)
    if suite.has_http_case() and not odoo.service.server.server:
        with registry.cursor() as cr:
            odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})[
                "ir.qweb"
            ]._pregenerate_assets_bundles()
        odoo.service.server.server = odoo.service.server.ThreadedServer(odoo.http.root)
        odoo.service.server.server.http_spawn()
    report.update(loader.run_suite(suite, global_report=report))
# The line Odoo itself logs at the end of a test run
log = logging.getLogger("odoo.tests.result")
(log.info if report.wasSuccessful() else log.error)(
    "%s when loading database %r", report, db
)
sys.exit(0 if report.wasSuccessful() and report.testsRun else 1)
PYEOF
    )
}

# run_odoo_tests, its log shown and kept, ended by one line "N passed, N failed"
# computed from Odoo's "N failed, N error(s) of N tests" line (a failing
# subtest counts as one failure, as Odoo counts it).
run_upstream_tests() {
    local db="$1" tags="$2" log status counts failures errors total failed
    log="$(mktemp --suffix=.log)"
    echo "Running Odoo's and the OCA's tests on $db..." >&2
    run_odoo_tests "$db" "$tags" --log-level=warn --log-handler=odoo.tests.result:INFO \
        2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    counts="$(grep -oE '[0-9]+ failed, [0-9]+ error\(s\) of [0-9]+ tests' "$log" | tail -n 1)"
    if [ -z "$counts" ]; then
        echo "Odoo's test runner stopped before reporting (exit status $status); its log is in $log."
        return 1
    fi
    read -r failures errors total < <(echo "$counts" | grep -oE '[0-9]+' | paste -sd' ')
    failed=$((failures + errors))
    if [ "$failed" -gt 0 ]; then
        echo "Failed:"
        grep -oE '(FAIL|ERROR): .*' "$log" | sort -u | sed 's/^/  /'
        echo "The log is in $log."
    else
        rm -f "$log"
    fi
    echo "$((total > failed ? total - failed : 0)) passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
}
