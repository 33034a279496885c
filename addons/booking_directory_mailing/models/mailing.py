from odoo import fields, models

COMPANIES_HELP = (
    "Companies whose users see this record. Empty: every mailing user sees "
    "it, as in standard Odoo."
)


class MailingList(models.Model):
    _inherit = "mailing.list"

    company_ids = fields.Many2many(
        "res.company", string="Companies", help=COMPANIES_HELP
    )
    segment_id = fields.Many2one(
        "directory.segment",
        string="Directory Segment",
        readonly=True,
        index="btree_not_null",
        help="Directory filter this list is refreshed from.",
    )


class MailingContact(models.Model):
    _inherit = "mailing.contact"

    company_ids = fields.Many2many(
        "res.company", string="Companies", help=COMPANIES_HELP
    )


class MailingMailing(models.Model):
    _inherit = "mailing.mailing"

    sender_company_ids = fields.Many2many(
        "res.company",
        string="In the Name Of",
        help="Companies of the cluster sending this mailing together; only "
        "their users see it and its statistics. Empty: every mailing user "
        "sees it, as in standard Odoo.",
    )
