import { registry } from "@web/core/registry";

/*
 * Maëlle ticks two venues of the directory and turns them into a mailing
 * list: she names it, sees the selection in words, and gets the segment.
 */
registry.category("web_tour.tours").add("booking_directory_mailing_selection_tour", {
    steps: () => [
        {
            content: "The directory as a list",
            trigger: ".o_switch_view.o_list",
            run: "click",
        },
        {
            content: "Tick Le Grand Phare",
            trigger: ".o_data_row:contains(Le Grand Phare):not(:contains(Anne)) .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Tick the Théâtre de Cornouaille",
            trigger: ".o_data_row:contains(Théâtre de Cornouaille) .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Open the actions",
            trigger: ".o_cp_action_menus button:contains(Actions)",
            run: "click",
        },
        {
            content: "Turn the ticked entries into a mailing list",
            trigger: ".o-dropdown-item:contains(Turn into Mailing List)",
            run: "click",
        },
        {
            content: "Two entries are selected",
            trigger: ".modal .o_field_widget[name=entry_count]:contains(2)",
        },
        {
            content: "Name it",
            trigger: ".modal .o_field_widget[name=name] input",
            run: "edit Tournée de printemps, deux salles",
        },
        {
            content: "Create the list",
            trigger: ".modal button[name=action_create]",
            run: "click",
        },
        {
            content: "The segment is open",
            trigger: ".o_form_view .o_breadcrumb:contains(Tournée de printemps, deux salles)",
        },
    ],
});
