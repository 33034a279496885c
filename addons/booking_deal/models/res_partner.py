# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..lib.siret import siret_is_valid


class ResPartner(models.Model):
    """The organiser's administrative details a contract needs (the
    "pré-contrat"): public facts about the structure, kept on its directory
    entry and so shared with the cluster like the rest of the professional
    file, so that the next member company does not ask again."""

    _inherit = "res.partner"

    precontract_legal_name = fields.Char(
        string="Legal Name", help="The name the structure signs contracts under."
    )
    show_licence = fields.Char(
        string="Performing Arts Licence",
        help="Licence d'entrepreneur de spectacles vivants, e.g. "
        "PLATESV-R-2021-001234.",
    )
    signatory_name = fields.Char(string="Signatory")
    signatory_capacity = fields.Char(
        string="Signatory's Capacity", help="e.g. Director, President."
    )
    billing_contact_id = fields.Many2one(
        "res.partner",
        domain="[('parent_id', '=', id)]",
        help="One of the structure's contacts.",
    )
    technical_contact_id = fields.Many2one(
        "res.partner",
        domain="[('parent_id', '=', id)]",
        help="One of the structure's contacts: its technical director...",
    )
    siret_invalid = fields.Boolean(
        string="SIRET Not Valid",
        compute="_compute_siret_invalid",
        help="A French entry's registry number that is not a valid SIRET. Not "
        "refused, since imports and other modules keep what they are given, "
        "but the pré-contrat is not complete with it.",
    )
    precontract_complete = fields.Boolean(
        string="Pré-contrat Complete",
        compute="_compute_precontract_complete",
        help="Everything a contract needs is known.",
    )

    @api.depends("company_registry", "country_id")
    def _compute_siret_invalid(self):
        france = self.env.ref("base.fr")
        for partner in self:
            partner.siret_invalid = bool(
                partner.company_registry
                and partner.country_id in (france, self.env["res.country"])
                and not siret_is_valid(partner.company_registry)
            )

    @api.depends(
        "precontract_legal_name",
        "company_registry",
        "country_id",
        "show_licence",
        "signatory_name",
        "signatory_capacity",
        "billing_contact_id",
    )
    def _compute_precontract_complete(self):
        for partner in self:
            partner.precontract_complete = not partner.siret_invalid and all(
                (
                    partner.precontract_legal_name,
                    partner.company_registry,
                    partner.show_licence,
                    partner.signatory_name,
                    partner.signatory_capacity,
                    partner.billing_contact_id,
                )
            )

    @api.constrains("billing_contact_id", "technical_contact_id")
    def _check_precontract_contacts(self):
        """The contacts are people of the structure itself: pointing them at
        any other contact would read its name back."""
        for partner in self:
            for contact in partner.billing_contact_id | partner.technical_contact_id:
                if contact.parent_id != partner:
                    raise ValidationError(
                        self.env._(
                            "The billing and technical contacts must be "
                            "contacts of the structure itself."
                        )
                    )
