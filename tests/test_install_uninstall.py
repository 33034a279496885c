# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Installing a module of the suite and uninstalling it again leaves every
other module as it was: Odoo's rules (base.res_partner_rule, which
partner_multi_company rewrites, included), the other modules' rules, groups
and roles, access rights; the module's own records are gone, no external id
is left pointing at nothing, and installing it again gives back what the
first install gave.

On a database of its own (tests/throwaway_db.py), without demo data: the
modules the round-tripped ones depend on, with what they need from Odoo and
the OCA; then the round-tripped modules are installed, uninstalled and
installed again, together.

Which modules round-trip: by default (CI), booking_directory_mailing, the
leaf of the suite (no module depends on it) that gives a group of another
module (mass_mailing's) to a role of another (cluster_role's), on the
smallest base (no accounting, no HR): 177 s with the machine shared by
other jobs (load 10 on 2 cores: installing the rest 107 s, the module
12 s, uninstalling it 20 s, installing it again 17 s). Every leaf of the
suite on the whole suite took 374 to 542 s (installing the rest 226 to
376 s, the leaves 36 to 47 s, uninstalling them 46 to 51 s, installing them
again 43 s), too long for every CI run. ``ROUND_TRIP=leaves`` round-trips every
leaf (booking_directory_import, booking_directory_mailing,
cluster_consolidation, cluster_shared_staff_recharge);
``ROUND_TRIP=module,module`` the modules named."""

import ast
import contextlib
import os
import re
import time

from lxml import etree
from throwaway_db import ADDONS, installed, odoo, query, run_in_odoo, throwaway_db


def manifests():
    return {
        path.parent.name: ast.literal_eval(path.read_text())
        for path in sorted(ADDONS.glob("*/__manifest__.py"))
        if ast.literal_eval(path.read_text()).get("installable", True)
    }


def leaves(suite):
    """The modules of the suite no other module of the suite depends on."""
    needed = {dep for manifest in suite.values() for dep in manifest["depends"]}
    return sorted(set(suite) - needed)


def closure(suite, modules):
    """``modules`` and every module they depend on, as the manifests say
    (Odoo's and the OCA's modules are named, not followed)."""
    todo, seen = list(modules), set()
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo += suite.get(module, {}).get("depends", [])
    return seen


def round_trip_modules(suite):
    choice = os.environ.get("ROUND_TRIP", "booking_directory_mailing")
    return leaves(suite) if choice == "leaves" else sorted(choice.split(","))


def snapshot(db):
    """What modules share and may wrongly edit, keyed by external id (or by
    model and name for records without one), with their values: record
    rules, the groups each group implies (a role is a group), access rights,
    and the external ids of each module."""
    rules = query(
        db,
        """
        SELECT COALESCE(d.module || '.' || d.name, 'no xmlid: ' || r.name),
               m.model, r.domain_force, r.active, r.perm_read, r.perm_write,
               r.perm_create, r.perm_unlink,
               ARRAY(SELECT gd.module || '.' || gd.name
                       FROM rule_group_rel rg
                       JOIN ir_model_data gd
                         ON gd.model = 'res.groups' AND gd.res_id = rg.group_id
                      WHERE rg.rule_group_id = r.id ORDER BY 1)
          FROM ir_rule r
          JOIN ir_model m ON m.id = r.model_id
          LEFT JOIN ir_model_data d ON d.model = 'ir.rule' AND d.res_id = r.id
        """,
    )
    implied = query(
        db,
        """
        SELECT gd.module || '.' || gd.name,
               ARRAY(SELECT hd.module || '.' || hd.name
                       FROM res_groups_implied_rel rel
                       JOIN ir_model_data hd
                         ON hd.model = 'res.groups' AND hd.res_id = rel.hid
                      WHERE rel.gid = g.id ORDER BY 1)
          FROM res_groups g
          JOIN ir_model_data gd ON gd.model = 'res.groups' AND gd.res_id = g.id
        """,
    )
    access = query(
        db,
        """
        SELECT COALESCE(d.module || '.' || d.name, 'no xmlid: ' || a.name),
               m.model, a.active, a.perm_read, a.perm_write, a.perm_create,
               a.perm_unlink, gd.module || '.' || gd.name
          FROM ir_model_access a
          JOIN ir_model m ON m.id = a.model_id
          LEFT JOIN ir_model_data d
                 ON d.model = 'ir.model.access' AND d.res_id = a.id
          LEFT JOIN ir_model_data gd
                 ON gd.model = 'res.groups' AND gd.res_id = a.group_id
        """,
    )
    return {
        "rules": {key: tuple(values) for key, *values in rules},
        "implied groups": {key: tuple(values) for key, values in implied},
        "access rights": {key: tuple(values) for key, *values in access},
    }


def differences(before, after, ignore=()):
    """What changed between two snapshots, in words, leaving out the
    records whose external id belongs to a module of ``ignore``."""

    def kept(key):
        return key.split(".", 1)[0] not in ignore

    lines = []
    for kind in before:
        old = {k: v for k, v in before[kind].items() if kept(k)}
        new = {k: v for k, v in after[kind].items() if kept(k)}
        lines += [f"{kind}: {key} is gone" for key in sorted(old.keys() - new.keys())]
        lines += [f"{kind}: {key} appeared" for key in sorted(new.keys() - old.keys())]
        lines += [
            f"{kind}: {key} changed from {old[key]} to {new[key]}"
            for key in sorted(old.keys() & new.keys())
            if old[key] != new[key]
        ]
    return lines


# The tables of the records whose external ids would otherwise dangle.
CHECKED_TABLES = {
    "ir.rule": "ir_rule",
    "ir.model.access": "ir_model_access",
    "ir.model": "ir_model",
    "ir.model.fields": "ir_model_fields",
    "ir.ui.view": "ir_ui_view",
    "ir.ui.menu": "ir_ui_menu",
    "ir.actions.act_window": "ir_act_window",
    "ir.actions.server": "ir_act_server",
    "ir.cron": "ir_cron",
    "res.groups": "res_groups",
    "mail.template": "mail_template",
}


def orphan_xmlids(db):
    """External ids whose record no longer exists."""
    orphans = []
    for model, table in CHECKED_TABLES.items():
        orphans += query(
            db,
            f"""
            SELECT d.module || '.' || d.name FROM ir_model_data d
             WHERE d.model = %s
               AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = d.res_id)
            """,
            [model],
        )
    return sorted(xmlid for (xmlid,) in orphans)


@contextlib.contextmanager
def timed(timings, step):
    start = time.monotonic()
    yield
    timings[step] = time.monotonic() - start
    print(f"{step}: {timings[step]:.0f} s", flush=True)


def test_leaves_install_uninstall_and_install_again():
    """The leaves of the suite round-trip: uninstalled, they leave every
    other module's and Odoo's rules, groups, roles and access rights as
    they were before their install; installed again, they give back the
    same records."""
    suite = manifests()
    round_trip = round_trip_modules(suite)
    assert set(round_trip) <= set(leaves(suite)), "only leaves round-trip alone"
    rest = sorted(closure(suite, round_trip) - set(round_trip))
    timings = {}
    with throwaway_db("struct_roundtrip") as db:
        with timed(timings, "install the rest"):
            odoo(db, "--without-demo=all", "-i", ",".join(rest))
        assert not set(round_trip) & installed(db), "a leaf came with the rest"
        before = snapshot(db)

        with timed(timings, "install the leaves"):
            odoo(db, "-i", ",".join(round_trip))
        assert set(round_trip) <= installed(db)
        with_leaves = snapshot(db)
        own_rules = {
            key for key in with_leaves["rules"] if key.split(".")[0] in round_trip
        }
        assert own_rules, "the leaves have rules of their own"

        with timed(timings, "uninstall the leaves"):
            run_in_odoo(
                db,
                f"""
                env["ir.module.module"].search(
                    [("name", "in", {round_trip!r})]
                ).button_immediate_uninstall()
                """,
            )
        assert not set(round_trip) & installed(db)
        after = snapshot(db)
        assert not differences(before, after), "\n".join(differences(before, after))
        assert not own_rules & set(after["rules"])
        left = query(
            db,
            "SELECT module || '.' || name FROM ir_model_data WHERE module = ANY(%s)",
            [round_trip],
        )
        assert not left, f"external ids of uninstalled modules are left: {left}"
        assert not orphan_xmlids(db), orphan_xmlids(db)

        with timed(timings, "install the leaves again"):
            odoo(db, "-i", ",".join(round_trip))
        again = snapshot(db)
        assert not differences(with_leaves, again), "\n".join(
            differences(with_leaves, again)
        )
        assert not orphan_xmlids(db), orphan_xmlids(db)
    print(f"round trip of {', '.join(round_trip)}: {sum(timings.values()):.0f} s")


def foreign_links(module, manifest):
    """{record xmlid: [group xmlids]}: the groups of other modules that the
    data files of ``module`` give to roles or groups of other modules."""
    links = {}
    for name in manifest.get("data", []):
        if not name.endswith(".xml"):
            continue
        tree = etree.parse(str(ADDONS / module / name))
        for record in tree.xpath(
            "//record[@model='res.users.role' or @model='res.groups']"
        ):
            xmlid = record.get("id")
            if "." not in xmlid or xmlid.split(".")[0] == module:
                continue  # its own record goes with the module
            for field in record.xpath("field[@name='implied_ids']"):
                for ref in re.findall(r"ref\('([\w.]+)'\)", field.get("eval", "")):
                    if "." in ref and ref.split(".")[0] != module:
                        links.setdefault(xmlid, []).append(ref)
    return {xmlid: sorted(groups) for xmlid, groups in links.items()}


def declared_links(module):
    """The ``IMPLIED_GROUPS`` of the module's hooks.py, as written."""
    path = ADDONS / module / "hooks.py"
    if not path.exists():
        return {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            getattr(target, "id", None) == "IMPLIED_GROUPS" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            return {xmlid: sorted(groups) for xmlid, groups in value.items()}
    return {}


def test_groups_given_to_other_modules_roles_are_taken_back():
    """A module whose data gives a group of another module to a role of
    another (the groups outlive it) takes exactly those back in its
    uninstall hook, as booking_directory_mailing's round trip proves the
    hook does; no two modules give the same group to the same role, or
    uninstalling one would take it from the other."""
    given = {}
    for module, manifest in manifests().items():
        links = foreign_links(module, manifest)
        with_hook = manifest.get("uninstall_hook") == "uninstall_hook"
        assert declared_links(module) == links, (
            f"{module}: hooks.py IMPLIED_GROUPS {declared_links(module)} "
            f"!= what its data gives {links}"
        )
        assert with_hook or not links, f"{module} has no uninstall hook"
        for xmlid, groups in links.items():
            for group in groups:
                given.setdefault((xmlid, group), []).append(module)
    shared = {link: modules for link, modules in given.items() if len(modules) > 1}
    assert not shared, shared
