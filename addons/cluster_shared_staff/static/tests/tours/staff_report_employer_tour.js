import { registry } from "@web/core/registry";

/*
 * Soizic, Kan Diskan's accountant, opens the report of the work Maëlle, the
 * shared booker, did for Kan Diskan: Kan Diskan's report is there and no
 * other company's.
 */
registry.category("web_tour.tours").add("cluster_shared_staff_employer_report_tour", {
    steps: () => [
        {
            content: "Kan Diskan's report is listed, no other company's",
            trigger: ".o_list_view:not(:has(.o_data_row:contains(Ar Men))):has(.o_data_row:contains(Kan Diskan))",
        },
        {
            content: "Open it",
            trigger: "td.o_data_cell:contains(Kan Diskan Diffusion)",
            run: "click",
        },
        {
            content: "The report's figures are shown",
            trigger: ".o_form_view .o_field_one2many .o_data_row",
        },
    ],
});
