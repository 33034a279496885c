# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Modules follow what users install: a group of companies that shares a
booker but does not recharge her cost through Odoo's accounting installs
cluster_shared_staff alone, and gets the agreements and the employers'
reports without any accounting module.

On a database of its own (tests/throwaway_db.py), Odoo installs
cluster_shared_staff with its demo data and runs the module's own tests
with its own runner (agreements, participation, the reports' figures, PDF
and digest, the screens of each role): they must pass with no accounting
installed. What it adds to CI, measured on a machine shared with other
jobs (2 cores): 186 s at a load of 8, 564 s at 10 with two more Odoo
installs running beside it; most of it is installing Odoo's base, mail, HR
and projects."""

from throwaway_db import installed, odoo, throwaway_db


def test_shared_staff_reports_without_accounting():
    """cluster_shared_staff installs, demo included, without account, and
    its tests pass there; the recharge stays out."""
    with throwaway_db("struct_boundary") as db:
        log = odoo(
            db,
            "-i",
            "cluster_shared_staff",
            "--test-tags",
            "/cluster_shared_staff",
            "--log-handler=odoo.tests.result:INFO",
            errors_ok=True,
        )
        modules = installed(db)
    assert "cluster_shared_staff" in modules
    accounting = sorted(
        m for m in modules if m == "account" or m.startswith("account_")
    )
    assert not accounting, f"accounting came with the reports: {accounting}"
    assert "cluster_shared_staff_recharge" not in modules
    results = [line for line in log.splitlines() if " of " in line and " tests" in line]
    assert results, log[-3000:]
    assert " 0 failed, 0 error(s) of " in results[-1], results[-1]
    ran = int(results[-1].split(" of ")[1].split()[0])
    assert ran >= 20, f"only {ran} tests ran"
