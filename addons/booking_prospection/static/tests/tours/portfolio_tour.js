import { registry } from "@web/core/registry";

/*
 * Maëlle opens Ar Men's portfolio, adds La Passerelle de la Rance to Kan ar Mor's spring tour in Brittany
 * from the kanban, and logs a call from the line: the line moves on to
 * Contacted.
 */
registry.category("web_tour.tours").add("booking_prospection_portfolio_tour", {
    steps: () => [
        {
            content: "The portfolio, by stage",
            trigger: ".o_kanban_view .o_kanban_group",
        },
        {
            content: "Add a prospect",
            trigger: ".o_control_panel_main_buttons button.o-kanban-button-new",
            run: "click",
        },
        {
            content: "La Passerelle de la Rance",
            trigger: ".o_kanban_quick_create .o_field_widget[name=partner_id] input",
            run: "edit La Passerelle de la Rance",
        },
        {
            trigger: ".o-autocomplete--dropdown-menu li:not(.o_m2o_dropdown_option) a:contains(La Passerelle de la Rance)",
            run: "click",
        },
        {
            content: "The production",
            trigger: ".o_kanban_quick_create .o_field_widget[name=production_id] input",
            run: "edit Kan ar Mor",
        },
        {
            trigger: ".o-autocomplete--dropdown-menu li:not(.o_m2o_dropdown_option) a:contains(Kan ar Mor)",
            run: "click",
        },
        {
            content: "The spring tour",
            trigger: ".o_kanban_quick_create .o_field_widget[name=tour_period_id] input",
            run: "edit Bretagne",
        },
        {
            trigger: ".o-autocomplete--dropdown-menu li:not(.o_m2o_dropdown_option) a:contains(Bretagne, mars-avril 2027)",
            run: "click",
        },
        {
            content: "Add it",
            trigger: ".o_kanban_quick_create .o_kanban_add",
            run: "click",
        },
        {
            content: "Open the new line",
            trigger: ".o_kanban_record:contains(La Passerelle de la Rance)",
            run: "click",
        },
        {
            content: "Log a call",
            trigger: ".o_form_view button[name=action_log_call]",
            run: "click",
        },
        {
            content: "What was said",
            trigger: ".modal .o_field_widget[name=summary] input",
            run: "edit Called the programmer about the spring tour",
        },
        {
            content: "Log it",
            trigger: ".modal .modal-footer button.btn-primary",
            run: "click",
        },
        {
            content: "The line moved on to Contacted",
            trigger:
                "body:not(:has(.modal)) .o_form_view .o_statusbar_status button.o_arrow_button_current:contains(Contacted)",
        },
    ],
});
