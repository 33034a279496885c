import { registry } from "@web/core/registry";

/*
 * Camille, cluster accountant of Transat Productions, makes a new
 * consolidation of Réseau Transat for last month (the form's defaults), runs
 * it, opens its statements and the members' amounts behind a line.
 */
registry.category("web_tour.tours").add("cluster_consolidation_run_tour", {
    steps: () => [
        {
            content: "New consolidation",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "The cluster is Camille's",
            trigger: ".o_field_widget[name=cluster_id] input:value(Réseau Transat)",
        },
        {
            content: "Run it",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_run]:contains(Run)",
            run: "click",
        },
        {
            content: "It is computed",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current:contains(Computed)",
        },
        {
            content: "Open the statements",
            trigger: ".o_form_view button[name=action_view_statements]",
            run: "click",
        },
        {
            content: "The balance sheet balances on its own line",
            trigger: ".o_list_view .o_data_row td[name=name]:contains(Total equity and liabilities)",
        },
        {
            content: "Open the members' amounts behind a line",
            trigger: ".o_list_view .o_data_row button[name=action_view_members]",
            run: "click",
        },
        {
            content: "The members' amounts of that line",
            trigger: ".o_list_view .o_data_row, .o_list_view .o_group_header",
        },
    ],
});
