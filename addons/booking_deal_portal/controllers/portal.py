# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64
import binascii

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request
from odoo.tools import consteq

from odoo.addons.booking_deal.lib.siret import siret_is_valid

# The organiser's fields the page writes on its directory entry, and
# nothing else
PRECONTRACT_FIELDS = (
    "precontract_legal_name",
    "company_registry",
    "vat",
    "show_licence",
    "signatory_name",
    "signatory_capacity",
)
CONTACTS = ("billing", "technical")


class DealPortal(http.Controller):
    """The organiser's page of one deal, opened by the deal's secret token:
    its pré-contrat to fill, its contract to read and sign. Every route
    answers 404 unless the token is the deal's own."""

    def _deal_or_none(self, deal_id, access_token):
        """The deal, as superuser, when ``access_token`` is its own, else
        None. The token is required even from a logged-in user who reads
        the deal: the page acts as the organiser (it signs), which no
        user of the company is."""
        # sudo: returned only when the token is this deal's; each route then
        # reads and writes this deal and its organiser only
        deal = request.env["booking.deal"].sudo().browse(deal_id).exists()
        if not (
            deal
            and access_token
            and deal.access_token
            and consteq(deal.access_token, access_token)
        ):
            return None
        # the organiser reads its page in its own language
        lang = request.env["res.lang"]._get_code(deal.organiser_id.lang)
        if lang:
            request.update_context(lang=lang)
            deal = deal.with_context(lang=lang)
        return deal

    def _shown_version(self, deal):
        """The contract the organiser may see: the latest version once sent."""
        version = deal.contract_version_id
        return version if version.state in ("sent", "signed") else version.browse()

    def _render_deal(self, deal, access_token, errors=None, values=None):
        organiser = deal.organiser_id
        return request.render(
            "booking_deal_portal.deal_page",
            {
                "deal": deal,
                "organiser": organiser,
                "version": self._shown_version(deal),
                "access_token": access_token,
                "errors": errors or {},
                "values": values
                or {
                    **{name: organiser[name] or "" for name in PRECONTRACT_FIELDS},
                    **{
                        f"{kind}_{key}": organiser[f"{kind}_contact_id"][key] or ""
                        for kind in CONTACTS
                        for key in ("name", "email", "phone")
                    },
                },
                "message": request.params.get("message"),
            },
        )

    @http.route("/booking/deal/<int:deal_id>", type="http", auth="public")
    def deal_page(self, deal_id, access_token=None, **kwargs):
        deal = self._deal_or_none(deal_id, access_token)
        if deal is None:
            raise request.not_found()
        return self._render_deal(deal, access_token)

    @http.route(
        "/booking/deal/<int:deal_id>/precontract",
        type="http",
        auth="public",
        methods=["POST"],
    )
    def deal_precontract(self, deal_id, access_token=None, **post):
        deal = self._deal_or_none(deal_id, access_token)
        if deal is None:
            raise request.not_found()
        values = {
            name: (post.get(name) or "").strip()
            for name in PRECONTRACT_FIELDS
            + tuple(f"{k}_{f}" for k in CONTACTS for f in ("name", "email", "phone"))
        }
        errors = {}
        if values["company_registry"] and not siret_is_valid(
            values["company_registry"]
        ):
            errors["company_registry"] = deal.env._(
                "This SIRET is not valid: check its 14 digits."
            )
        if errors:
            return self._render_deal(deal, access_token, errors, values)
        organiser = deal.organiser_id
        was_complete = organiser.precontract_complete
        organiser.write({name: values[name] or False for name in PRECONTRACT_FIELDS})
        for kind in CONTACTS:
            contact_values = {
                key: values[f"{kind}_{key}"] or False
                for key in ("name", "email", "phone")
            }
            if not contact_values["name"]:
                continue
            contact = organiser[f"{kind}_contact_id"]
            if contact:
                contact.write(contact_values)
            else:
                organiser[f"{kind}_contact_id"] = organiser.create(
                    {**contact_values, "parent_id": organiser.id, "type": "contact"}
                )
        deal.message_post(
            body=deal.env._("The organiser updated its pré-contrat online.")
        )
        if organiser.precontract_complete and not was_complete:
            deal._precontract_alert()
        return request.redirect(
            deal.get_portal_url(query_string="&message=precontract_saved")
        )

    @http.route("/booking/deal/<int:deal_id>/contract.pdf", type="http", auth="public")
    def deal_contract_pdf(self, deal_id, access_token=None, **kwargs):
        deal = self._deal_or_none(deal_id, access_token)
        version = deal and self._shown_version(deal)
        if not version or not version.attachment_id:
            raise request.not_found()
        # once signed, the contract as signed (the drawn signature printed
        # in it, or the scan uploaded), frozen with the version
        signed = version.state == "signed" and version.signed_file
        return request.make_response(
            base64.b64decode(signed) if signed else version.attachment_id.raw,
            headers=[
                ("Content-Type", "application/pdf"),
                ("Content-Disposition", f'inline; filename="{version.name}.pdf"'),
            ],
        )

    @http.route("/booking/deal/<int:deal_id>/sign", type="json", auth="public")
    def deal_sign(self, deal_id, access_token=None, name=None, signature=None):
        access_token = access_token or request.httprequest.args.get("access_token")
        deal = self._deal_or_none(deal_id, access_token)
        if deal is None:
            return {"error": request.env._("This contract does not exist.")}
        version = self._shown_version(deal)
        if version.state != "sent":
            return {
                "error": deal.env._("There is no contract waiting for your signature.")
            }
        if not name or not signature:
            return {"error": deal.env._("Your name and signature are needed.")}
        try:
            version._sign(name, deal.env._("signed online"), signature=signature)
        except (TypeError, ValueError, UserError, binascii.Error):
            return {"error": deal.env._("The signature could not be read.")}
        return {
            "force_refresh": True,
            "redirect_url": deal.get_portal_url(query_string="&message=signed"),
        }
