import { registry } from "@web/core/registry";

/*
 * From a confirmed date to a signed contract and its invoice
 * (tests/test_portal.py, test_tour_confirmed_date_to_invoice):
 *
 * booking_deal_contract_tour: the booker (booker of one company) opens the
 * confirmed date, makes a contrat de cession on it, agrees it, generates
 * its contract, makes the organiser's link and marks the contract sent.
 *
 * booking_deal_sign_tour: the organiser, without an account, opens its
 * link and signs the contract with the portal's signature.
 *
 * booking_deal_invoice_tour: the company's accountant opens the deal and
 * invoices it.
 */

registry.category("web_tour.tours").add("booking_deal_contract_tour", {
    steps: () => [
        {
            content: "The confirmed date: a new deal on it",
            trigger: ".o_form_view button[name=action_new_deal]",
            timeout: 30000,
            run: "click",
        },
        {
            content: "The deal names the date's production",
            trigger: ".o_form_view .o_field_widget[name=production_id] input:value(Kan ar Mor)",
        },
        {
            content: "and the date",
            trigger: ".o_form_view .o_field_widget[name=date_ids] .o_data_row",
        },
        {
            content: "Its terms",
            trigger: ".o_form_view .o_notebook .nav-link:contains(Terms)",
            run: "click",
        },
        {
            content: "A fee of 2,500.00 per show",
            trigger: ".o_form_view .o_field_widget[name=fee] input",
            run: "edit 2500",
        },
        {
            content: "Save",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "Agree the deal",
            trigger: ".o_form_view .o_form_saved button[name=action_agree]",
            run: "click",
        },
        {
            content: "Generate its contract",
            trigger: ".o_form_view button[name=action_generate_contract]",
            run: "click",
        },
        {
            content: "Make the organiser's link",
            trigger: ".o_form_view button[name=action_organiser_link]",
            // the server renders or posts: slow on a busy machine
            timeout: 30000,
            run: "click",
        },
        {
            content: "The link is made",
            trigger: ".o_form_view .o_field_widget[name=organiser_url]:contains(/booking/deal/)",
            timeout: 30000,
        },
        {
            content: "The contract",
            trigger: ".o_form_view button[name=action_view_contract_versions]",
            run: "click",
        },
        {
            content: "Its first version",
            trigger: ".o_list_view .o_data_row:first .o_data_cell[name=name]",
            // the server renders or posts: slow on a busy machine
            timeout: 30000,
            run: "click",
        },
        {
            content: "Sent to the organiser",
            trigger: ".o_form_view button[name=action_mark_sent]",
            run: "click",
        },
        {
            content: "The contract is waiting for the organiser's signature",
            trigger: ".o_form_view:not(:has(button[name=action_mark_sent])) .o_statusbar_status button.o_arrow_button_current[data-value=sent]",
            timeout: 30000,
        },
    ],
});

registry.category("web_tour.tours").add("booking_deal_sign_tour", {
    steps: () => [
        {
            content: "Sign the contract",
            trigger: ".o_booking_deal_sign button[data-bs-target='#booking_deal_sign_modal']",
            timeout: 30000,
            run: "click",
        },
        {
            content: "The signatory's name, filled in from the pré-contrat",
            trigger: ".modal.show .o_web_sign_name_and_signature input:value(Anne Le Goff)",
        },
        /* a style picked draws the name now (as sale's signature tour):
         * the automatic drawing may come after the click otherwise */
        {
            content: "Pick a style",
            trigger: ".modal.show .o_web_sign_auto_select_style button",
            run: "click",
        },
        {
            content: "The fourth",
            trigger: ".o-dropdown-item:eq(3)",
            run: "click",
        },
        {
            content: "Sign",
            trigger: ".modal.show .o_portal_sign_submit:enabled",
            run: "click",
        },
        {
            content: "Signed",
            trigger: ".o_booking_deal_portal .alert-info:contains(Anne Le Goff)",
            // the server renders or posts: slow on a busy machine
            timeout: 30000,
        },
    ],
});

registry.category("web_tour.tours").add("booking_deal_invoice_tour", {
    steps: () => [
        {
            content: "The signed deal: invoice it",
            trigger: ".o_form_view button[name=action_invoice]",
            timeout: 30000,
            run: "click",
        },
        {
            content: "Its fee invoice, to the organiser",
            trigger: ".o_form_view .o_field_widget[name=partner_id] input:value(Théâtre de Cornouaille)",
            // the server renders or posts: slow on a busy machine
            timeout: 30000,
        },
    ],
});
