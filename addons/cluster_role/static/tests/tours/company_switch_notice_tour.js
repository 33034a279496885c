import { registry } from "@web/core/registry";

// The booker opens, by URL, a contact of Tour Kan Diskan while only Tour Ar
// Men is ticked: Odoo ticks Tour Kan Diskan to open it, and says so.
registry.category("web_tour.tours").add("cluster_role_company_switch_notice", {
    steps: () => [
        {
            content: "The notification names the company the web client ticked",
            trigger:
                ".o_notification:contains(Tour Kan Diskan was added to your companies to open this record)",
        },
        {
            content: "The record opened",
            trigger: ".o_form_view .o_last_breadcrumb_item:contains(Kan Diskan venue)",
        },
        {
            content: "Open the company switcher",
            trigger: ".o_switch_company_menu button",
            run: "click",
        },
        {
            content: "Tour Kan Diskan is indeed ticked now",
            trigger:
                ".o_switch_company_item:contains(Tour Kan Diskan) [role=menuitemcheckbox][aria-checked=true]",
        },
    ],
});
