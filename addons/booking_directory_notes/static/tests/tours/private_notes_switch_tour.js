import { registry } from "@web/core/registry";

/*
 * Maëlle, the booker the Breton companies share, opens a venue of the
 * directory with Ar Men Production current and reads Ar Men's private note;
 * she switches to Kan Diskan Diffusion and reads Kan Diskan's instead: the
 * venue is the cluster's, the notes are each company's.
 */
registry.category("web_tour.tours").add("booking_directory_notes_switch_tour", {
    steps: () => [
        {
            content: "Ar Men Production is the current company",
            trigger: ".o_switch_company_menu .oe_topbar_name:contains(Ar Men Production)",
        },
        {
            content: "Look the venue up in the directory",
            trigger: ".o_searchview_input",
            run: "edit Cornouaille",
        },
        {
            trigger: ".o_searchview_input",
            run: "press Enter",
        },
        {
            content: "Open the venue",
            trigger: ".o_kanban_record:contains(Théâtre de Cornouaille), .o_data_row:contains(Théâtre de Cornouaille)",
            run: "click",
        },
        {
            content: "Open the company's private notes",
            trigger: ".o_notebook a.nav-link[name=directory_private]",
            run: "click",
        },
        {
            content: "Ar Men's note is there",
            trigger: ".o_field_widget[name=directory_note_ids] .o_data_row:contains(Fee ceiling)",
        },
        {
            content: "Kan Diskan's note is not",
            trigger: ".o_field_widget[name=directory_note_ids]:not(:has(.o_data_row:contains(fest-noz)))",
        },
        {
            content: "Open the company switcher",
            trigger: ".o_switch_company_menu button",
            run: "click",
        },
        {
            content: "Switch to Kan Diskan Diffusion",
            trigger: ".o_switch_company_item:contains(Kan Diskan Diffusion) [role=button]",
            run: "click",
        },
        {
            content: "Kan Diskan Diffusion is now the current company",
            trigger: ".o_switch_company_menu .oe_topbar_name:contains(Kan Diskan Diffusion)",
        },
        {
            content: "The same venue is still open",
            trigger: ".o_form_view .o_breadcrumb:contains(Théâtre de Cornouaille)",
        },
        {
            trigger: ".o_notebook a.nav-link[name=directory_private]",
            run: "click",
        },
        {
            content: "Kan Diskan's note is there",
            trigger: ".o_field_widget[name=directory_note_ids] .o_data_row:contains(fest-noz)",
        },
        {
            content: "Ar Men's note is not",
            trigger: ".o_field_widget[name=directory_note_ids]:not(:has(.o_data_row:contains(Fee ceiling)))",
        },
    ],
});
