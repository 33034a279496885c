# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models

# Who keeps Apps: base_install_request opens it to every user, for asking an
# administrator to install an application; in a pooled instance that is the
# administrators' business, not a booker's or an accountant's.
APPS_GROUPS = (
    "base.group_erp_manager",
    "cluster_role.group_member_admin",
    "cluster_base.group_cluster_admin",
)


class IrUiMenu(models.Model):
    _inherit = "ir.ui.menu"

    @api.model
    def _visible_menu_ids(self, debug=False):
        """Hide *Apps* from users who administer nothing, and *Dashboards*
        from users who may open no dashboard: menus of other modules, hidden
        here rather than by editing their records, so that uninstalling the
        suite gives them back as they were."""
        visible = super()._visible_menu_ids(debug)
        hidden = self.env["ir.ui.menu"]
        user = self.env.user
        if not any(user.has_group(xmlid) for xmlid in APPS_GROUPS):
            hidden |= self.env.ref("base.menu_management", False) or hidden
        dashboards = self.env.ref(
            "spreadsheet_dashboard.spreadsheet_dashboard_menu_root", False
        )
        if dashboards:
            Dashboard = self.env["spreadsheet.dashboard"]
            if not Dashboard.has_access("read") or not Dashboard.search_count(
                [], limit=1
            ):
                hidden |= dashboards
        if not hidden:
            return visible
        # sudo: the menus' tree, to hide the submenus of a hidden application
        hidden = (
            self.sudo()
            .with_context(**{"ir.ui.menu.full_list": True})
            .search([("id", "child_of", hidden.ids)])
        )
        return visible - set(hidden.ids)
