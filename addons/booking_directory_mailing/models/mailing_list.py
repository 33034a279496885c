from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib.fence import companies_allowed, one_circle


class MailingList(models.Model):
    _inherit = "mailing.list"
    _cluster_confidential = True

    company_ids = fields.Many2many(
        "res.company",
        string="Companies",
        required=True,
        default=lambda self: self.env.company,
        help="Companies whose mailing users see this list and its contacts. "
        "Lists without companies, made before this module, are seen only by "
        "the instance administrators.",
    )
    segment_id = fields.Many2one(
        "directory.segment",
        string="Directory Segment",
        readonly=True,
        index="btree_not_null",
        help="Directory filter this list is refreshed from.",
    )

    @api.constrains("company_ids")
    def _check_company_ids(self):
        for mailing_list in self:
            if not mailing_list.sudo().company_ids:
                raise ValidationError(
                    self.env._("Choose the companies this mailing list belongs to.")
                )
            # sudo: companies the user may not read, compared, never shown
            if not companies_allowed(self.env, mailing_list.sudo().company_ids):
                raise ValidationError(
                    self.env._(
                        "The companies of a mailing list must be of one cluster "
                        "and include one of yours."
                    )
                )

    @api.constrains("segment_id", "company_ids")
    def _check_segment_id(self):
        Segment = self.env["directory.segment"]
        for mailing_list in self.filtered("segment_id"):
            # sudo: the segment's company, read to compare clusters only
            segment = mailing_list.segment_id.sudo()
            readable = self.env.su or Segment.search_count([("id", "=", segment.id)])
            if not readable or not one_circle(
                segment.company_id | mailing_list.sudo().company_ids
            ):
                raise ValidationError(
                    self.env._(
                        "A mailing list is fed by a segment of its own companies."
                    )
                )
