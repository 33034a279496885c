# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.osv import expression

from ..lib.fence import companies_allowed, one_circle


class MailingMailing(models.Model):
    _inherit = "mailing.mailing"
    _cluster_confidential = True

    sender_company_ids = fields.Many2many(
        "res.company",
        string="In the Name Of",
        required=True,
        default=lambda self: self.env.company,
        help="Companies of the cluster sending this mailing together; only "
        "their users see it and its statistics, and it reaches only what "
        "its author reads in those companies.",
    )

    @api.constrains("sender_company_ids")
    def _check_sender_company_ids(self):
        for mailing in self:
            # sudo: companies the user may not read, compared, never shown
            companies = mailing.sudo().sender_company_ids
            if not companies:
                # The superuser may leave it empty: only the instance
                # administrators then see the record
                if self.env.su:
                    continue
                raise ValidationError(
                    self.env._("Choose the companies this mailing is sent for.")
                )
            if not companies_allowed(self.env, companies):
                raise ValidationError(
                    self.env._(
                        "A mailing is sent in the name of companies of one "
                        "cluster, one of them yours."
                    )
                )

    @api.constrains("contact_list_ids", "sender_company_ids")
    def _check_contact_lists(self):
        Lists = self.env["mailing.list"]
        # sudo: the lists and their companies, read to compare clusters only;
        # whether the user reads the lists is checked below
        for sudo_mailing in self.sudo().filtered("contact_list_ids"):
            lists = sudo_mailing.contact_list_ids
            readable = self.env.su or Lists.search_count(
                [("id", "in", lists.ids)]
            ) == len(lists)
            companies = lists.company_ids | sudo_mailing.sender_company_ids
            if not readable or not one_circle(companies):
                raise ValidationError(
                    self.env._(
                        "A mailing goes to mailing lists of its companies' cluster."
                    )
                )

    @api.constrains("mailing_filter_id", "sender_company_ids")
    def _check_mailing_filter(self):
        Filters = self.env["mailing.filter"]
        for mailing in self.filtered("mailing_filter_id"):
            # sudo: the filter's company, read to compare clusters only
            sudo_mailing = mailing.sudo()
            companies = (
                sudo_mailing.mailing_filter_id.company_id
                | sudo_mailing.sender_company_ids
            )
            readable = self.env.su or Filters.search_count(
                [("id", "=", mailing.mailing_filter_id.id)]
            )
            if not readable or not one_circle(companies):
                raise ValidationError(self.env._("Choose one of your saved filters."))

    # ------------------------------------------------------------------
    # Recipients: the queue runs as superuser, so the mailing's own domain
    # would reach every record of the database. They are searched with the
    # author's access, in the sending companies, within their circle.
    # ------------------------------------------------------------------

    def _recipients_model(self):
        """The target model as the mailing's author, with the sending
        companies she belongs to ticked; None when she belongs to none."""
        self.ensure_one()
        # sudo: the author and her companies, read to build her environment;
        # what she reaches is then confined by her own record rules. A new
        # mailing (its recipients counted in the form) is the user's.
        sudo_mailing = self.sudo()
        author = sudo_mailing.create_uid or sudo_mailing.env.user
        companies = sudo_mailing.sender_company_ids._origin & author.company_ids
        if not companies or not author.active:
            return None
        env = self.env(
            user=author.id,
            su=False,
            context={**self.env.context, "allowed_company_ids": companies.ids},
        )
        return env[self.mailing_model_real]

    def _recipients_fence(self):
        """Records that every sending company's users may read: entries of
        the senders' directory, or records of all the sending companies."""
        self.ensure_one()
        # sudo: the sending companies' clusters, to name them in the domain
        companies = self.sudo().sender_company_ids._origin
        Target = self.env[self.mailing_model_real]
        in_each = expression.AND(
            [[("company_ids", "in", company.ids)] for company in companies]
        )
        if "directory_cluster_id" in Target._fields:
            return expression.OR(
                [[("directory_cluster_id", "in", companies.cluster_id.ids)], in_each]
            )
        if "company_ids" in Target._fields:
            return in_each
        if "company_id" in Target._fields:
            return [("company_id", "in", companies.ids)]
        return []

    def _get_recipients_domain(self):
        """The mailing's domain, restricted to what its author reaches."""
        domain = super()._get_recipients_domain()
        Target = self._recipients_model()
        if Target is None:
            return expression.FALSE_DOMAIN
        try:
            # Searched as the author: her record rules apply
            reached = Target._search(expression.AND([domain, self._recipients_fence()]))
        except AccessError:
            return expression.FALSE_DOMAIN
        return [("id", "in", reached)]

    def _action_send_mail(self, res_ids=None):
        """Send each mailing as its author would press *Send Now*.

        The queue runs as superuser: the body's placeholders would then be
        rendered, and the mails written, with every right. Each mailing is
        sent instead in its author's environment (see _recipients_model).
        Ids passed by a caller (over RPC too) are fenced like the mailing's
        own recipients."""
        for mailing in self:
            if self.env.su:
                Target = mailing._recipients_model()
                if Target is None:
                    # Nothing to reach (the queue then marks it done)
                    continue
                mailing = mailing.with_env(Target.env)
            if res_ids:
                fenced = (
                    mailing.env[mailing.mailing_model_real]
                    .search(
                        expression.AND(
                            [
                                [("id", "in", list(res_ids))],
                                mailing._get_recipients_domain(),
                            ]
                        )
                    )
                    .ids
                )
                if not fenced:
                    raise UserError(self.env._("There are no recipients selected."))
                super(MailingMailing, mailing)._action_send_mail(fenced)
            else:
                super(MailingMailing, mailing)._action_send_mail()
        return True
