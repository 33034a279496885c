# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.translate import LazyTranslate

_lt = LazyTranslate(__name__)

# The stages each company starts with: name, folded, contacted, won, lost
DEFAULT_STAGES = [
    (_lt("Not Contacted"), False, False, False, False),
    (_lt("Contacted"), False, True, False, False),
    (_lt("Date Possible"), False, True, False, False),
    (_lt("Option"), False, True, False, False),
    (_lt("Declined"), True, True, False, True),
    (_lt("Confirmed"), False, True, True, False),
]


class BookingProspectionStage(models.Model):
    """A step of a company's prospection (not contacted, contacted, date
    possible, option, declined, confirmed...). Each company has its own and
    edits them: how a company sells is its own business, and the names of
    its stages say so."""

    _name = "booking.prospection.stage"
    _inherit = ["cluster.owned.mixin"]
    _cluster_confidential = True
    _description = "Prospection Stage"
    _order = "sequence, id"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    fold = fields.Boolean(
        string="Folded in Kanban",
        help="The portfolio's kanban shows this column folded.",
    )
    is_contacted = fields.Boolean(
        string="Contacted",
        default=True,
        help="Lines at this stage have been contacted: they count in the "
        "conversion rate. Untick it on the stage of the lines not contacted "
        "yet.",
    )
    is_won = fields.Boolean(
        string="Confirmed",
        help="Lines at this stage led to dates: the conversion rate counts "
        "them as confirmed.",
    )
    is_lost = fields.Boolean(
        string="Declined", help="Lines at this stage will not lead to dates."
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        help="Company whose prospection uses this stage. Only its users see it.",
    )

    @api.depends("name", "company_id")
    @api.depends_context("allowed_company_ids")
    def _compute_display_name(self):
        """With several companies ticked, the portfolio shows the stages of
        each: their names say whose they are."""
        several = len(self.env.companies) > 1
        for stage in self:
            stage.display_name = (
                self.env._(
                    "%(stage)s (%(company)s)",
                    stage=stage.name,
                    company=stage.company_id.name,
                )
                if several and stage.company_id
                else stage.name
            )

    @api.constrains("is_won", "is_lost")
    def _check_won_or_lost(self):
        if self.filtered(lambda stage: stage.is_won and stage.is_lost):
            raise ValidationError(
                self.env._("A stage cannot be both confirmed and declined.")
            )

    @api.model
    def _create_default_stages_everywhere(self):
        """At install, the default stages of every company there is;
        companies created later get theirs when created."""
        Company = self.env["res.company"].with_context(active_test=False)
        companies = Company.search([])  # pylint: disable=no-search-all
        return self._create_default_stages(companies)

    @api.model
    def _create_default_stages(self, companies):
        """The default stages of ``companies`` that have none yet, named in
        every installed language."""
        # sudo: the stages of ``companies`` only, read to skip those that
        # have some and created for the others (a new company is not among
        # its creator's active companies, which the rules require)
        Stage = self.sudo().with_context(lang="en_US")
        having = Stage.search([("company_id", "in", companies.ids)]).company_id
        vals_list = [
            {
                "name": Stage.env._(name),
                "sequence": 10 * (index + 1),
                "fold": fold,
                "is_contacted": contacted,
                "is_won": won,
                "is_lost": lost,
                "company_id": company.id,
            }
            for company in companies - having
            for index, (name, fold, contacted, won, lost) in enumerate(DEFAULT_STAGES)
        ]
        stages = Stage.create(vals_list)
        langs = [code for code, _name in self.env["res.lang"].get_installed()]
        stages._translate_default_names(langs)
        return stages

    def _translate_default_names(self, langs):
        """Name the default stages among these in ``langs``, where their name
        in that language is still the English one: a name a company gave is
        kept."""
        english = self.with_context(lang="en_US")
        sources = {english.env._(name): name for name, *_flags in DEFAULT_STAGES}
        for stage in english:
            lazy = sources.get(stage.name)
            if not lazy:
                continue
            missing = {
                lang: stage.with_context(lang=lang).env._(lazy)
                for lang in langs
                if lang != "en_US" and stage.with_context(lang=lang).name == stage.name
            }
            if missing:
                stage.update_field_translations("name", missing)
