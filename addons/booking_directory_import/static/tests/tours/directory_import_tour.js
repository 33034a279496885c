import { registry } from "@web/core/registry";

const CSV = [
    "Nom,Courriel,Ville,Type",
    "La Grande Scène du Tour,contact@grande-scene-tour.example,Rennes,Salle",
    ",sans-nom@example.com,Brest,Salle",
    "Salle Sans Courriel Valide,pas-un-courriel,Vannes,Salle",
].join("\n");

/*
 * Maëlle imports a file of three directory entries, two of them bad: the
 * good one is imported, each bad one is reported with its reason.
 */
registry.category("web_tour.tours").add("booking_directory_import_tour", {
    steps: () => [
        {
            content: "Open the import",
            trigger: "a[data-menu-xmlid='booking_directory_import.directory_import_menu']",
            run: "click",
        },
        {
            content: "Choose the file",
            trigger: ".modal .o_field_widget[name=file]",
            async run() {
                const input = this.anchor.querySelector("input[type=file]");
                const transfer = new DataTransfer();
                transfer.items.add(new File([CSV], "entrees.csv", { type: "text/csv" }));
                input.files = transfer.files;
                input.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            content: "The file is loaded",
            trigger: ".modal .o_field_widget[name=file] .o_clear_file_button",
        },
        {
            content: "Next: map the columns",
            trigger: ".modal button[name=action_load]",
            run: "click",
        },
        {
            content: "The columns are guessed from their French headers",
            trigger: ".modal .o_field_widget[name=column_ids] .o_data_row:contains(Courriel)",
        },
        {
            content: "Import",
            trigger: ".modal button[name=action_import]",
            run: "click",
        },
        {
            content: "The good row is imported",
            trigger: ".modal .o_field_widget[name=row_ids] .o_data_row:contains(La Grande Scène du Tour)",
        },
        {
            content: "The bad e-mail is reported with its reason",
            trigger: ".modal .o_field_widget[name=row_ids] .o_data_row:contains(pas-un-courriel)",
        },
        {
            content: "Two rows in error",
            trigger: ".modal .o_field_widget[name=error_count]:contains(2)",
        },
    ],
});
