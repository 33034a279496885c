import { registry } from "@web/core/registry";

/*
 * Gwenaëlle, member administrator of Ar Men Production, finds Kan Diskan's
 * pending request for Ar Men's note on Le Grand Phare and grants it.
 */
registry.category("web_tour.tours").add("cluster_access_request_grant_tour", {
    steps: () => [
        {
            content: "Open the pending request",
            trigger: "td.o_data_cell:contains(Grand Phare)",
            run: "click",
        },
        {
            content: "Grant it",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_grant]",
            run: "click",
        },
        {
            content: "The request is granted",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current:contains(Granted)",
        },
    ],
});
