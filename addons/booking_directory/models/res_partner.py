from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

STRUCTURE_TYPES = [
    ("venue", "Venue"),
    ("festival", "Festival"),
    ("network", "Network"),
    ("company", "Company"),
    ("institution", "Institution"),
    ("other", "Other"),
]

CAPACITY_BANDS = [
    ("xs", "Under 100 seats"),
    ("s", "100 to 299 seats"),
    ("m", "300 to 799 seats"),
    ("l", "800 to 1,499 seats"),
    ("xl", "1,500 seats or more"),
]
CAPACITY_LIMITS = [(100, "xs"), (300, "s"), (800, "m"), (1500, "l")]


def capacity_band(seats):
    """Band of a seat count; no band when the count is unknown.

    >>> capacity_band(0), capacity_band(99), capacity_band(300), capacity_band(2000)
    (False, 'xs', 'm', 'xl')
    """
    if not seats:
        return False
    for limit, band in CAPACITY_LIMITS:
        if seats < limit:
            return band
    return "xl"


def french_department(zip_code):
    """French department of a postcode: '29' for Brest, '2A' for Ajaccio,
    '974' for La Réunion.

    >>> french_department("29200"), french_department("20000")
    ('29', '2A')
    >>> french_department("20600"), french_department("97400"), french_department("")
    ('2B', '974', False)
    """
    code = (zip_code or "").strip().replace(" ", "")
    if len(code) != 5 or not code.isdigit():
        return False
    if code.startswith(("97", "98")):
        return code[:3]
    if code.startswith("20"):
        return "2A" if int(code) < 20200 else "2B"
    return code[:2]


class ResPartner(models.Model):
    _inherit = "res.partner"

    directory_cluster_id = fields.Many2one(
        "cluster.cluster",
        string="Directory",
        index=True,
        ondelete="restrict",
        default=lambda self: self._default_directory_cluster_id(),
        help="Cluster whose shared directory holds this contact. Exactly the "
        "current members of that cluster see it; other clusters never do.",
    )
    directory_type = fields.Selection(
        STRUCTURE_TYPES,
        string="Structure Type",
        index=True,
        help="What kind of structure this is, for a venue, festival, network, "
        "company or institution of the directory.",
    )
    directory_role_ids = fields.Many2many(
        "directory.role",
        string="Roles",
        help="What this person does: programmer, technical director...",
    )
    programmed_structure_ids = fields.Many2many(
        "res.partner",
        "directory_programmer_structure_rel",
        "programmer_id",
        "structure_id",
        string="Programs For",
        domain=[("is_company", "=", True)],
        help="Structures whose programme this person decides. One person may "
        "program several venues or festivals.",
    )
    programmer_ids = fields.Many2many(
        "res.partner",
        "directory_programmer_structure_rel",
        "structure_id",
        "programmer_id",
        string="Programmers",
        domain=[("is_company", "=", False)],
        help="People who decide what this structure programmes.",
    )
    operator_id = fields.Many2one(
        "res.partner",
        string="Run By",
        index=True,
        domain=[("is_company", "=", True)],
        help="Organisation that runs this venue or festival, e.g. the "
        "association behind a festival or the network behind a venue.",
    )
    operated_ids = fields.One2many(
        "res.partner",
        "operator_id",
        string="Runs",
        help="Venues and festivals this organisation runs.",
    )
    discipline_ids = fields.Many2many(
        "directory.discipline",
        string="Disciplines",
        help="Disciplines and aesthetics programmed or followed.",
    )
    seat_count = fields.Integer(
        string="Seats", help="Seats of the main hall, or the usual audience."
    )
    capacity_band = fields.Selection(
        CAPACITY_BANDS,
        compute="_compute_capacity_band",
        store=True,
        readonly=False,
        index=True,
        help="Derived from the seat count; can be set by hand when the count is "
        "unknown.",
    )
    programming_month_ids = fields.Many2many(
        "directory.month",
        string="Programming Months",
        help="Months in which the structure builds its programme; approach it then.",
    )
    season_note = fields.Char(
        string="Season",
        help="How the season runs, e.g. 'September to June, festival in July'.",
    )
    department = fields.Char(
        compute="_compute_department",
        store=True,
        index=True,
        help="French department, from the postcode.",
    )
    facebook_url = fields.Char(string="Facebook")
    instagram_url = fields.Char(string="Instagram")
    directory_hides_sales = fields.Boolean(
        compute="_compute_directory_hides_sales",
        help="A shared entry's Sales & Purchase tab is for those who invoice: "
        "the company tags and salesperson there are not a booker's to set.",
    )

    @api.model
    def _default_directory_cluster_id(self):
        if self.env.context.get("directory_entry"):
            return self.env.company.cluster_id
        return self.env["cluster.cluster"]

    @api.depends("seat_count")
    def _compute_capacity_band(self):
        for partner in self:
            partner.capacity_band = capacity_band(partner.seat_count)

    @api.depends("directory_cluster_id")
    @api.depends_context("uid")
    def _compute_directory_hides_sales(self):
        # Invoicing is optional: without it nobody invoices the entries
        invoicing = self.env.ref("account.group_account_invoice", False)
        invoices = bool(invoicing) and invoicing in self.env.user.groups_id
        for partner in self:
            partner.directory_hides_sales = (
                bool(partner.directory_cluster_id) and not invoices
            )

    @api.depends("zip", "country_id")
    def _compute_department(self):
        for partner in self:
            partner.department = (
                french_department(partner.zip)
                if partner.country_id.code in ("FR", False)
                else False
            )

    @api.constrains("seat_count")
    def _check_seat_count(self):
        if self.filtered(lambda p: p.seat_count < 0):
            raise ValidationError(self.env._("A seat count cannot be negative."))

    @api.constrains("operator_id")
    def _check_operator(self):
        if self._has_cycle("operator_id"):
            raise ValidationError(
                self.env._("A structure cannot run itself, even indirectly.")
            )

    @api.model
    def _commercial_fields(self):
        """People belong to the directory of the structure they work for."""
        return [*super()._commercial_fields(), "directory_cluster_id"]

    @api.model_create_multi
    def create(self, vals_list):
        default_cluster = self._default_directory_cluster_id()
        for vals in vals_list:
            if "directory_cluster_id" not in vals and default_cluster:
                vals["directory_cluster_id"] = default_cluster.id
            if vals.get("directory_cluster_id"):
                vals["company_ids"] = self._directory_company_commands(
                    self.env["cluster.cluster"].browse(vals["directory_cluster_id"])
                )
                vals.pop("company_id", None)
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("directory_cluster_id"):
            vals = dict(
                vals,
                company_ids=self._directory_company_commands(
                    self.env["cluster.cluster"].browse(vals["directory_cluster_id"])
                ),
            )
            vals.pop("company_id", None)
        elif "directory_cluster_id" in vals:
            # Out of the directory, a contact is the current company's
            vals = dict(vals, company_ids=[fields.Command.set(self.env.company.ids)])
        self._check_directory_companies_by_hand(vals)
        return super().write(vals)

    @api.model
    def _directory_company_commands(self, cluster):
        """A directory entry holds no company of its own: the directory's
        rule (res_partner_rule_directory) shows it to the current members of
        its cluster, whoever they are today, and partner_multi_company's
        rule reads an entry without companies as one for every company.
        Listing the members on each entry would cost the partner rule a
        look-up in that relation on every search, and a rewrite of the whole
        directory whenever a member joins or leaves."""
        return [fields.Command.clear()]

    def _check_directory_companies_by_hand(self, vals):
        """The directory decides whom an entry is shared with: its companies
        are not written by hand (the form, an import, an RPC call), which
        could take it away from the other members."""
        if (
            "company_ids" in vals
            and "directory_cluster_id" not in vals
            and not self.env.su
            and self.filtered("directory_cluster_id")
        ):
            raise UserError(
                self.env._(
                    "A directory entry is shared with the members of its "
                    "cluster, and only with them: its companies follow the "
                    "cluster and cannot be changed by hand."
                )
            )
