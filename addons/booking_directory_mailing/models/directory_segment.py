# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_list
from odoo.tools.safe_eval import safe_eval

from ..lib.domain_text import describe_source
from ..lib.fence import one_circle


class DirectorySegment(models.Model):
    """A saved selection of directory entries that feeds a mailing list.

    The list is the segment's own: it holds one mailing contact per e-mail
    of the matching entries, and each refresh adds the new ones and drops
    those that no longer match, but never touches an unsubscription.
    """

    _name = "directory.segment"
    _cluster_confidential = True
    _description = "Directory Mailing Segment"
    _order = "name"
    _check_company_auto = True

    name = fields.Char(required=True, help="E.g. 'Dance programmers in Brittany'.")
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="Company that owns this segment and its mailing list.",
    )
    cluster_id = fields.Many2one(related="company_id.cluster_id")
    sender_company_ids = fields.Many2many(
        "res.company",
        string="In the Name Of",
        default=lambda self: self.env.company,
        help="Companies of the cluster that send the mailings together; "
        "their users see the segment, its list and its mailings.",
    )
    filter_id = fields.Many2one(
        "ir.filters",
        string="Saved Filter",
        domain=[("model_id", "=", "res.partner")],
        help="A filter saved in the directory's favourites; choosing one "
        "copies its conditions below.",
    )
    domain = fields.Char(
        string="Conditions",
        default="[]",
        required=True,
        help="Which directory entries belong to the segment. Entries without "
        "an e-mail address are left out.",
    )
    domain_description = fields.Char(
        compute="_compute_domain_description",
        string="Selection",
        help="The segment's conditions in words.",
    )
    mailing_list_id = fields.Many2one("mailing.list", readonly=True, copy=False)
    entry_count = fields.Integer(
        compute="_compute_entry_count",
        string="Entries",
        help="Entries of the directory that match today and have an e-mail.",
    )
    subscribed_count = fields.Integer(
        related="mailing_list_id.contact_count", string="Contacts"
    )
    opt_out_count = fields.Integer(
        related="mailing_list_id.contact_count_opt_out", string="Unsubscribed"
    )
    refresh_date = fields.Datetime(string="Last Refresh", readonly=True, copy=False)

    @api.onchange("filter_id")
    def _onchange_filter_id(self):
        if self.filter_id:
            self.domain = self.filter_id.domain

    @api.constrains("company_id", "sender_company_ids")
    def _check_sender_companies(self):
        # A segment belongs to a company where its writer sends mailings: a
        # booker of C1 who keeps C2's books cannot hand C1's segment to C2
        mailers = self.env.user._companies_with_group(
            ["mass_mailing.group_mass_mailing_user"], self.env.user.company_ids.ids
        )
        for segment in self:
            if not self.env.su and segment.company_id.id not in mailers:
                raise ValidationError(
                    self.env._("A segment belongs to one of your companies.")
                )
            # sudo: the companies' clusters, read to compare them only; the
            # message names none of them
            sudo_segment = segment.sudo()
            if not one_circle(
                sudo_segment.company_id | sudo_segment.sender_company_ids
            ):
                raise ValidationError(
                    self.env._(
                        "A joint mailing is sent by companies of the segment's "
                        "cluster only."
                    )
                )

    @api.constrains("filter_id")
    def _check_filter_id(self):
        Filters = self.env["ir.filters"]
        for segment in self.filtered("filter_id"):
            readable = self.env.su or Filters.search_count(
                [("id", "=", segment.filter_id.id), ("model_id", "=", "res.partner")]
            )
            if not readable:
                raise ValidationError(
                    self.env._("Choose one of your saved filters of the directory.")
                )

    @api.constrains("mailing_list_id")
    def _check_mailing_list_id(self):
        for segment in self.filtered("mailing_list_id"):
            # sudo: the list's segment, read to compare it with this one
            if segment.mailing_list_id.sudo().segment_id != segment:
                raise ValidationError(
                    self.env._("A segment feeds the mailing list it created.")
                )

    @api.constrains("domain")
    def _check_domain(self):
        for segment in self:
            try:
                # Only builds the query (with the user's rules), to check the
                # conditions name fields of the directory
                self.env["res.partner"]._search(safe_eval(segment.domain))
            except Exception as error:
                raise ValidationError(
                    self.env._(
                        "The conditions of segment “%(name)s” are not valid: %(error)s",
                        name=segment.name,
                        error=error,
                    )
                ) from error

    @api.depends("domain")
    @api.depends_context("lang", "uid")
    def _compute_domain_description(self):
        for segment in self:
            segment.domain_description = describe_source(
                self.env["res.partner"], segment.domain
            )

    def _entry_domain(self):
        """The segment's conditions, within its directory, with an e-mail."""
        self.ensure_one()
        return [
            *safe_eval(self.domain),
            ("directory_cluster_id", "=", self.cluster_id.id),
            ("email", "!=", False),
        ]

    def _compute_entry_count(self):
        Partner = self.env["res.partner"]
        for segment in self:
            segment.entry_count = (
                Partner.search_count(segment._entry_domain())
                if segment.cluster_id
                else 0
            )

    def action_refresh(self):
        """Create or bring up to date the segment's mailing list."""
        for segment in self:
            segment._refresh_mailing_list()
        return True

    def _refresh_mailing_list(self):
        self.ensure_one()
        if not self.cluster_id:
            raise UserError(
                self.env._(
                    "%s is in no cluster, so it has no directory to select from.",
                    self.company_id.name,
                )
            )
        # Searched as the user: the segment holds only what they may read
        partners = self.env["res.partner"].search(self._entry_domain(), order="id")
        wanted = {}
        for partner in partners:
            if partner.email_normalized and partner.email_normalized not in wanted:
                wanted[partner.email_normalized] = partner
        # sudo: the database's blacklist, asked only about the addresses of
        # the entries the user reads
        blacklist = self.env["mail.blacklist"].sudo()
        blacklisted = set(
            blacklist.search([("email", "in", list(wanted))]).mapped("email")
        )
        mailing_list = self.mailing_list_id or self._create_mailing_list()
        mailing_list.company_ids = self.sender_company_ids
        subscriptions = self.env["mailing.subscription"].search(
            [("list_id", "=", mailing_list.id)]
        )
        listed = {sub.contact_id.email_normalized: sub for sub in subscriptions}
        # An unsubscribed address stays unsubscribed, matching or not
        subscriptions.filtered(
            lambda sub: (
                not sub.opt_out
                and (
                    sub.contact_id.email_normalized not in wanted
                    or sub.contact_id.email_normalized in blacklisted
                )
            )
        ).unlink()
        self.env["mailing.contact"].create(
            [
                {
                    "name": partner.name,
                    "email": partner.email,
                    "company_name": partner.commercial_company_name or False,
                    "company_ids": [fields.Command.set(self.sender_company_ids.ids)],
                    "subscription_ids": [
                        fields.Command.create({"list_id": mailing_list.id})
                    ],
                }
                for email, partner in wanted.items()
                if email not in listed and email not in blacklisted
            ]
        )
        self.refresh_date = fields.Datetime.now()

    def _create_mailing_list(self):
        mailing_list = self.env["mailing.list"].create(
            {
                "name": self.name,
                "segment_id": self.id,
                "is_public": False,
                "company_ids": [fields.Command.set(self.sender_company_ids.ids)],
            }
        )
        self.mailing_list_id = mailing_list
        return mailing_list

    def action_new_mailing(self):
        """A mailing to the segment, signed by every sending company."""
        self.ensure_one()
        self._refresh_mailing_list()
        signature = Markup("<p>%s</p>") % self.env._(
            "Sent jointly by %s.",
            format_list(self.env, self.sender_company_ids.mapped("name")),
        )
        mailing = self.env["mailing.mailing"].create(
            {
                "subject": self.name,
                "mailing_model_id": self.env["ir.model"]._get_id("mailing.list"),
                "contact_list_ids": [fields.Command.set(self.mailing_list_id.ids)],
                "sender_company_ids": [fields.Command.set(self.sender_company_ids.ids)],
                "body_arch": signature,
                "body_html": signature,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "mailing.mailing",
            "res_id": mailing.id,
            "view_mode": "form",
        }

    def action_view_mailing_list(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "mailing.list",
            "res_id": self.mailing_list_id.id,
            "view_mode": "form",
        }

    @api.model
    def action_create_from_directory(self):
        """From the directory list: the ticked rows, or the filtered list
        when none is ticked (or all are), named in a small dialog."""
        context = self.env.context
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Turn into Mailing List"),
            "res_model": "directory.segment.create",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_domain": repr(
                    self._selection_domain(
                        context.get("active_ids"), context.get("active_domain")
                    )
                )
            },
        }

    @api.model
    def _selection_domain(self, ids, domain):
        """The conditions for what the user selected: the filter itself when
        every row it matches is ticked (the segment then follows the
        directory), else the ticked rows."""
        Partner = self.env["res.partner"]
        if not ids:
            return list(domain or [])
        if domain is not None:
            matching = Partner.search_count(domain)
            if (
                matching
                == len(ids)
                == Partner.search_count([*domain, ("id", "in", ids)])
            ):
                return list(domain)
        return [("id", "in", sorted(ids))]
