# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64
import codecs
import csv
import io
import re

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import email_normalize

from odoo.addons.booking_directory.lib.text import name_key
from odoo.addons.booking_directory.models.res_partner import STRUCTURE_TYPES
from odoo.addons.booking_directory_duplicate.lib import matching

PERSON = "person"
KINDS = [*STRUCTURE_TYPES, (PERSON, "Person")]
# Created per batch: a failing batch is retried row by row, so a bad row
# costs at most this many single creates.
BATCH_SIZE = 500

# What a column can be mapped to, with the headers (normalised by name_key)
# that announce it in English and French spreadsheets.
TARGETS = [
    ("name", "Name", ["name", "nom", "raison sociale", "nom de la structure"]),
    ("kind", "Type", ["type", "structure type", "type de structure", "kind"]),
    ("email", "E-mail", ["email", "e mail", "mail", "courriel", "adresse e mail"]),
    ("phone", "Phone", ["phone", "telephone", "tel", "tel fixe"]),
    ("mobile", "Mobile", ["mobile", "portable", "tel portable"]),
    ("website", "Website", ["website", "site", "site web", "site internet", "url"]),
    ("street", "Street", ["street", "address", "adresse", "rue"]),
    ("zip", "Postcode", ["zip", "postcode", "postal code", "code postal", "cp"]),
    ("city", "City", ["city", "town", "ville", "commune"]),
    ("country", "Country", ["country", "pays"]),
    (
        "vat",
        "VAT Number",
        ["vat", "vat number", "tax id", "tva", "numero de tva", "n tva"],
    ),
    ("company_registry", "SIRET", ["siret", "siren", "company registry"]),
    ("seat_count", "Seats", ["seats", "seat count", "capacity", "jauge", "places"]),
    ("disciplines", "Disciplines", ["disciplines", "discipline", "esthetiques"]),
    ("function", "Job Position", ["job position", "function", "fonction", "poste"]),
    ("works_at", "Works At", ["works at", "employer", "structure", "employeur"]),
]
TARGET_ALIASES = {alias: key for key, _label, aliases in TARGETS for alias in aliases}
# A column left out of the import, shown as such in the mapping
SKIP = "skip"
# The words French and English files use for the structure types, whatever
# the importing user's language (normalised: no case, no accents).
KIND_ALIASES = {
    "salle": "venue",
    "lieu": "venue",
    "theatre": "venue",
    "scene": "venue",
    "reseau": "network",
    "compagnie": "company",
    "collectivite": "institution",
    "autre": "other",
}
# Columns copied as they are onto the entry.
PLAIN_FIELDS = (
    "email",
    "phone",
    "mobile",
    "website",
    "street",
    "zip",
    "city",
    "vat",
    "company_registry",
    "function",
)
LIST_SEPARATORS = re.compile(r"[,;|/]")


def _is_utf8(raw):
    """Whether ``raw`` reads as UTF-8 (a spreadsheet, or a Latin-1 file,
    does not: the reader then guesses).

    >>> _is_utf8("Scène".encode()), _is_utf8("Scène".encode("latin-1"))
    (True, False)
    """
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class DirectoryImport(models.TransientModel):
    """Import of directory entries from a spreadsheet.

    The file is read by Odoo's own importer (CSV, XLS, XLSX, ODS); rows are
    checked here, in the directory's terms, before anything is written.
    """

    _name = "directory.import"
    _description = "Directory Import"
    _cluster_shared = (
        "An import fills the cluster's shared directory; like every wizard, "
        "it is read by the user who made it alone."
    )

    state = fields.Selection(
        [
            ("upload", "1. Choose the File"),
            ("mapping", "2. Map the Columns"),
            ("done", "3. Report"),
        ],
        string="Step",
        default="upload",
        required=True,
    )
    cluster_id = fields.Many2one(
        "cluster.cluster",
        string="Directory",
        readonly=True,
        help="Directory the entries go into: the cluster of your current company.",
    )
    file = fields.Binary(
        required=True,
        attachment=False,
        help="A CSV, XLS, XLSX or ODS file whose first row names the columns.",
    )
    file_name = fields.Char()
    default_kind = fields.Selection(
        KINDS,
        string="Type When Empty",
        default="venue",
        required=True,
        help="Type given to rows whose type cell is empty, or to every row "
        "when no column holds the type.",
    )
    column_ids = fields.One2many("directory.import.column", "import_id")
    row_ids = fields.One2many("directory.import.row", "import_id")
    imported_count = fields.Integer(
        compute="_compute_counts", string="Imported", help="Rows imported."
    )
    duplicate_count = fields.Integer(
        compute="_compute_counts",
        string="Duplicates",
        help="Rows not imported because the entry is already in the directory.",
    )
    error_count = fields.Integer(
        compute="_compute_counts",
        string="Errors",
        help="Rows not imported because of an error in the row.",
    )
    rejected_file = fields.Binary(
        compute="_compute_rejected_file",
        attachment=False,
        help="The rows in error, as they were in the file, with what is wrong "
        "in a last column: correct them and import this file again.",
    )
    rejected_file_name = fields.Char(compute="_compute_rejected_file")

    @api.model_create_multi
    def create(self, vals_list):
        """The directory is the current company's, whatever the client sends:
        the duplicate look-up answers from it."""
        cluster = self.env.company.cluster_id
        return super().create([dict(vals, cluster_id=cluster.id) for vals in vals_list])

    @api.constrains("cluster_id")
    def _check_own_cluster(self):
        """Checked on the new value of every write too."""
        if not self.env.su and any(
            wizard.cluster_id != self.env.company.cluster_id for wizard in self
        ):
            raise ValidationError(
                self.env._(
                    "Entries can only be imported into the directory of your "
                    "current company."
                )
            )

    @api.depends("row_ids.status")
    def _compute_counts(self):
        for wizard in self:
            counts = {
                status: count
                for status, count in self.env["directory.import.row"]._read_group(
                    [("import_id", "=", wizard.id)], ["status"], ["__count"]
                )
            }
            wizard.imported_count = counts.get("imported", 0)
            wizard.duplicate_count = counts.get("duplicate", 0)
            wizard.error_count = counts.get("error", 0)

    @api.model
    def _template_csv(self):
        """A CSV file whose header names every column the import
        understands, in the user's language, with one example row."""
        labels = self._target_labels()
        example = {
            "name": "Le Grand Phare",
            "kind": dict(self._fields["default_kind"]._description_selection(self.env))[
                "venue"
            ],
            "email": "contact@grandphare.example",
            "zip": "29200",
            "city": "Brest",
            "seat_count": "450",
        }
        return _csv_bytes(
            [
                [labels[key] for key, _label, _aliases in TARGETS],
                [example.get(key, "") for key, _label, _aliases in TARGETS],
            ]
        )

    @api.depends("row_ids.status", "file")
    def _compute_rejected_file(self):
        for wizard in self:
            rejected = wizard.row_ids.filtered(lambda row: row.status == "error")
            if not rejected:
                wizard.rejected_file = wizard.rejected_file_name = False
                continue
            header, rows = wizard._read_rows()
            messages = {row.line_number: row.message for row in rejected}
            lines = [[*header, self.env._("Error")]] + [
                [*cells, messages[number]]
                for number, cells in enumerate(rows, start=2)
                if number in messages
            ]
            wizard.rejected_file = base64.b64encode(_csv_bytes(lines))
            wizard.rejected_file_name = self.env._(
                "%s-rejected.csv", (wizard.file_name or "import").rsplit(".", 1)[0]
            )

    def _target_labels(self):
        return dict(
            self.env["directory.import.column"]
            ._fields["target"]
            ._description_selection(self.env)
        )

    # Steps

    def action_load(self):
        """Read the file and propose a column mapping from its headers."""
        self.ensure_one()
        self._check_cluster()
        header, rows = self._read_rows()
        samples = [
            next((row[index] for row in rows if index < len(row) and row[index]), "")
            for index in range(len(header))
        ]
        aliases = self._target_aliases()
        used = set()
        columns = []
        for index, title in enumerate(header):
            target = aliases.get(name_key(title))
            if target in used:
                target = False
            used.add(target)
            columns.append(
                fields.Command.create(
                    {
                        "sequence": index,
                        "header": title or self.env._("Column %s", index + 1),
                        "sample": str(samples[index])[:80],
                        "target": target or SKIP,
                    }
                )
            )
        self.write(
            {
                "column_ids": [fields.Command.clear(), *columns],
                "state": "mapping",
            }
        )
        return self._reopen()

    def action_import(self):
        """Check every row, import the valid ones and report on each."""
        self.ensure_one()
        self._check_cluster()
        mapping = self._get_mapping()
        _header, rows = self._read_rows()
        report = self._import_rows(mapping, rows)
        self.write(
            {
                "row_ids": [fields.Command.clear()]
                + [fields.Command.create(line) for line in report],
                "state": "done",
            }
        )
        return self._reopen()

    def action_download_rejected(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/?model={self._name}&id={self.id}"
            "&field=rejected_file&filename_field=rejected_file_name&download=true",
            "target": "self",
        }

    def action_back(self):
        self.ensure_one()
        self.write({"state": "upload", "row_ids": [fields.Command.clear()]})
        return self._reopen()

    def action_view_imported(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "booking_directory.res_partner_action_directory"
        )
        action["domain"] = [("id", "in", self.row_ids.partner_id.ids)]
        return action

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "context": self.env.context,
        }

    # Reading

    def _check_cluster(self):
        """The fence of the look-ups in SQL: the wizard's directory is the
        current company's, at each step."""
        if not self.env.company.cluster_id:
            raise UserError(
                self.env._(
                    "Your current company is in no cluster, so it has no "
                    "directory to import into."
                )
            )
        self._check_own_cluster()

    def _read_rows(self):
        """Header and data rows of the file, through Odoo's importer."""
        if not self.file:
            raise UserError(self.env._("Choose the file to import first."))
        raw = base64.b64decode(self.file)
        options = {"quoting": '"', "has_headers": True}
        # Odoo's reader guesses a CSV's encoding with chardet, which takes a
        # short UTF-8 file for Mac Roman ("Scène" read as "Sc√®ne"). UTF-8 is
        # what spreadsheets and our template write: use it when it fits.
        if _is_utf8(raw):
            options["encoding"] = (
                "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
            )
        # A record in memory only: the reader needs its file, not a row
        reader = self.env["base_import.import"].new(
            {"res_model": "res.partner", "file": raw, "file_name": self.file_name}
        )
        try:
            _length, rows = reader._read_file(options)
        except (UserError, ValueError) as error:
            raise UserError(
                self.env._("The file could not be read: %s", error)
            ) from error
        rows = [[str(cell).strip() for cell in row] for row in rows]
        if len(rows) < 2:
            raise UserError(
                self.env._(
                    "The file holds no entry: its first row must name the "
                    "columns and the next rows hold the entries."
                )
            )
        return rows[0], rows[1:]

    def _target_aliases(self):
        """Headers that announce each target: the known aliases, and the
        labels of the template in English and in the user's language."""
        aliases = dict(TARGET_ALIASES)
        for lang in {"en_US", self.env.lang or "en_US"}:
            labels = self.with_context(lang=lang)._target_labels()
            for key, _label, _aliases in TARGETS:
                aliases.setdefault(name_key(labels[key]), key)
        return aliases

    def _get_mapping(self):
        """{target: column index}, refusing a mapping without names or with
        one target used twice."""
        mapping = {}
        labels = self._target_labels()
        for column in self.column_ids.filtered(
            lambda c: c.target and c.target != SKIP
        ).sorted("sequence"):
            if column.target in mapping:
                raise UserError(
                    self.env._(
                        "Two columns are mapped to “%s”; map only one.",
                        labels[column.target],
                    )
                )
            mapping[column.target] = column.sequence
        if "name" not in mapping:
            raise UserError(self.env._("Map one column to the entry's Name."))
        return mapping

    # Checking and importing

    def _import_rows(self, mapping, rows):
        """Report lines, one per row, after importing the valid rows.

        Structures are created before people, so that a person can work at
        a structure of the same file."""
        converter = _RowConverter(self, mapping)
        report = []
        valid = []
        for line_number, cells in enumerate(rows, start=2):
            line = {"line_number": line_number, "name": converter.cell(cells, "name")}
            try:
                values = converter.convert(cells)
            except ValidationError as error:
                line.update(status="error", message=error.args[0])
            else:
                valid.append((line, values))
            report.append(line)
        self._reject_duplicates(valid)
        valid = [(line, values) for line, values in valid if "status" not in line]
        structures = [item for item in valid if item[1]["is_company"]]
        people = [item for item in valid if not item[1]["is_company"]]
        self._create_entries(structures)
        converter.link_people(structures, people)
        self._create_entries([item for item in people if "status" not in item[0]])
        return report

    def _reject_duplicates(self, valid):
        """Mark rows already in the directory, or in an earlier row, as
        duplicates; they are not imported."""
        Partner = self.env["res.partner"]
        entries = [_match_entry(values) for _line, values in valid]
        # fenced by _check_cluster: the importer's own directory
        existing = Partner._find_directory_matches(self.cluster_id, entries)
        seen = {}
        for (line, _values), entry, match in zip(valid, entries, existing, strict=True):
            if match:
                _partner_id, name, level = match
                line.update(
                    status="duplicate",
                    message=self._duplicate_message(name, level),
                )
                continue
            earlier = next(
                (seen[key] for key in _file_keys(entry) if key in seen), None
            )
            if earlier:
                line.update(
                    status="duplicate",
                    message=self.env._(
                        "Same entry as line %(line)s (%(name)s).",
                        line=earlier["line_number"],
                        name=earlier["name"],
                    ),
                )
                continue
            for key in _file_keys(entry):
                seen[key] = line

    def _duplicate_message(self, name, level):
        if level == "certain":
            return self.env._(
                "Already in the directory as “%s” (same e-mail, VAT number or SIRET).",
                name,
            )
        return self.env._(
            "Already in the directory as “%s” (same name and city).", name
        )

    def _create_entries(self, items):
        Partner = self.env["res.partner"].with_context(
            directory_skip_duplicates=True,
            tracking_disable=True,
            mail_create_nolog=True,
        )
        for start in range(0, len(items), BATCH_SIZE):
            batch = items[start : start + BATCH_SIZE]
            try:
                with self.env.cr.savepoint():
                    partners = Partner.create([values for _line, values in batch])
            except (UserError, ValidationError):
                partners = None
            if partners is not None:
                for (line, _values), partner in zip(batch, partners, strict=True):
                    line.update(status="imported", partner_id=partner.id)
                continue
            for line, values in batch:
                try:
                    with self.env.cr.savepoint():
                        partner = Partner.create(values)
                except (UserError, ValidationError) as error:
                    line.update(status="error", message=error.args[0])
                else:
                    line.update(status="imported", partner_id=partner.id)


class _RowConverter:
    """Turns the cells of a row into res.partner values, or raises a
    ValidationError saying what is wrong with the row."""

    def __init__(self, wizard, mapping):
        self.wizard = wizard
        self.env = wizard.env
        self.mapping = mapping
        self.cluster = wizard.cluster_id
        self.kinds = self._kind_lookup()
        self.countries = self._country_lookup() if "country" in mapping else {}
        self.disciplines = self._discipline_lookup() if "disciplines" in mapping else {}

    def cell(self, cells, target):
        index = self.mapping.get(target)
        if index is None or index >= len(cells):
            return ""
        return cells[index]

    def convert(self, cells):
        name = self.cell(cells, "name")
        if not name:
            raise ValidationError(self.env._("The name is missing."))
        kind_text = self.cell(cells, "kind")
        kind = self.kinds.get(name_key(kind_text)) if kind_text else None
        if kind_text and not kind:
            raise ValidationError(
                self.env._(
                    "Unknown type “%(type)s”: use one of %(types)s.",
                    type=kind_text,
                    types=", ".join(
                        label
                        for _key, label in self.env["directory.import"]
                        ._fields["default_kind"]
                        ._description_selection(self.env)
                    ),
                )
            )
        kind = kind or self.wizard.default_kind
        values = {
            "name": name,
            "directory_cluster_id": self.cluster.id,
            # look-alike names are searched in the background
            "dedup_pending": True,
            "is_company": kind != PERSON,
            "directory_type": kind if kind != PERSON else False,
        }
        for field in PLAIN_FIELDS:
            if self.cell(cells, field):
                values[field] = self.cell(cells, field)
        if values.get("email") and not email_normalize(values["email"]):
            raise ValidationError(
                self.env._("“%s” is not a valid e-mail address.", values["email"])
            )
        values.update(self._convert_seats(cells))
        values.update(self._convert_country(cells))
        values.update(self._convert_disciplines(cells))
        works_at = self.cell(cells, "works_at")
        if works_at:
            if kind != PERSON:
                raise ValidationError(
                    self.env._(
                        "Only a person works at a structure; this row is a structure."
                    )
                )
            values["_works_at"] = works_at
        return values

    def _convert_seats(self, cells):
        text = self.cell(cells, "seat_count").replace(" ", "").replace("\u202f", "")
        if not text:
            return {}
        try:
            seats = float(text.replace(",", "."))
        except ValueError:
            seats = None
        if seats is None or seats < 0 or seats != int(seats):
            raise ValidationError(
                self.env._("The seat count “%s” is not a whole number.", text)
            )
        return {"seat_count": int(seats)}

    def _convert_country(self, cells):
        text = self.cell(cells, "country")
        if not text:
            return {}
        country = self.countries.get(name_key(text))
        if not country:
            raise ValidationError(self.env._("Unknown country “%s”.", text))
        return {"country_id": country}

    def _convert_disciplines(self, cells):
        names = [
            part.strip()
            for part in LIST_SEPARATORS.split(self.cell(cells, "disciplines"))
            if part.strip()
        ]
        unknown = [name for name in names if name_key(name) not in self.disciplines]
        if unknown:
            raise ValidationError(
                self.env._(
                    "Unknown discipline: %s. Ask a directory administrator to "
                    "add it, or correct the spelling.",
                    ", ".join(unknown),
                )
            )
        if not names:
            return {}
        ids = {self.disciplines[name_key(name)] for name in names}
        return {"discipline_ids": [fields.Command.set(sorted(ids))]}

    def link_people(self, structures, people):
        """Resolve each person's "works at" to a structure of the same file
        or of the directory; a person whose structure is found nowhere is
        reported and not imported."""
        wanted = {
            name_key(values["_works_at"])
            for _line, values in people
            if "_works_at" in values
        }
        found = {
            name_key(values["name"]): line["partner_id"]
            for line, values in structures
            if line.get("partner_id")
        }
        missing = wanted - set(found)
        if missing:
            self.env["res.partner"].flush_model()
            # SQL: fenced by the wizard's directory, the importer's current
            # company's (DirectoryImport._check_cluster)
            self.env.cr.execute(
                """
                SELECT dedup_name_key, min(id)
                  FROM res_partner
                 WHERE directory_cluster_id = %s
                   AND is_company
                   AND active
                   AND dedup_name_key = ANY(%s)
                 GROUP BY dedup_name_key
                """,
                [self.cluster.id, sorted(missing)],
            )
            found.update(dict(self.env.cr.fetchall()))
        for line, values in people:
            works_at = values.pop("_works_at", None)
            if not works_at:
                continue
            parent = found.get(name_key(works_at))
            if parent:
                values["parent_id"] = parent
            else:
                line.update(
                    status="error",
                    message=self.env._(
                        "No structure named “%s” in the directory or in the file.",
                        works_at,
                    ),
                )

    # Lookups, built once per import

    def _kind_lookup(self):
        lookup = dict(KIND_ALIASES)
        selection = self.env["directory.import"]._fields["default_kind"]
        for lang in {"en_US", self.env.lang or "en_US"}:
            for key, label in selection._description_selection(
                self.env(context=dict(self.env.context, lang=lang))
            ):
                lookup[name_key(key)] = key
                lookup[name_key(label)] = key
        return lookup

    def _country_lookup(self):
        lookup = {}
        for lang in {"en_US", self.env.lang or "en_US"}:
            for country in self.env["res.country"].with_context(lang=lang).search([]):
                lookup[name_key(country.name)] = country.id
                lookup[name_key(country.code)] = country.id
        return lookup

    def _discipline_lookup(self):
        lookup = {}
        for lang in {"en_US", self.env.lang or "en_US"}:
            for discipline in (
                self.env["directory.discipline"].with_context(lang=lang).search([])
            ):
                lookup[name_key(discipline.name)] = discipline.id
        return lookup


def _match_entry(values):
    return matching.build_entry(
        name=values.get("name"),
        email=values.get("email"),
        vat=values.get("vat"),
        registry=values.get("company_registry"),
        city=values.get("city"),
    )


def _csv_bytes(lines):
    """CSV as spreadsheets open it: UTF-8 with its byte order mark, fields
    separated by semicolons as French spreadsheets expect."""
    text = io.StringIO()
    csv.writer(text, delimiter=";").writerows(lines)
    return text.getvalue().encode("utf-8-sig")


def _file_keys(entry):
    """Keys that make two rows of one file the same entry: a certain key,
    or the name with the city."""
    keys = [key for key in matching.lookup_keys(entry) if key[0] != "name"]
    city = name_key(entry["city"])
    if city:
        keys.append(("place", name_key(entry["name"]), city))
    return keys


class DirectoryImportColumn(models.TransientModel):
    _name = "directory.import.column"
    _description = "Directory Import Column"
    _order = "sequence"

    import_id = fields.Many2one("directory.import", required=True, ondelete="cascade")
    sequence = fields.Integer(help="Position of the column in the file.")
    header = fields.Char(string="Column", readonly=True)
    sample = fields.Char(
        string="First Value", readonly=True, help="First non-empty value of the column."
    )
    target = fields.Selection(
        [*((key, label) for key, label, _aliases in TARGETS), (SKIP, "Do Not Import")],
        string="Import As",
        default=SKIP,
        required=True,
        help="Directory field this column fills, or Do Not Import to leave the "
        "column out.",
    )


class DirectoryImportRow(models.TransientModel):
    _name = "directory.import.row"
    _description = "Directory Import Report Line"
    _order = "line_number"

    import_id = fields.Many2one("directory.import", required=True, ondelete="cascade")
    line_number = fields.Integer(
        string="Line", help="Line of the file, header included."
    )
    name = fields.Char()
    status = fields.Selection(
        [("imported", "Imported"), ("duplicate", "Duplicate"), ("error", "Error")],
        required=True,
    )
    message = fields.Text(help="What was wrong with the row, or what to check.")
    partner_id = fields.Many2one("res.partner", string="Entry", ondelete="set null")

    @api.constrains("partner_id", "import_id")
    def _check_partner_in_directory(self):
        """The entry is read back with its name: it must be one of the
        import's directory."""
        # sudo: only the directory of each entry is read, to compare it
        for row in self.sudo():
            if (
                row.partner_id
                and row.partner_id.directory_cluster_id != row.import_id.cluster_id
            ):
                raise ValidationError(
                    self.env._(
                        "A report line can only name an entry of the import's "
                        "directory."
                    )
                )
