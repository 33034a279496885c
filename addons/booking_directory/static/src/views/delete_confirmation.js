import { _t } from "@web/core/l10n/translation";
import { patch } from "@web/core/utils/patch";
import { FormController } from "@web/views/form/form_controller";
import { ListController } from "@web/views/list/list_controller";

/**
 * A directory entry is shared by every company of its cluster: the
 * confirmation before deleting one says so, and points to archiving. Only
 * directory administrators may delete an entry (the server refuses the
 * others).
 */
function sharedEntryDialogProps(props) {
    return {
        ...props,
        title: _t("Delete for every company?"),
        // One literal: Odoo's term extraction reads no concatenation
        body: _t(
            "This directory entry is shared by every company of your cluster: deleting it removes it for all of them. To stop seeing it, archive it instead."
        ),
    };
}

patch(FormController.prototype, {
    get deleteConfirmationDialogProps() {
        const props = super.deleteConfirmationDialogProps;
        return this.model.root.data.directory_cluster_id
            ? sharedEntryDialogProps(props)
            : props;
    },
});

patch(ListController.prototype, {
    get deleteConfirmationDialogProps() {
        const props = super.deleteConfirmationDialogProps;
        const shared = this.model.root.selection.some(
            (record) => record.data.directory_cluster_id
        );
        return shared ? sharedEntryDialogProps(props) : props;
    },
});
