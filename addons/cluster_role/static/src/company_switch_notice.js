/**
 * Tell the user when the web client ticks a company she did not tick herself.
 *
 * Odoo adds companies to the selection on its own: the form view catches an
 * AccessError carrying a `suggested_company` and ticks it (a reminder, a link,
 * a form that still needs the company the user has just unticked, which ticks
 * it again), `/mail/view` links (reminder e-mails, chatter) rewrite the `cids`
 * cookie on the server, and a URL's `cids` wins over the cookie. What a
 * shared booker reads of a company's private data depends on the ticked
 * companies, so such a change must not go unnoticed.
 *
 * The switcher records, per user, the selection the user made; when the web
 * client starts with companies ticked beyond that selection (in a browser that
 * has none yet, beyond the user's default company, which is what the web client
 * starts with), a notification names each company added and the new selection
 * becomes the known one.
 */
import { browser } from "@web/core/browser/browser";
import { _t } from "@web/core/l10n/translation";
import { user } from "@web/core/user";
import { session } from "@web/session";
import { patch } from "@web/core/utils/patch";
import { companyService } from "@web/webclient/company_service";
import { CompanySelector } from "@web/webclient/switch_company_menu/switch_company_menu";

function storageKey() {
    return `cluster_role.ticked_companies.${session.db}.${user.userId}`;
}

function readTicked() {
    try {
        return JSON.parse(browser.localStorage.getItem(storageKey()));
    } catch {
        return null;
    }
}

function writeTicked(companyIds) {
    browser.localStorage.setItem(storageKey(), JSON.stringify(companyIds));
}

patch(CompanySelector.prototype, {
    apply() {
        // The user's own choice: what she ticks in the switcher is never news to her.
        const ids = this.selectedCompaniesIds.length
            ? this.selectedCompaniesIds
            : [this.companyService.activeCompanyIds[0]];
        writeTicked(ids);
        return super.apply(...arguments);
    },
});

patch(companyService, {
    dependencies: [...companyService.dependencies, "notification"],
    start(env, { notification }) {
        const service = super.start(...arguments);
        const active = service.activeCompanyIds;
        const stored = readTicked();
        const known = Array.isArray(stored) ? stored : [session.user_companies.current_company];
        for (const companyId of active.filter((id) => !known.includes(id))) {
            notification.add(
                _t("%(company)s was added to your companies to open this record.", {
                    company: service.getCompany(companyId)?.name || "",
                }),
                { type: "warning", sticky: true }
            );
        }
        writeTicked(active);
        return service;
    },
});
