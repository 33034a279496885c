# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""Open every screen a user reaches from her menus, the way the web client
does, and collect what goes wrong.

For each menu the user sees, the crawler loads the action, its views
(``get_views``), the records of its list, kanban and calendar views
(``web_search_read`` with the fields those views show), the groups of its
pivot and graph views, each filter and group-by of its search view, its
search panel, the form of its first records (``web_read`` with the form's
fields, one2many sub-lists included) and the form of a new record
(``onchange``). With ``buttons`` it also presses, on the first record, the
suite's own ``action_*`` buttons the form shows that user, each inside a
savepoint that is rolled back: a business refusal (``UserError``) is an
answer, an access error or a crash is a failure.

Every call runs as the user, with her ticked companies and her language;
nothing is read as superuser except the action records themselves, which
the web client also loads with ``sudo`` (``/web/action/load``).
"""

import datetime
import logging

import psycopg2
from dateutil.relativedelta import relativedelta
from lxml import etree

from odoo.exceptions import UserError, ValidationError
from odoo.tools.safe_eval import safe_eval, time

_logger = logging.getLogger(__name__)

RECORDS_OPENED = 2
X2MANY = ("one2many", "many2many")


class ScreenCrawler:
    """Crawl the menus of one user in one environment.

    ``env`` is the user's environment (user, ticked companies, language);
    ``suite_modules`` names the modules whose buttons are pressed.
    """

    def __init__(self, env, suite_modules=(), buttons=False):
        self.env = env
        self.suite_modules = set(suite_modules)
        self.buttons = buttons
        self.failures = []
        self.screens = 0

    # -- entry point ---------------------------------------------------------

    def crawl(self):
        menus = self.env["ir.ui.menu"].load_menus(False)
        for menu_id, path in self._menu_paths(menus):
            menu = menus[menu_id]
            if not menu.get("action"):
                continue
            action_model, action_id = menu["action"].split(",")
            self._step(path, "action", self._open_action, action_model, int(action_id))
        return self.failures

    def _menu_paths(self, menus):
        """(menu id, "App > Menu > Sub-menu") for every menu, depth first."""
        stack = [(child, menus[child]["name"]) for child in menus["root"]["children"]]
        while stack:
            menu_id, path = stack.pop(0)
            yield menu_id, path
            stack[:0] = [
                (child, f"{path} > {menus[child]['name']}")
                for child in menus[menu_id].get("children", [])
                if child in menus
            ]

    def _step(self, where, what, call, *args, allowed=(), **kwargs):
        """Run ``call`` in a savepoint; record any exception but ``allowed``."""
        try:
            with self.env.cr.savepoint():
                return call(*args, **kwargs)
        except allowed:
            return None
        except Exception as error:  # noqa: BLE001 - the crawler reports them all
            message = f"{where} [{what}]: {type(error).__name__}: {error}"
            self.failures.append(message.splitlines()[0][:400])
            _logger.info("crawl failure: %s", message)
            return None

    # -- actions -------------------------------------------------------------

    def _eval_context(self):
        env = self.env
        today = datetime.date.today()
        return {
            "uid": env.uid,
            "user": env.user,
            "active_id": False,
            "active_ids": [],
            "active_model": False,
            "allowed_company_ids": env.context.get("allowed_company_ids", []),
            "current_company_id": env.company.id,
            "company_id": env.company.id,
            "context": dict(env.context),
            "context_today": lambda: today,
            "datetime": datetime,
            "relativedelta": relativedelta,
            "time": time,
        }

    def _eval(self, expression, default):
        if not expression or not isinstance(expression, str):
            return expression or default
        try:
            return safe_eval(expression, self._eval_context())
        except Exception:  # noqa: BLE001 - client-only names: the client would
            return default  # evaluate them; the crawl goes on without them

    def _open_action(self, action_model, action_id):
        # sudo: the web client loads action records with sudo too
        # (/web/action/load); what they open is then read as the user
        action = self.env[action_model].sudo().browse(action_id)
        if action_model == "ir.actions.server":
            result = action.sudo(False).with_env(self.env).run()
            if (
                isinstance(result, dict)
                and result.get("type") == "ir.actions.act_window"
            ):
                self._open_window(action.name, result)
            return
        if action_model != "ir.actions.act_window":
            return  # client actions and URLs run in the browser (tours)
        values = action.read(
            ["name", "res_model", "views", "search_view_id", "domain", "context"]
        )[0]
        self._open_window(action.name, values, action_id=action.id)

    def _open_window(self, where, values, action_id=False):
        model = values["res_model"]
        context = self._eval(values.get("context"), {})
        context = context if isinstance(context, dict) else {}
        domain = self._eval(values.get("domain"), []) or []
        Model = self.env[model].with_context(
            **{k: v for k, v in context.items() if not k.startswith("search_default")}
        )
        views = [list(view) for view in values.get("views") or [[False, "list"]]]
        if not any(view_type == "form" for _id, view_type in views):
            views.append([False, "form"])
        search_view = values.get("search_view_id")
        views.append([search_view[0] if search_view else False, "search"])
        loaded = self._step(
            where,
            "get_views",
            Model.get_views,
            views,
            {"action_id": action_id, "load_filters": True, "toolbar": True},
        )
        if not loaded:
            return
        self.screens += 1
        fields_of = {name: info["fields"] for name, info in loaded["models"].items()}
        arches = {
            view_type: etree.fromstring(view["arch"])
            for view_type, view in loaded["views"].items()
        }
        record_ids = []
        for view_type in ("list", "kanban", "calendar"):
            if view_type in arches:
                spec = self._spec(arches[view_type], model, fields_of)
                if view_type == "calendar":
                    spec.update(self._calendar_spec(arches[view_type]))
                rows = self._step(
                    where,
                    f"{view_type} web_search_read",
                    Model.web_search_read,
                    domain,
                    spec,
                    limit=80,
                )
                if rows and not record_ids:
                    record_ids = [row["id"] for row in rows["records"]]
        for view_type in ("pivot", "graph"):
            if view_type in arches:
                self._read_groups(where, view_type, Model, domain, arches[view_type])
        if "search" in arches:
            self._search(where, Model, domain, arches["search"])
        if "form" in arches:
            self._forms(where, Model, record_ids, arches["form"], fields_of)

    # -- views ---------------------------------------------------------------

    def _spec(self, node, model, fields_of):
        """The web client's ``specification`` for the fields a view shows:
        the fields of ``node`` that are not inside a sub-view, with the
        sub-view's own fields for x2many fields."""
        fields = fields_of.get(model, {})
        spec = {}
        for field in node.iter("field"):
            if self._owner(field) is not node:
                continue
            name = field.get("name")
            info = fields.get(name)
            if not info:
                continue
            if info["type"] == "many2one":
                spec[name] = {"fields": {"display_name": {}}}
            elif info["type"] in X2MANY:
                sub = next(
                    (child for child in field if child.tag in ("list", "kanban")), None
                )
                sub_spec = (
                    self._spec(sub, info["relation"], fields_of)
                    if sub is not None
                    else {}
                )
                sub_spec.setdefault("display_name", {})
                spec[name] = {"fields": sub_spec, "limit": 40}
            else:
                spec[name] = {}
        return spec

    @staticmethod
    def _owner(field):
        """The view node whose record ``field`` belongs to: the nearest
        enclosing sub-view (a node right under a ``field``), or the root."""
        parent = field.getparent()
        while parent.getparent() is not None:
            if parent.getparent().tag == "field":
                return parent
            parent = parent.getparent()
        return parent

    @staticmethod
    def _calendar_spec(arch):
        return {
            arch.get(attr): {}
            for attr in ("date_start", "date_stop", "date_delay", "color")
            if arch.get(attr)
        }

    def _read_groups(self, where, view_type, Model, domain, arch):
        groupby = [
            field.get("name")
            for field in arch.iter("field")
            if field.get("type") in ("row", "col") or view_type == "graph"
        ]
        groupby = [name for name in groupby if name in Model._fields][:1]
        measures = [
            f"{field.get('name')}:sum"
            for field in arch.iter("field")
            if field.get("type") == "measure" and field.get("name") in Model._fields
        ]
        self._step(
            where,
            f"{view_type} read_group",
            Model.web_read_group,
            domain,
            ["__count", *measures],
            groupby,
            lazy=True,
        )

    def _search(self, where, Model, domain, arch):
        for node in arch.iter("filter"):
            name = node.get("name") or node.get("string")
            filter_domain = self._eval(node.get("domain"), None)
            if isinstance(filter_domain, list):
                self._step(
                    where,
                    f"filter {name}",
                    Model.search_count,
                    domain + filter_domain,
                )
            context = self._eval(node.get("context"), {})
            group_by = context.get("group_by") if isinstance(context, dict) else None
            if isinstance(group_by, str):
                group_by = [group_by]
            if group_by and group_by[0].split(":")[0] in Model._fields:
                self._step(
                    where,
                    f"group by {group_by[0]}",
                    Model.web_read_group,
                    domain,
                    ["__count"],
                    group_by[:1],
                    lazy=True,
                )
        for panel in arch.iter("searchpanel"):
            for field in panel.iter("field"):
                name = field.get("name")
                if field.get("select") == "multi":
                    call = Model.search_panel_select_multi_range
                else:
                    call = Model.search_panel_select_range
                self._step(where, f"search panel {name}", call, name)

    def _forms(self, where, Model, record_ids, arch, fields_of):
        spec = self._spec(arch, Model._name, fields_of)
        spec.setdefault("display_name", {})
        opened = Model.browse(record_ids[:RECORDS_OPENED])
        rows = []
        if opened:
            rows = self._step(where, "form web_read", opened.web_read, spec) or []
        # What "New" shows: defaults and onchanges of an empty record
        onchange_spec = {name: value for name, value in spec.items() if name != "id"}
        new = self._step(
            where, "form onchange (new)", Model.onchange, {}, [], onchange_spec
        )
        if new and arch.get("create") not in ("0", "false", "False"):
            # "New" then "Save" with the defaults: the rules on create must
            # let the user keep what the form let her fill in
            values = {
                name: value["id"] if isinstance(value, dict) else value
                for name, value in new.get("value", {}).items()
                if name in Model._fields and Model._fields[name].type not in X2MANY
            }
            missing = [
                name
                for name, field in Model._fields.items()
                if field.required
                and field.store
                and not values.get(name)
                and name in spec
            ]
            if missing:  # the client would not save the form either
                return
            self._step(
                where,
                "form save (new)",
                Model.web_save,
                values,
                {"display_name": {}},
                allowed=(UserError, ValidationError, psycopg2.Error),
            )
        if self.buttons and rows and Model._original_module in self.suite_modules:
            self._press_buttons(where, Model.browse(rows[0]["id"]), arch, rows[0])

    def _press_buttons(self, where, record, arch, values):
        for button in arch.iter("button"):
            name = button.get("name") or ""
            if button.get("type") != "object" or not name.startswith("action_"):
                continue
            invisible = button.get("invisible")
            if invisible and self._invisible(invisible, values):
                continue
            self._step(
                where,
                f"button {name}",
                getattr(record, name),
                allowed=(UserError, ValidationError),
            )

    def _invisible(self, expression, values):
        context = dict(self._eval_context())
        context.update(
            {
                key: (
                    value["id"] if isinstance(value, dict) and "id" in value else value
                )
                for key, value in values.items()
            }
        )
        try:
            return bool(safe_eval(expression, context))
        except Exception:  # noqa: BLE001 - a field the form reads but we did
            return True  # not: when in doubt, the button is not pressed
