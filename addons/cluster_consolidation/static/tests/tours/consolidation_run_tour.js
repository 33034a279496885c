import { registry } from "@web/core/registry";

/*
 * Camille, cluster accountant of Transat Productions, makes a new
 * consolidation of Réseau Transat for last month (the form's defaults), runs
 * it and opens its statements.
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
            trigger: ".o_form_view button[name=action_view_lines]",
            run: "click",
        },
        {
            content: "The statements have lines",
            trigger: ".o_pivot .o_pivot_cell_value, .o_list_view .o_data_row",
        },
    ],
});
