import { registry } from "@web/core/registry";

/*
 * A booking, from prospect to calendar, as Maëlle (Ar Men current), on the
 * demo (tests/test_booking_flow.py). Kan ar Mor's 28 May 2027 is held by
 * Théâtre de Cornouaille (option 1) and Espace Triskell (option 2).
 *
 * booking_flow: in the spring portfolio she logs a call to Le Liberté
 * (Rennes) and moves the line to Date Possible, places Le Liberté's option
 * on 28 May (option 3) and challenges the two higher ones. The test then
 * lets their 48 hours pass and runs the scheduled job.
 *
 * booking_flow_confirm: Le Liberté is now option 1; she confirms it and
 * finds it on the company calendar and on the cluster calendar.
 */

const DAY = "2027-05-28";

function menu(xmlid) {
    return [
        {
            content: `Open the ${xmlid} menu`,
            trigger: `.o_main_navbar .o_menu_sections [data-menu-xmlid="${xmlid}"]`,
            run: "click",
        },
    ];
}

function menuItem(section, item) {
    return [
        ...menu(section),
        {
            content: `Then ${item}`,
            trigger: `.dropdown-menu [data-menu-xmlid="${item}"]`,
            run: "click",
        },
    ];
}

/* Next month until the day shows (the demo's season is in 2027, the test
 * runs on any day before it). */
function goToDay() {
    return [
        {
            content: "The calendar, by month",
            trigger: ".o_calendar_view .fc-daygrid-body",
        },
        {
            content: "Forward to May 2027",
            trigger: ".o_calendar_view .o_calendar_button_next",
            async run() {
                for (let month = 0; month < 36; month++) {
                    if (document.querySelector(`.fc-daygrid-body .fc-day[data-date="${DAY}"]:not(.fc-day-other)`)) {
                        return;
                    }
                    document.querySelector(".o_calendar_view .o_calendar_button_next").click();
                    await new Promise((resolve) => setTimeout(resolve, 300));
                }
            },
        },
    ];
}

registry.category("web_tour.tours").add("booking_flow", {
    steps: () => [
        {
            content: "The apps",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "The Booking app",
            trigger: '.o_app[data-menu-xmlid="booking_production.booking_menu_root"]',
            run: "click",
        },
        ...menuItem(
            "booking_prospection.booking_prospection_menu",
            "booking_prospection.booking_prospection_line_menu"
        ),
        {
            content: "The portfolio, by stage",
            trigger: ".o_kanban_view .o_kanban_group",
        },
        {
            content: "Le Liberté, contacted",
            trigger: ".o_kanban_group:contains(Contacted) .o_kanban_record:contains(Le Liberté Rennes)",
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
            run: "edit They could take Kan ar Mor on 28 May",
        },
        {
            content: "Log it",
            trigger: ".modal .modal-footer button.btn-primary",
            run: "click",
        },
        {
            content: "The call is in the line's history",
            trigger: ".o_form_view .o_field_widget[name=interaction_ids] td:contains(They could take Kan ar Mor on 28 May)",
        },
        {
            content: "A date is possible",
            trigger: ".o_form_view .o_statusbar_status button:contains(Date Possible)",
            run: "click",
        },
        {
            content: "The line is at Date Possible",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current:contains(Date Possible)",
        },
        /* From the production's dates: a new date from Dates or Options
         * cannot pick its production (see the report of tests/test_booking_flow.py) */
        ...menuItem("booking_production.booking_menu_productions", "booking_production.booking_production_menu"),
        {
            content: "Kan ar Mor",
            trigger: ".o_kanban_view .o_kanban_record:contains(Kan ar Mor)",
            run: "click",
        },
        {
            content: "Its dates",
            trigger: ".o_form_view button[name=action_view_dates]",
            run: "click",
        },
        {
            content: "A new option",
            trigger: ".o_list_view .o_control_panel_main_buttons .o_list_button_add",
            run: "click",
        },
        {
            content: "For Kan ar Mor",
            trigger: ".o_form_view .o_field_widget[name=production_id] input:value(Kan ar Mor)",
        },
        {
            content: "At Le Liberté",
            trigger: ".o_form_view .o_field_widget[name=venue_id] input",
            run: "edit Le Liberté",
        },
        {
            trigger: ".o-autocomplete--dropdown-menu li:not(.o_m2o_dropdown_option) a:contains(Le Liberté Rennes)",
            run: "click",
        },
        {
            content: "On 28 May 2027",
            trigger: ".o_form_view .o_field_widget[name=date] input",
            run: "edit 05/28/2027",
        },
        {
            content: "Save",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "Third on the day",
            trigger: ".o_form_view .o_field_widget[name=option_rank_label]:contains(Option 3)",
        },
        {
            content: "Challenge the two higher options",
            trigger: ".o_form_view button[name=action_option_challenge]",
            run: "click",
        },
        {
            content: "Yes",
            trigger: ".modal .modal-footer button.btn-primary",
            run: "click",
        },
        {
            content: "The higher options have to answer",
            trigger: "body:not(:has(.modal)) .o_form_view .alert-info:contains(This option challenges the higher ones)",
        },
        {
            content: "The challenge is in the option's history",
            trigger: ".o_form_view .o_notebook a.nav-link:contains(Option History)",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_field_widget[name=option_event_ids] td:contains(Challenged)",
        },
    ],
});

registry.category("web_tour.tours").add("booking_flow_confirm", {
    steps: () => [
        {
            content: "Le Liberté's option is now the first",
            trigger: ".o_form_view .o_field_widget[name=option_rank_label]:contains(Option 1)",
        },
        {
            content: "Confirm the date",
            trigger: ".o_form_view button[name=action_confirm]",
            run: "click",
        },
        {
            content: "Confirmed",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current:contains(Confirmed)",
        },
        ...menuItem("booking_production.booking_menu_calendar", "booking_production.booking_date_calendar_menu"),
        {
            content: "The company calendar is open (not the form left behind)",
            trigger: ".o_control_panel .o_breadcrumb:contains(Company Calendar)",
        },
        ...goToDay(),
        {
            content: "Kan ar Mor at Le Liberté on 28 May",
            trigger: `.fc-daygrid-body .fc-day[data-date="${DAY}"] .fc-event:contains(Le Liberté)`,
            run: "click",
        },
        {
            content: "Confirmed, at Le Liberté",
            trigger: ".o_popover:contains(Le Liberté Rennes):contains(Confirmed)",
        },
        ...menuItem("booking_production.booking_menu_calendar", "booking_calendar.booking_cluster_day_menu"),
        {
            // the company calendar shows the same day and event until the
            // cluster calendar replaces it: clicking it then hits a calendar
            // being taken down
            content: "The cluster calendar is open",
            trigger: ".o_control_panel .o_breadcrumb:contains(Cluster Calendar)",
        },
        ...goToDay(),
        {
            content: "On the cluster calendar too",
            trigger: `.fc-daygrid-body .fc-day[data-date="${DAY}"] .fc-event:contains(Le Liberté)`,
            run: "click",
        },
        {
            content: "Confirmed, at Le Liberté",
            trigger: ".o_popover:contains(Le Liberté Rennes):contains(Confirmed)",
        },
    ],
});
