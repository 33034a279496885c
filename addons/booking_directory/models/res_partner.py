# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError
from odoo.osv import expression
from odoo.tools import SQL

from ..lib.qualification import capacity_band, french_department

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
# Links between directory entries; both ends are entries of one directory.
DIRECTORY_LINKS = ("operator_id", "programmer_ids", "programmed_structure_ids")
# A sub-select in a rule is fast while PostgreSQL can hash it in memory
# (about 260,000 ids with the default work_mem; a row of a relation table
# takes 36 bytes on disk). Past 2 MB (58,000 rows) a rule's many2many
# condition keeps the ORM's correlated EXISTS, costlier to plan but never
# read in full for each row.
SUBSELECT_MAX_BYTES = 2 * 1024 * 1024
# Values of contact names sampled by ANALYZE for the planner, against
# PostgreSQL's 100 (see ResPartner.init)
NAME_STATISTICS = 1000


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
        # A string domain only guides the choice in the form: a list would
        # make creating any contact search both ends of this relation
        domain="[('is_company', '=', True)]",
        help="Structures whose programme this person decides. One person may "
        "program several venues or festivals.",
    )
    programmer_ids = fields.Many2many(
        "res.partner",
        "directory_programmer_structure_rel",
        "structure_id",
        "programmer_id",
        string="Programmers",
        domain="[('is_company', '=', False)]",
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

    def init(self):
        """Give the planner a finer picture of contact names. A name search
        (``complete_name ILIKE '%Scène 42%'``) is estimated from the names
        ANALYZE sampled; with PostgreSQL's default of 100, a name shared by
        one contact in a hundred is missing from the sample about one time
        in three, the search is then thought to match some twenty contacts,
        and a booker's search reads her whole directory (half a second on
        200,000 entries) instead of the first names in order. 1,000 values
        keep the estimate near the truth at every ANALYZE. A planner
        statistic of one column, not a server setting: the uninstall hook
        gives the column PostgreSQL's default back."""
        # SQL: schema only, how many values ANALYZE keeps for one column;
        # no row is read
        self.env.cr.execute(
            SQL(
                "ALTER TABLE res_partner ALTER COLUMN complete_name SET STATISTICS %s",
                NAME_STATISTICS,
            )
        )
        return super().init()

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

    @api.constrains(
        "directory_cluster_id",
        "company_ids",
        "parent_id",
        "operator_id",
        "programmer_ids",
        "programmed_structure_ids",
    )
    def _check_directory_links(self):
        """Keep every link of a directory entry inside its directory, as
        ``check_company`` does for companies: a many2one is read back with
        its target's name, computed as superuser, so a link to another
        cluster's entry would name it there. Checked on the new values of
        each create and write; the messages name no target."""
        own_clusters = self.env.companies.cluster_id
        # partner_multi_company writes company_ids without updating the
        # superuser's cache: read them afresh
        self.invalidate_recordset(["company_ids"])
        # sudo: only the directory and companies of each end are read, to
        # compare them; nothing read is returned
        for partner in self.sudo():
            cluster = partner.directory_cluster_id
            if cluster not in own_clusters:
                self._check_own_directory(cluster.id)
            # An entry holds no company: its cluster's rule shares it (see
            # _directory_company_commands); only the superuser may say more
            if cluster and partner.company_ids and not self.env.su:
                raise ValidationError(
                    self.env._(
                        "A directory entry is shared with every company of its "
                        "cluster; its companies cannot be changed by hand."
                    )
                )
            for fname in DIRECTORY_LINKS:
                if any(t.directory_cluster_id != cluster for t in partner[fname]):
                    raise ValidationError(
                        self.env._(
                            "“%s” can only name entries of the same directory.",
                            self._fields[fname]._description_string(self.env),
                        )
                    )
            parent_cluster = partner.parent_id.directory_cluster_id
            # A person follows her structure's directory (commercial field)
            if parent_cluster and (
                (cluster and parent_cluster != cluster)
                or (not self.env.su and parent_cluster not in own_clusters)
            ):
                raise ValidationError(
                    self.env._(
                        "A person can only work at a structure of her own directory."
                    )
                )

    @api.model
    def _check_own_directory(self, cluster_id):
        """Refuse to put an entry in a directory that is not one of the
        current companies'; checked before writing, since the write itself
        would share the entry with that directory's companies."""
        if (
            cluster_id
            and not self.env.su
            and cluster_id not in self.env.companies.cluster_id.ids
        ):
            raise ValidationError(
                self.env._(
                    "An entry can only be put in the directory of your current company."
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_shared_entry(self):
        """An entry is shared by every company of its cluster: deleting it
        removes it, with what each company linked to it, for all of them.
        Directory administrators may; bookers archive."""
        if self.env.su or self.env.user.has_group(
            "booking_directory.group_directory_manager"
        ):
            return
        if any(self.mapped("directory_cluster_id")):
            raise UserError(
                self.env._(
                    "This entry is shared by every company of your cluster: "
                    "deleting it would remove it for all of them. Only a "
                    "directory administrator can delete it; to stop seeing it, "
                    "archive it instead (Actions, then Archive)."
                )
            )

    @api.model
    def _apply_ir_rules(self, query, mode="read"):
        """The contact rules, with their conditions on a many2many (those of
        partner_multi_company on ``company_ids``) written as sub-selects of
        the relation table instead of the ORM's correlated ``EXISTS``.

        Both say the same thing, but PostgreSQL costs a correlated
        sub-query inside an OR once per row it may scan: on a directory of
        200,000 entries that estimate passes the JIT threshold of a default
        server, which then spends more time compiling the query than running
        it. A sub-select is costed once and hashed. Only the SQL changes: the
        rules are the ones their modules wrote, and the check of fetched
        records in Python reads them as written."""
        if self.env.su:
            return
        domain = self.env["ir.rule"]._compute_domain(self._name, mode)
        if domain:
            # sudo: as Odoo applies the rules: the query gets every rule of
            # the user; only the searches nested in a rule skip them again
            expression.expression(
                [self._many2many_leaf_as_subselect(leaf) for leaf in domain],
                self.sudo(),
                self._table,
                query,
            )

    def _check_access(self, operation):
        """Check the rules on the records to read with one query, as Odoo
        does when it fetches columns, rather than in Python: the Python check
        reads every stored field of every record and the companies of each,
        for a list of 80 contacts several times the cost of the query. A
        single record keeps Odoo's check, which mostly finds its fields in
        memory. Only a full grant is taken from the query; a record refused,
        missing or new goes through the check as Odoo wrote it, and so does
        everything but the rules (access rights, other modules' checks on no
        record)."""
        if (
            operation == "read"
            and len(self._ids) > 1
            and not self.env.su
            and all(isinstance(id_, int) for id_ in self._ids)
            and self.env["ir.model.access"].check(
                self._name, operation, raise_exception=False
            )
        ):
            readable = self.with_context(active_test=False)._search(
                [("id", "in", self._ids)]
            )
            if set(readable) == set(self._ids):
                return super(ResPartner, self.browse())._check_access(operation)
        return super()._check_access(operation)

    @api.model
    def _many2many_leaf_as_subselect(self, leaf):
        """``leaf`` on a stored many2many of contacts, compared with ids or
        with False, as the same condition on ``id`` and a sub-select of the
        relation table, while that table is small enough to be hashed; any
        other leaf unchanged."""
        if not expression.is_leaf(leaf) or expression.is_boolean(leaf):
            return leaf
        fname, operator, value = leaf
        field = self._fields.get(fname)
        if not (
            field
            and field.type == "many2many"
            and field.store
            and self._relation_bytes(field.relation) <= SUBSELECT_MAX_BYTES
        ):
            return leaf
        if operator in ("in", "not in") and isinstance(value, (list, tuple)):
            if not all(value):
                # False among the ids also means "or no target" to the ORM;
                # left to it rather than narrowed (or, for "not in", widened)
                return leaf
            ids = tuple(value) or (None,)
            # SQL: the relation rows of the given targets; the rule around it
            # is applied in full
            subselect = SQL(
                "(SELECT %s FROM %s WHERE %s IN %s)",
                SQL.identifier(field.column1),
                SQL.identifier(field.relation),
                SQL.identifier(field.column2),
                ids,
            )
            return ("id", operator, subselect)
        if operator in ("=", "!=") and value is False:
            # SQL: the rows of the relation, to tell records with a target
            # from those without; the rule around it is applied in full
            subselect = SQL(
                "(SELECT %s FROM %s)",
                SQL.identifier(field.column1),
                SQL.identifier(field.relation),
            )
            return ("id", "not in" if operator == "=" else "in", subselect)
        return leaf

    @api.model
    @tools.ormcache("relation")
    def _relation_bytes(self, relation):
        """The size of table ``relation`` on disk, read once per worker."""
        # SQL: the size of a table, no record read
        self.env.cr.execute(SQL("SELECT pg_relation_size(%s)", relation))
        return self.env.cr.fetchone()[0]

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
            self._check_own_directory(vals.get("directory_cluster_id"))
            if vals.get("directory_cluster_id"):
                vals["company_ids"] = self._directory_company_commands()
                vals.pop("company_id", None)
        return super().create(vals_list)

    def write(self, vals):
        self._check_own_directory(vals.get("directory_cluster_id"))
        if vals.get("directory_cluster_id"):
            vals = dict(
                vals,
                company_ids=self._directory_company_commands(),
            )
            vals.pop("company_id", None)
        elif "directory_cluster_id" in vals and "company_ids" not in vals:
            # Out of the directory, a contact is the current company's. One
            # that was not in it keeps its companies: syncing a structure's
            # commercial fields writes an empty directory on all its people.
            leaving = self.filtered("directory_cluster_id")
            if leaving and leaving != self:
                return (self - leaving).write(vals) and leaving.write(vals)
            if leaving:
                vals = dict(
                    vals, company_ids=[fields.Command.set(self.env.company.ids)]
                )
        self._check_directory_companies_by_hand(vals)
        return super().write(vals)

    @api.model
    def _directory_company_commands(self):
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
