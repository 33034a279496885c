import { registry } from "@web/core/registry";

function yesterday() {
    const day = new Date(Date.now() - 24 * 3600 * 1000);
    const pad = (n) => String(n).padStart(2, "0");
    // en_US, Maëlle's language: month/day/year
    return `${pad(day.getMonth() + 1)}/${pad(day.getDate())}/${day.getFullYear()}`;
}

/*
 * Maëlle logs a call with Le Grand Phare in one click, with a follow-up that
 * is already due; the call is Ar Men's and shows under "To Follow Up".
 */
registry.category("web_tour.tours").add("booking_directory_notes_log_call_tour", {
    steps: () => [
        {
            trigger: ".o_searchview_input",
            run: "edit Le Grand Phare",
        },
        {
            trigger: ".o_searchview_input",
            run: "press Enter",
        },
        {
            content: "Open the venue",
            trigger: ".o_kanban_record:contains(Le Grand Phare):not(:contains(Anne))",
            run: "click",
        },
        {
            content: "Log a call in one click",
            trigger: ".o_form_view .oe_stat_button[name=action_log_directory_call]",
            run: "click",
        },
        {
            content: "What was said",
            trigger: ".modal .o_field_widget[name=summary] input",
            run: "edit Called about the spring tour: call back",
        },
        {
            content: "A follow-up, already due",
            trigger: ".modal .o_field_widget[name=followup_date] input",
            run: `edit ${yesterday()}`,
        },
        {
            trigger: ".modal .o_field_widget[name=followup_date] input",
            run: "press Enter",
        },
        {
            content: "Log it",
            trigger: ".modal .modal-footer button.btn-primary",
            run: "click",
        },
        {
            content: "Back on the venue",
            trigger: "body:not(:has(.modal))",
        },
        {
            content: "Open the follow-ups",
            trigger: "a[data-menu-xmlid='booking_directory_notes.directory_interaction_followup_menu']",
            run: "click",
        },
        {
            content: "The call waits there to be followed up",
            trigger: ".o_view_controller:contains(Called about the spring tour)",
        },
    ],
});
