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

// What the booker ticks herself in the switcher is no news: no notification.
registry.category("web_tour.tours").add("cluster_role_company_switch_own_choice", {
    steps: () => [
        {
            content: "Open the company switcher",
            trigger: ".o_switch_company_menu button",
            run: "click",
        },
        {
            content: "Tick Tour Kan Diskan",
            trigger: ".o_switch_company_item:contains(Tour Kan Diskan) [role=menuitemcheckbox]",
            run: "click",
        },
        {
            content: "Confirm (the page reloads: mark this one to wait for the next)",
            trigger: ".o_switch_company_menu_buttons button:contains(Confirm)",
            run(helpers) {
                document.body.classList.add("o_cluster_role_before_reload");
                return helpers.click();
            },
        },
        {
            content: "After the reload, open the company switcher again",
            trigger: "body:not(.o_cluster_role_before_reload) .o_switch_company_menu button",
            run: "click",
        },
        {
            content: "Tour Kan Diskan is ticked, and nothing says it was added behind her back",
            trigger:
                ".o_switch_company_item:contains(Tour Kan Diskan) [role=menuitemcheckbox][aria-checked=true]",
            run() {
                if (document.querySelector(".o_notification")) {
                    throw new Error(
                        `Unexpected notification: ${
                            document.querySelector(".o_notification").innerText
                        }`
                    );
                }
            },
        },
    ],
});
