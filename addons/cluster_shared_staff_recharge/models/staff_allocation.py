# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL
from odoo.tools.misc import format_amount, format_date

from odoo.addons.cluster_shared_staff.models.staff_agreement import (
    FREQUENCY_MONTHS,
    STAFF_MANAGER_GROUP,
    companies_with_group,
)

from ..lib.split import split_exactly


class StaffAllocation(models.Model):
    """The cost of a shared person over one recharge period, split between
    the companies served."""

    _name = "cluster.staff.allocation"
    _cluster_confidential = True
    _description = "Shared Staff Cost Allocation"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"
    _rec_names_search = ["agreement_id.name"]
    _check_company_auto = True

    # not stored: each reader gets it in their language and date format
    name = fields.Char(compute="_compute_name")
    agreement_id = fields.Many2one(
        "cluster.staff.agreement", required=True, index=True, ondelete="restrict"
    )
    company_id = fields.Many2one(
        related="agreement_id.company_id", store=True, index=True, precompute=True
    )
    currency_id = fields.Many2one(related="agreement_id.currency_id")
    date_from = fields.Date(
        string="Period Start",
        required=True,
        help="First day of the month or quarter allocated.",
    )
    date_to = fields.Date(
        string="Period End", compute="_compute_date_to", store=True, precompute=True
    )
    hours = fields.Float(readonly=True, help="Hours logged in all companies served.")
    cost = fields.Monetary(readonly=True, help="Cost of the period to share.")
    line_ids = fields.One2many("cluster.staff.allocation.line", "allocation_id")
    move_ids = fields.One2many(
        "account.move", "staff_allocation_id", string="Recharge Documents"
    )
    move_count = fields.Integer(compute="_compute_move_count")
    to_recharge = fields.Boolean(
        compute="_compute_to_recharge",
        help="Some company's share differs from what was already recharged.",
    )
    is_employer = fields.Boolean(
        compute="_compute_is_employer",
        help="The current user computes and recharges for the employer of record.",
    )

    _sql_constraints = [
        (
            "period_unique",
            "UNIQUE(agreement_id, date_from)",
            "This period is already allocated: open it and re-run it instead.",
        ),
    ]

    @api.depends("agreement_id.name", "date_from", "date_to")
    def _compute_name(self):
        for allocation in self:
            allocation.name = self.env._(
                "%(agreement)s, %(start)s to %(end)s",
                agreement=allocation.agreement_id.name or "",
                start=format_date(self.env, allocation.date_from),
                end=format_date(self.env, allocation.date_to),
            )

    @api.depends("date_from", "agreement_id.recharge_frequency")
    def _compute_date_to(self):
        for allocation in self:
            months = FREQUENCY_MONTHS.get(allocation.agreement_id.recharge_frequency, 1)
            allocation.date_to = allocation.date_from and (
                allocation.date_from
                + relativedelta(months=months)
                - relativedelta(days=1)
            )

    def _compute_is_employer(self):
        user = self.env.user
        for allocation in self:
            allocation.is_employer = bool(
                companies_with_group(user, STAFF_MANAGER_GROUP, allocation.company_id)
            )

    def _compute_move_count(self):
        for allocation in self:
            allocation.move_count = len(allocation.move_ids)

    @api.depends("line_ids.amount", "line_ids.recharged_amount")
    def _compute_to_recharge(self):
        for allocation in self:
            allocation.to_recharge = any(
                line._amount_to_recharge() for line in allocation._lines_to_recharge()
            )

    @api.constrains("date_from", "agreement_id")
    def _check_period_start(self):
        for allocation in self:
            months = FREQUENCY_MONTHS[allocation.agreement_id.recharge_frequency]
            start = allocation.date_from
            if start.day != 1 or (start.month - 1) % months:
                raise ValidationError(
                    self.env._(
                        "A monthly allocation starts on the first day of a "
                        "month, not on %(date)s.",
                        date=format_date(self.env, start),
                    )
                    if months == 1
                    else self.env._(
                        "A quarterly allocation starts on the first day of a "
                        "quarter (January, April, July or October), not on "
                        "%(date)s.",
                        date=format_date(self.env, start),
                    )
                )

    # Computation -------------------------------------------------------------

    def _timesheet_hours(self):
        """{allocation: {(company, first day of month): hours}} of the
        person's timesheets in the period, in every company of the employer's
        cluster, with one grouped query per period. The query reads past the
        record rules on purpose: the employer of record learns the hours of
        each company served, the figure it shares costs on, and nothing else
        of their timesheets."""
        result = {}
        periods = self.grouped(lambda a: (a.date_from, a.date_to))
        for (date_from, date_to), allocations in periods.items():
            by_user = {}
            clusters = {
                allocation: allocation.company_id._get_cluster_companies()
                for allocation in allocations
            }
            companies = self.env["res.company"].union(*clusters.values())
            # SQL: fenced by the people of these allocations and the companies
            # of their employers' clusters; each allocation then keeps its own
            # person and cluster only
            self.env.cr.execute(allocations._hours_sql(date_from, date_to, companies))
            for user, company, month, hours in self.env.cr.fetchall():
                by_user.setdefault(user, {})[company, month] = hours
            for allocation in allocations:
                hours = {
                    (self.env["res.company"].browse(c), month): h
                    for (c, month), h in by_user.get(
                        allocation.agreement_id.user_id.id, {}
                    ).items()
                    if c in clusters[allocation].ids
                }
                allocation._check_companies_served({c for c, _m in hours})
                result[allocation] = hours
        return result

    def _hours_sql(self, date_from, date_to, companies):
        """Hours per (person, company, month) of the people of these
        allocations in ``companies``."""
        self.env["account.analytic.line"].flush_model(
            ["user_id", "company_id", "project_id", "date", "unit_amount"]
        )
        # SQL: fenced by the agreement's person and ``companies``, the
        # confirmed companies it serves
        return SQL(
            """
            SELECT user_id, company_id, date_trunc('month', date)::date,
                   SUM(unit_amount)
              FROM account_analytic_line
             WHERE user_id = ANY(%(users)s) AND company_id = ANY(%(companies)s)
               AND project_id IS NOT NULL AND date BETWEEN %(start)s AND %(end)s
             GROUP BY user_id, company_id, date_trunc('month', date)
            """,
            users=self.agreement_id.user_id.ids,
            companies=companies.ids,
            start=date_from,
            end=date_to,
        )

    def _check_companies_served(self, companies):
        agreement = self.agreement_id
        proposed = agreement.served_ids.filtered(lambda m: m.state != "confirmed")
        if proposed:
            raise UserError(
                self.env._(
                    "Not every company served has confirmed its participation "
                    "yet: the cost is shared once they all have, or once the "
                    "others are removed from the agreement."
                )
            )
        strays = companies - set(agreement.served_ids.company_id)
        if strays:
            # the companies are not named: the user may not read them
            raise UserError(
                self.env._(
                    "%(person)s logged time in a company of the cluster that "
                    "agreement %(agreement)s does not serve. Move that time to "
                    "a company served, or add the company to the agreement.",
                    person=agreement.user_id.name,
                    agreement=agreement.name,
                )
            )

    def _cost(self, hours):
        """Cost of the period, month by month, from the cost line valid on
        the first day of each month."""
        agreement = self.agreement_id
        cost = 0.0
        month = self.date_from
        while month <= self.date_to:
            line = agreement.cost_ids.filtered(
                lambda c, m=month: (
                    c.date_from <= m and (not c.date_to or c.date_to >= m)
                )
            )[:1]
            if not line:
                raise UserError(
                    self.env._(
                        "Agreement %(agreement)s has no cost for %(month)s. Add a "
                        "cost valid on %(day)s to its cost basis.",
                        agreement=agreement.name,
                        month=format_date(self.env, month, date_format="MMMM y"),
                        day=format_date(self.env, month),
                    )
                )
            if line.basis == "monthly":
                cost += line.amount
            else:
                month_hours = sum(h for (_c, m), h in hours.items() if m == month)
                cost += line.amount * month_hours
            month += relativedelta(months=1)
        return cost

    def _weights(self, hours_by_company):
        agreement = self.agreement_id
        total_hours = sum(hours_by_company.values())
        method = agreement.allocation_method
        if method != "keys" and not total_hours:
            raise UserError(
                self.env._(
                    "%(person)s logged no time in %(period)s: the cost cannot be "
                    "shared by time. Log the time first, or share by keys.",
                    person=agreement.user_id.name,
                    period=self.name,
                )
            )
        fixed = {"time": 0.0, "keys": 100.0, "mixed": agreement.fixed_percent}[method]
        weights = {}
        for served in agreement.served_ids:
            by_keys = served.key_percent / 100.0
            by_time = (
                hours_by_company.get(served.company_id, 0.0) / total_hours
                if total_hours
                else 0.0
            )
            weights[served] = (
                fixed / 100.0 * by_keys,
                (1 - fixed / 100.0) * by_time,
            )
        return weights

    def _shares(self):
        """{allocation: (hours, cost, [line values])}: the split, computed
        for all allocations with one grouped query per period."""
        timesheet_hours = self._timesheet_hours()
        shares = {}
        for allocation in self:
            hours = timesheet_hours[allocation]
            hours_by_company = {}
            for (company, _month), amount in hours.items():
                hours_by_company[company] = hours_by_company.get(company, 0.0) + amount
            cost = allocation._cost(hours)
            parts = allocation._weights(hours_by_company)
            weights = [fixed + by_time for fixed, by_time in parts.values()]
            amounts = split_exactly(cost, weights, allocation.currency_id.rounding)
            currency = allocation.currency_id
            total = sum(weights)
            lines = []
            for (served, (fixed, _by_time)), weight, amount in zip(
                parts.items(), weights, amounts, strict=True
            ):
                # the fixed part by keys; the time part is the rest of the
                # share, so that both add up to it to the cent
                fixed_amount = min(currency.round(cost * fixed / total), amount)
                lines.append(
                    {
                        "company_id": served.company_id.id,
                        "hours": hours_by_company.get(served.company_id, 0.0),
                        "key_percent": served.key_percent,
                        "share_percent": weight * 100.0,
                        "amount": amount,
                        "fixed_amount": fixed_amount,
                        "time_amount": amount - fixed_amount,
                    }
                )
            shares[allocation] = (sum(hours_by_company.values()), cost, lines)
        return shares

    def action_compute(self):
        """(Re)compute the split. It can always be re-run: documents already
        recharged stay as they are, and any difference is recharged later by
        a correction document. A re-run tells the user which shares changed,
        in a notification: the chatter is read by every company charged,
        which must not learn the others' shares."""
        changes = []
        for allocation, (hours, cost, lines) in self._shares().items():
            before = {line.company_id: line.amount for line in allocation.line_ids}
            allocation._apply_shares(hours, cost, lines)
            after = {line.company_id: line.amount for line in allocation.line_ids}
            currency = allocation.currency_id
            changes += [
                self.env._(
                    "%(company)s: %(before)s → %(after)s",
                    company=company.name,
                    before=format_amount(self.env, before.get(company, 0.0), currency),
                    after=format_amount(self.env, after.get(company, 0.0), currency),
                )
                for company in sorted(
                    set(before) | set(after), key=lambda c: c.name or ""
                )
                if company in before
                and currency.compare_amounts(
                    before.get(company, 0.0), after.get(company, 0.0)
                )
            ]
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Shares changed")
                if changes
                else self.env._("Allocation computed"),
                "message": "\n".join(changes)
                if changes
                else self.env._("No share changed since the last run."),
                "type": "warning" if changes else "success",
                "sticky": bool(changes),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def _apply_shares(self, hours, cost, lines):
        """Write the shares computed, keeping the lines already recharged."""
        self.ensure_one()
        existing = {line.company_id.id: line for line in self.line_ids}
        commands = []
        for vals in lines:
            line = existing.pop(vals["company_id"], None)
            commands.append(
                Command.update(line.id, vals) if line else Command.create(vals)
            )
        # a company no longer served keeps its documents, and owes nothing
        commands += [
            Command.update(
                line.id,
                {
                    "amount": 0.0,
                    "share_percent": 0.0,
                    "fixed_amount": 0.0,
                    "time_amount": 0.0,
                },
            )
            if line.move_ids
            else Command.delete(line.id)
            for line in existing.values()
        ]
        self.write({"hours": hours, "cost": cost, "line_ids": commands})

    # Recharge ------------------------------------------------------------------

    def _lines_to_recharge(self):
        """The shares of the other companies served that confirmed their
        participation: the employer of record pays its own."""
        confirmed = self.agreement_id.served_ids.filtered(
            lambda m: m.state == "confirmed"
        ).company_id
        return self.line_ids.filtered(
            lambda line: (
                line.company_id != self.company_id and line.company_id in confirmed
            )
        )

    def action_recharge(self):
        """Invoice each company served the difference between its share and
        what it was already recharged: its whole share the first time, a
        correction (invoice or credit note) after a change, nothing when all
        is even. Posting the invoice makes the vendor bill of the company
        served (account_invoice_inter_company)."""
        product = self.env.ref("cluster_shared_staff_recharge.product_staff_recharge")
        moves = self.env["account.move"]
        for allocation in self:
            for line in allocation._lines_to_recharge():
                delta = line._amount_to_recharge()
                if not delta:
                    continue
                correction = bool(line.move_ids)
                moves |= self.env["account.move"].create(
                    {
                        "move_type": "out_invoice" if delta > 0 else "out_refund",
                        "company_id": allocation.company_id.id,
                        # sudo: the partner of a company served, which the
                        # employer's accountant bills but may not read
                        "partner_id": line.company_id.sudo().partner_id.id,
                        "invoice_date": allocation.date_to,
                        "staff_allocation_id": allocation.id,
                        "staff_allocation_line_id": line.id,
                        "invoice_line_ids": [
                            Command.create(
                                {
                                    "product_id": product.id,
                                    "name": line._recharge_label(correction),
                                    "quantity": 1,
                                    "price_unit": abs(delta),
                                    "tax_ids": [Command.clear()],
                                }
                            )
                        ],
                    }
                )
        moves.action_post()
        return moves

    def action_view_moves(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account.action_move_out_invoice_type"
        )
        action["domain"] = [("staff_allocation_id", "in", self.ids)]
        # the list shows its Customer column for customer documents only
        action["context"] = {"create": False, "default_move_type": "out_invoice"}
        return action
