import { registry } from "@web/core/registry";

/*
 * Yann, accountant of Ar Men Production (Maëlle's employer of record),
 * shares the cost of last month again between the companies Maëlle served,
 * after time was logged late, and invoices each the difference.
 */
registry.category("web_tour.tours").add("cluster_shared_staff_recharge_tour", {
    steps: () => [
        {
            content: "Open Maëlle's sharing agreement",
            trigger: "td.o_data_cell:contains(Maëlle Le Gall)",
            run: "click",
        },
        {
            content: "Share the cost of the last month",
            trigger: ".o_form_view button[name=action_allocate_last_period]",
            run: "click",
        },
        {
            content: "Each company's share is listed",
            trigger: ".o_form_view .o_field_widget[name=line_ids] .o_data_row:contains(Kan Diskan)",
        },
        {
            content: "Invoice each company its share",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_recharge]",
            run: "click",
        },
        {
            content: "The recharges are there",
            trigger: ".o_form_view .oe_stat_button[name=action_view_moves]",
        },
    ],
});
