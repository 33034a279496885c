# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.misc import format_amount

from ..lib import entries

# what a posted entry, or any entry of a locked run, keeps as it was
FROZEN = {"run_id", "date", "reason", "user_id", "line_ids"}


class ConsolidationEntry(models.Model):
    """A manual consolidation entry: an adjustment the cluster accountant
    posts on a run (unrealised intragroup profit, a reclassification),
    balanced, in the cluster's currency, with its author and reason. Posted,
    its lines join the run's lines, so the statements, the PDF and the XLSX
    include it and the drill-down shows it as a manual entry."""

    _name = "consolidation.entry"
    _cluster_confidential = True
    _description = "Manual Consolidation Entry"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"

    run_id = fields.Many2one(
        "consolidation.run",
        string="Consolidation",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
        domain="[('state', '!=', 'locked')]",
    )
    run_state = fields.Selection(related="run_id.state", string="Run Status")
    cluster_id = fields.Many2one(related="run_id.cluster_id")
    company_id = fields.Many2one(
        related="run_id.company_id",
        string="Consolidating Company",
        store=True,
        index=True,
    )
    currency_id = fields.Many2one(related="run_id.currency_id")
    date = fields.Date(
        required=True,
        tracking=True,
        default=fields.Date.context_today,
        help="Within the run's period.",
    )
    reason = fields.Text(
        required=True,
        tracking=True,
        help="Why the adjustment is made, for whoever signs the consolidation.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Author",
        readonly=True,
        help="The user who made the entry.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("posted", "Posted"), ("cancel", "Cancelled")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
    )
    line_ids = fields.One2many(
        "consolidation.entry.line", "entry_id", string="Lines", copy=True
    )
    total_debit = fields.Monetary(compute="_compute_totals")
    total_credit = fields.Monetary(compute="_compute_totals")

    @api.depends("reason")
    def _compute_display_name(self):
        for entry in self:
            entry.display_name = (entry.reason or "").split("\n")[0][:60] or (
                self.env._("New manual entry")
            )

    @api.depends("line_ids.debit", "line_ids.credit")
    def _compute_totals(self):
        for entry in self:
            entry.total_debit = sum(entry.line_ids.mapped("debit"))
            entry.total_credit = sum(entry.line_ids.mapped("credit"))

    @api.constrains("date", "run_id")
    def _check_date(self):
        for entry in self:
            run = entry.run_id
            if not run.date_from <= entry.date <= run.date_to:
                raise ValidationError(
                    self.env._(
                        "A manual entry is dated within its consolidation's "
                        "period, %(start)s to %(end)s.",
                        start=run.date_from,
                        end=run.date_to,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not (self.env.su and vals.get("user_id")):
                # the author is whoever makes the entry; only data loaded as
                # superuser (the demo) names another
                vals["user_id"] = self.env.uid
        records = super().create(vals_list)
        records._check_unlocked()
        return records

    def write(self, vals):
        self._check_unlocked()
        if FROZEN & set(vals):
            if "user_id" in vals:
                raise UserError(
                    self.env._("The author of an entry is the user who made it.")
                )
            if any(entry.state != "draft" for entry in self):
                raise UserError(self._frozen_message())
        result = super().write(vals)
        if "run_id" in vals:
            self._check_unlocked()
            # the rules checked the entries as they were: one moved to another
            # run (of another consolidating company) is checked again
            self.check_access("write")
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_posted(self):
        self._check_unlocked()
        if any(entry.state != "draft" for entry in self):
            raise UserError(
                self.env._(
                    "Only a draft manual entry is deleted; a posted or "
                    "cancelled one stays for the audit trail."
                )
            )

    def _frozen_message(self):
        return self.env._(
            "A posted or cancelled manual entry does not change: cancel it and "
            "post a new one."
        )

    def _check_unlocked(self):
        """A locked run's entries are frozen, as its figures are."""
        for entry in self:
            if entry.run_id.state == "locked":
                raise UserError(
                    self.env._(
                        "Run %(run)s is locked: its manual entries cannot be "
                        "created, changed or deleted. Unlock it first.",
                        run=entry.run_id.name,
                    )
                )

    def _check_draft(self):
        """Lines change only on a draft entry of a run not locked."""
        self._check_unlocked()
        if any(entry.state != "draft" for entry in self):
            raise UserError(self._frozen_message())

    def action_post(self):
        """Check the entry balances and its members may be consolidated, then
        put its lines among the run's."""
        for entry in self:
            if entry.state != "draft":
                raise UserError(self._frozen_message())
            if not entry.line_ids:
                raise UserError(self.env._("A manual entry needs lines to post."))
            currency = entry.currency_id
            gap = entries.imbalance(
                [(line.debit, line.credit) for line in entry.line_ids],
                currency.decimal_places,
            )
            if gap:
                raise UserError(
                    self.env._(
                        "The entry does not balance: debits less credits are %(gap)s.",
                        gap=format_amount(self.env, gap, currency),
                    )
                )
            if entry.line_ids.member_id:
                # refuses, naming only what the user reads, the members whose
                # figures the user may not consolidate
                entry.run_id._consolidated_companies(entry.line_ids.member_id)
            entry.state = "posted"
            entry._store_run_lines()
            entry.message_post(
                body=self.env._(
                    "Posted by %(user)s: %(total)s debited and credited.",
                    user=self.env.user.name,
                    total=format_amount(self.env, entry.total_debit, currency),
                ),
                subtype_xmlid="mail.mt_note",
            )
        return True

    def action_cancel(self):
        """Take a posted entry's lines out of the run; the entry stays."""
        for entry in self:
            if entry.state != "posted":
                raise UserError(self.env._("Only a posted manual entry is cancelled."))
            entry.state = "cancel"
            # sudo: the run's lines are never the user's to write; these are
            # the copies of this entry's own lines, which the user reads
            self.env["consolidation.run.line"].sudo().search(
                [("entry_id", "=", entry.id)]
            ).unlink()
            entry.message_post(
                body=self.env._("Cancelled by %(user)s.", user=self.env.user.name),
                subtype_xmlid="mail.mt_note",
            )
        return True

    def action_draft(self):
        """A cancelled entry back to draft, to correct and post again."""
        for entry in self:
            if entry.state != "cancel":
                raise UserError(
                    self.env._("Only a cancelled manual entry goes back to draft.")
                )
        self.state = "draft"
        return True

    def _store_run_lines(self):
        """The lines of these posted entries among their run's lines, where
        the statements, the reports and the drill-down read them. A line
        with no member is the consolidating company's; a member's line is
        stamped with the member's approval, as the run's own lines are."""
        Approval = self.env["consolidation.approval"]
        # sudo: the run's lines are computed, never typed, so users only read
        # them; these copy the lines of entries the user reads under the same
        # rule as the run, for members the user may consolidate (action_post)
        Line = self.env["consolidation.run.line"].sudo()
        for entry in self:
            run = entry.run_id
            approvals = Approval._approvals_by_company(
                run.company_id, entry.line_ids.member_id
            )
            Line.create(
                [
                    {
                        "run_id": run.id,
                        "entry_id": entry.id,
                        "kind": "manual",
                        "company_id": (line.member_id or run.company_id).id,
                        "approval_id": approvals.get(line.member_id, Approval).id,
                        "account_id": line.account_id.id,
                        "amount": line.amount,
                    }
                    for line in entry.line_ids
                ]
            )
