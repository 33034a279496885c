# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import logging

from odoo import api, fields, models
from odoo.tools import SQL

from ..lib import matching

_logger = logging.getLogger(__name__)

CANDIDATE_LIMIT = 20


class ResPartner(models.Model):
    _inherit = "res.partner"

    dedup_name_key = fields.Char(
        compute="_compute_dedup_keys", store=True, index=True, copy=False
    )
    dedup_email_key = fields.Char(
        compute="_compute_dedup_keys", store=True, index=True, copy=False
    )
    dedup_vat_key = fields.Char(
        compute="_compute_dedup_keys", store=True, index=True, copy=False
    )
    dedup_registry_key = fields.Char(
        compute="_compute_dedup_keys", store=True, index=True, copy=False
    )
    dedup_pending = fields.Boolean(
        string="Look-alike Check Pending",
        copy=False,
        index=True,
        help="Imported in bulk; its name is compared with the directory's "
        "in the background.",
    )
    directory_duplicate_count = fields.Integer(
        compute="_compute_directory_duplicate_count",
        string="Open Duplicates",
        help="Other entries of the directory that may be this one.",
    )

    def init(self):
        """Index names by trigrams, so that look-alike names are found in
        milliseconds among hundreds of thousands of entries."""
        try:
            with self.env.cr.savepoint(flush=False):
                # SQL: schema only, no row is read
                self.env.cr.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                self.env.cr.execute(
                    "CREATE INDEX IF NOT EXISTS res_partner_dedup_name_key_trgm "
                    "ON res_partner USING gin (dedup_name_key gin_trgm_ops) "
                    "WHERE directory_cluster_id IS NOT NULL"
                )
        except Exception as error:  # noqa: BLE001 - any failure only disables a level
            _logger.warning(
                "pg_trgm is not available (%s): look-alike names will not be "
                "detected as possible duplicates.",
                error,
            )
        return super().init()

    @api.depends("name", "email", "vat", "company_registry")
    def _compute_dedup_keys(self):
        for partner in self:
            partner.dedup_name_key = matching.name_key(partner.name) or False
            partner.dedup_email_key = matching.email_key(partner.email) or False
            partner.dedup_vat_key = matching.number_key(partner.vat) or False
            partner.dedup_registry_key = (
                matching.number_key(partner.company_registry) or False
            )

    def _compute_directory_duplicate_count(self):
        Duplicate = self.env["directory.duplicate"]
        counts = dict.fromkeys(self.ids, 0)
        if not Duplicate.has_access("read"):
            # an accountant opening the organiser she invoices: no duplicates
            # to review, and no access error on the contact's form
            self.directory_duplicate_count = 0
            return
        for field in ("partner_id", "duplicate_of_id"):
            for partner, count in Duplicate._read_group(
                [(field, "in", self.ids), ("state", "=", "open")], [field], ["__count"]
            ):
                counts[partner.id] += count
        for partner in self:
            partner.directory_duplicate_count = counts.get(partner.id, 0)

    @api.model_create_multi
    def create(self, vals_list):
        partners = super().create(vals_list)
        if not self.env.context.get("directory_skip_duplicates"):
            partners.filtered("directory_cluster_id")._detect_directory_duplicates()
        elif any(vals.get("dedup_pending") for vals in vals_list):
            self.env.ref(
                "booking_directory_duplicate.ir_cron_detect_pending_duplicates"
            )._trigger()
        return partners

    @api.model
    def _cron_detect_pending_duplicates(self, batch_size=1000):
        """Compare entries imported in bulk with their directory, a batch at
        a time: a look-alike search costs milliseconds per entry, too much
        to make an import of thousands of rows wait for it."""
        pending = self.search(
            [("dedup_pending", "=", True)], order="id", limit=batch_size
        )
        pending._detect_directory_duplicates()
        pending.write({"dedup_pending": False})
        if len(pending) == batch_size:
            self.env.ref(
                "booking_directory_duplicate.ir_cron_detect_pending_duplicates"
            )._trigger()
        return pending

    def _detect_directory_duplicates(self):
        """Record, for each new entry, the older entries of its directory that
        may be the same structure or person."""
        self.flush_recordset()
        # sudo: the known pairs of these very entries, to skip them; none is
        # returned to the user
        known = {
            (pair.partner_id.id, pair.duplicate_of_id.id)
            for pair in self.env["directory.duplicate"]
            .sudo()
            .search([("partner_id", "in", self.ids)])
        }
        pairs = []
        for partner in self:
            for other, level in partner._find_duplicate_candidates():
                if (partner.id, other) in known:
                    continue
                pairs.append(
                    {
                        "partner_id": partner.id,
                        "duplicate_of_id": other,
                        "level": level,
                    }
                )
        if pairs:
            # sudo: duplicates are shared by the cluster, not owned by a user
            self.env["directory.duplicate"].sudo().create(pairs)
        return pairs

    def _find_duplicate_candidates(self):
        """Older entries of the same directory with a matching key, as
        ``[(partner_id, level)]``. SQL fetches candidates by index; the
        matching engine decides the level."""
        self.ensure_one()
        name = self.dedup_name_key or None
        # SQL: a fragment of the query below, fenced there by the entry's
        # own directory. pg_trgm's similarity operator "%" is escaped once
        # for SQL() and once more for the cursor, since it is nested.
        look_alike = (
            SQL("OR dedup_name_key %%%% %s", name)
            if self.env.registry.has_trigram and name
            else SQL()
        )
        # SQL: fenced by the entry's own directory (directory_cluster_id)
        self.env.cr.execute(
            SQL(
                """
                SELECT id, name, email, vat, company_registry, city
                  FROM res_partner
                 WHERE directory_cluster_id = %s
                   AND id < %s
                   AND active
                   AND (dedup_email_key = %s
                        OR dedup_vat_key = %s
                        OR dedup_registry_key = %s
                        OR dedup_name_key = %s
                        %s)
                 LIMIT %s
                """,
                self.directory_cluster_id.id,
                self.id,
                self.dedup_email_key or None,
                self.dedup_vat_key or None,
                self.dedup_registry_key or None,
                name,
                look_alike,
                CANDIDATE_LIMIT,
            )
        )
        entry = self._matching_entry()
        found = []
        for other_id, *values in self.env.cr.fetchall():
            level = matching.match_level(entry, matching.build_entry(*values))
            if level:
                found.append((other_id, level))
        return found

    def _matching_entry(self):
        """This entry as the matching engine compares it."""
        self.ensure_one()
        return matching.build_entry(
            self.name, self.email, self.vat, self.company_registry, self.city
        )

    @api.model
    def _find_directory_matches(self, cluster, entries):
        """Existing entries of ``cluster`` that are certain or suspect
        duplicates of ``entries``, dicts of name, email, vat, registry and
        city not yet created. Returns, for each entry in order, the
        ``(partner_id, name, level)`` of its best match, or None.

        Only the given cluster's entries are searched: naming an entry of
        another cluster would reveal it."""
        keys = {"email": set(), "vat": set(), "registry": set(), "name": set()}
        for entry in entries:
            for kind, key in matching.lookup_keys(entry):
                keys[kind].add(key)
        self.flush_model()
        # SQL: fenced by ``cluster``, which callers check is the user's own
        # (the import wizard's _check_cluster)
        self.env.cr.execute(
            SQL(
                """
                SELECT id, name, email, vat, company_registry, city
                  FROM res_partner
                 WHERE directory_cluster_id = %s
                   AND active
                   AND (dedup_email_key = ANY(%s)
                        OR dedup_vat_key = ANY(%s)
                        OR dedup_registry_key = ANY(%s)
                        OR dedup_name_key = ANY(%s))
                 ORDER BY id
                """,
                cluster.id,
                *(sorted(values) for values in keys.values()),
            )
        )
        by_key = {}
        for row in self.env.cr.fetchall():
            existing = matching.build_entry(*row[1:])
            for key in matching.lookup_keys(existing):
                by_key.setdefault(key, []).append((row[0], existing))
        results = []
        for entry in entries:
            best = None
            for partner_id, existing in (
                candidate
                for key in matching.lookup_keys(entry)
                for candidate in by_key.get(key, ())
            ):
                level = matching.match_level(entry, existing)
                if level == matching.CERTAIN:
                    best = (partner_id, existing["name"], level)
                    break
                if level == matching.SUSPECT and not best:
                    best = (partner_id, existing["name"], level)
            results.append(best)
        return results

    def action_view_directory_duplicates(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "booking_directory_duplicate.directory_duplicate_action"
        )
        action["domain"] = [
            "|",
            ("partner_id", "=", self.id),
            ("duplicate_of_id", "=", self.id),
        ]
        return action
