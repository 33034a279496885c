# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.http import request

from odoo.addons.mass_mailing.controllers import main

from ..lib.fence import shares_circle


class MassMailController(main.MassMailController):
    def _prepare_mailing_subscription_values(
        self, mailing, document_id, email, hash_token
    ):
        """The subscription page offers the public lists of the mailing's
        circle (or, without a mailing, of the visitor's companies), not the
        newest public lists of every cluster."""
        values = super()._prepare_mailing_subscription_values(
            mailing, document_id, email, hash_token
        )
        user = request.env.user
        # sudo: the page runs as the public user; the companies are read to
        # choose which lists to offer, and only the offered lists are shown
        companies = mailing.sudo().sender_company_ids
        if not companies and not user._is_public() and not user.share:
            # sudo: the user's own companies, fenced by her membership
            companies = user.company_ids.sudo()
        if not companies:
            # sudo: the companies of the contacts of this subscription link
            companies = values["contacts"].sudo().company_ids
        values["lists_public"] = values["lists_public"].filtered(
            lambda mailing_list: shares_circle(mailing_list.company_ids, companies)
        )
        return values
