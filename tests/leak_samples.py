# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""One sample record per confidential model, for the leak test matrix.

A model joins the matrix by setting ``_cluster_confidential = True``
(cluster_role). Its sample goes here: the role that opens it in its company
(``"accountant"``, ``"staff_manager"`` (accountant or HR officer),
``"booker"``, ``"booking"`` (booker or accountant: productions, dates and
deals, which accountants read to invoice them), ``"member_admin"`` or
``"cluster_accountant"``) and a function
building one record in a given company, with ``CANARY`` in its text so
that no payload may carry it.
"""

from odoo import Command, fields

CANARY = "CANARY-b7e2 fee ceiling"


def _invoice(env, company, partner):
    move = (
        env["account.move"]
        .with_company(company)
        .create(
            {
                "move_type": "out_invoice",
                "company_id": company.id,
                "partner_id": partner.id,
                "ref": CANARY,
                "invoice_line_ids": [
                    Command.create(
                        {"name": CANARY, "quantity": 1, "price_unit": 4800.0}
                    )
                ],
            }
        )
    )
    move.action_post()
    return move


def _payment(env, company, partner):
    payment = (
        env["account.payment"]
        .with_company(company)
        .create(
            {
                "payment_type": "inbound",
                "partner_type": "customer",
                "partner_id": partner.id,
                "amount": 1200.0,
                "memo": CANARY,
            }
        )
    )
    payment.action_post()
    return payment


def _statement_line(env, company, partner):
    journal = env["account.journal"].search(
        [("company_id", "=", company.id), ("type", "=", "bank")], limit=1
    )
    return env["account.bank.statement.line"].create(
        {
            "journal_id": journal.id,
            "payment_ref": CANARY,
            "partner_id": partner.id,
            "amount": 350.0,
            "date": fields.Date.today(),
        }
    )


def _statement(env, company, partner):
    line = _statement_line(env, company, partner)
    return env["account.bank.statement"].create(
        {"name": CANARY, "line_ids": [Command.set(line.ids)]}
    )


def _analytic_line(env, company, partner):
    plan = env["account.analytic.plan"].create({"name": "Tours"})
    account = env["account.analytic.account"].create(
        {"name": "Spring tour", "plan_id": plan.id, "company_id": company.id}
    )
    return env["account.analytic.line"].create(
        {
            "name": CANARY,
            "account_id": account.id,
            "company_id": company.id,
            "partner_id": partner.id,
            "amount": -900.0,
        }
    )


def _note(env, company, partner):
    return env["directory.note"].create(
        {
            "partner_id": partner.id,
            "company_id": company.id,
            "note": f"<p>{CANARY}</p>",
            "pitch": CANARY,
        }
    )


def _interaction(env, company, partner):
    return env["directory.interaction"].create(
        {
            "partner_id": partner.id,
            "company_id": company.id,
            "interaction_type": "call",
            "summary": CANARY,
        }
    )


def _segment(env, company, partner):
    return env["directory.segment"].create(
        {
            "name": CANARY,
            "company_id": company.id,
            "sender_company_ids": [Command.set(company.ids)],
        }
    )


def _access_event(env, company, partner):
    """The owner's trail line of a request another company made for one of
    its notes."""
    venue = partner.copy({"name": "Salle des Requêtes"})
    _note(env, company, venue)
    other = env["res.company"].search(
        [("cluster_id", "=", company.cluster_id.id), ("id", "!=", company.id)],
        limit=1,
    )
    request = env["cluster.access.request"].create(
        {
            "company_id": other.id,
            "owner_company_id": company.id,
            "res_model": "directory.note",
            "record_name": venue.name,
            "reason": CANARY,
        }
    )
    return env["cluster.access.event"].search([("request_id", "=", request.id)])


def _staff_agreement(env, company):
    """A person shared by ``company`` alone, employed there: enough to hang
    a report and a cost share on."""
    login = f"shared_sample_{company.id}"
    user = env["res.users"].search([("login", "=", login)])
    if not user:
        user = env["res.users"].create(
            {
                "name": "Shared Sample",
                "login": login,
                "company_id": company.id,
                "company_ids": [Command.set(company.ids)],
            }
        )
        env["hr.employee"].create(
            {"name": user.name, "user_id": user.id, "company_id": company.id}
        )
    return env["cluster.staff.agreement"].create(
        {
            "name": "Sample sharing",
            "company_id": company.id,
            "user_id": user.id,
            "served_ids": [Command.create({"company_id": company.id})],
        }
    )


def _staff_report(env, company, partner):
    agreement = _staff_agreement(env, company)
    report = agreement._get_report(company, fields.Date.today(), fields.Date.today())
    report.note = f"<p>{CANARY}</p>"
    return report


def _staff_share(env, company, partner):
    agreement = _staff_agreement(env, company)
    allocation = env["cluster.staff.allocation"].create(
        {
            "agreement_id": agreement.id,
            "date_from": fields.Date.today().replace(day=1),
        }
    )
    return env["cluster.staff.allocation.line"].create(
        {"allocation_id": allocation.id, "company_id": company.id, "amount": 4200.0}
    )


def _consolidation(env, company):
    """A consolidation of the company's cluster, ``company`` at its head."""
    cluster = company.cluster_id
    cluster.parent_company_id = company
    account = env["consolidation.account"].search(
        [("cluster_id", "=", cluster.id), ("code", "=", "C999")]
    ) or env["consolidation.account"].create(
        {"cluster_id": cluster.id, "code": "C999", "name": CANARY, "section": "income"}
    )
    run = env["consolidation.run"].search([("cluster_id", "=", cluster.id)])
    if not run:
        today = fields.Date.today()
        run = env["consolidation.run"].create(
            {"cluster_id": cluster.id, "date_from": today, "date_to": today}
        )
    return run, account


def _consolidation_run(env, company, partner):
    return _consolidation(env, company)[0]


def _consolidation_line(env, company, partner):
    run, account = _consolidation(env, company)
    return env["consolidation.run.line"].create(
        {
            "run_id": run.id,
            "account_id": account.id,
            "company_id": company.id,
            "kind": "contribution",
            "amount": -4800.0,
        }
    )


def _consolidation_acquisition(env, company, partner):
    _consolidation(env, company)  # the company at the cluster's head
    member = (company.cluster_id.all_company_ids - company)[:1]
    account = env["account.account"].search([("company_ids", "=", company.id)], limit=1)
    acquisition = env["consolidation.acquisition"].search(
        [("cluster_id", "=", company.cluster_id.id), ("member_id", "=", member.id)]
    )
    return acquisition or env["consolidation.acquisition"].create(
        {
            "cluster_id": company.cluster_id.id,
            "member_id": member.id,
            "holder_id": company.id,
            "date": fields.Date.today(),
            "investment_account_id": account.id,
            "note": CANARY,
        }
    )


def _consolidation_fair_value(env, company, partner):
    acquisition = _consolidation_acquisition(env, company, partner)
    account = env["consolidation.account"].search(
        [("cluster_id", "=", company.cluster_id.id), ("code", "=", "C998")]
    ) or env["consolidation.account"].create(
        {
            "cluster_id": company.cluster_id.id,
            "code": "C998",
            "name": "Equipment",
            "section": "asset",
        }
    )
    return env["consolidation.fair.value"].create(
        {
            "acquisition_id": acquisition.id,
            "name": CANARY,
            "account_id": account.id,
            "amount": 4800.0,
        }
    )


def _consolidation_entry(env, company, partner):
    run, account = _consolidation(env, company)
    return env["consolidation.entry"].create(
        {
            "run_id": run.id,
            "date": run.date_to,
            "reason": CANARY,
            "line_ids": [
                Command.create(
                    {"account_id": account.id, "name": CANARY, "debit": 4800.0}
                )
            ],
        }
    )


def _consolidation_unmapped(env, company, partner):
    run, _account = _consolidation(env, company)
    account = env["account.account"].search([("company_ids", "=", company.id)], limit=1)
    return env["consolidation.unmapped"].create(
        {
            "run_id": run.id,
            "company_id": company.id,
            "account_id": account.id,
            "code": CANARY,
            "balance": -4800.0,
        }
    )


def _consolidation_statement_line(env, company, partner):
    run, account = _consolidation(env, company)
    return env["consolidation.statement.line"].create(
        {
            "run_id": run.id,
            "statement": "balance_sheet",
            "kind": "account",
            "name": CANARY,
            "account_id": account.id,
            "amount": 4800.0,
        }
    )


def _mailing_list(env, company, partner):
    return env["mailing.list"].create(
        {"name": CANARY, "company_ids": [Command.set(company.ids)]}
    )


def _mailing_contact(env, company, partner):
    return env["mailing.contact"].create(
        {
            "name": CANARY,
            "email": "canary@programmer.example",
            "company_ids": [Command.set(company.ids)],
            "list_ids": [Command.link(_mailing_list(env, company, partner).id)],
        }
    )


def _mailing(env, company, partner):
    return env["mailing.mailing"].create(
        {
            "subject": CANARY,
            "body_html": f"<p>{CANARY}</p>",
            "mailing_model_id": env["ir.model"]._get_id("mailing.list"),
            "contact_list_ids": [Command.link(_mailing_list(env, company, partner).id)],
            "sender_company_ids": [Command.set(company.ids)],
        }
    )


def _mailing_filter(env, company, partner):
    return env["mailing.filter"].create(
        {
            "name": CANARY,
            "mailing_domain": "[('email', '!=', False)]",
            "mailing_model_id": env["ir.model"]._get_id("res.partner"),
            "company_id": company.id,
        }
    )


def _deal(env, company, partner):
    """A cession on a confirmed date of a production of ``company``; its
    settlement's taxes are the company's own (0 %, made here if missing)."""
    production = env["booking.production"].create(
        {"name": "Deal sample production", "company_id": company.id}
    )
    date = env["booking.date"].create(
        {"production_id": production.id, "date": "2027-03-12", "venue_id": partner.id}
    )
    date.action_confirm()
    if not company.deal_fee_tax_id:
        group = env["account.tax.group"].create(
            {"name": "Deal sample taxes", "company_id": company.id}
        )
        tax = env["account.tax"].create(
            {
                "name": "Deal sample 0 %",
                "company_id": company.id,
                "amount_type": "percent",
                "amount": 0.0,
                "tax_group_id": group.id,
            }
        )
        company.write(
            {
                f"deal_{component}_tax_id": tax.id
                for component in ("fee", "share", "topup", "costs", "rent")
            }
        )
    return env["booking.deal"].create(
        {
            "company_id": company.id,
            "production_id": production.id,
            "organiser_id": partner.id,
            "date_ids": [Command.set(date.ids)],
            "deal_type": "cession",
            "fee": 2600.0,
            "note": CANARY,
        }
    )


def _production(env, company, partner):
    return env["booking.production"].create(
        {
            "name": CANARY,
            "company_id": company.id,
            "description": f"<p>{CANARY}</p>",
            "fee_min": 3500.0,
        }
    )


def _production_member(env, company, partner):
    return env["booking.production.member"].create(
        {
            "production_id": _production(env, company, partner).id,
            "partner_id": partner.id,
            "job": CANARY,
        }
    )


def _production_rider(env, company, partner):
    return env["booking.production.rider"].create(
        {"production_id": _production(env, company, partner).id, "note": CANARY}
    )


def _production_unavailability(env, company, partner):
    today = fields.Date.today()
    return env["booking.production.unavailability"].create(
        {
            "production_id": _production(env, company, partner).id,
            "date_from": today,
            "date_to": today,
            "reason": CANARY,
        }
    )


def _tour(env, company, partner):
    return env["booking.tour"].create(
        {
            "name": CANARY,
            "production_id": _production(env, company, partner).id,
            "note": f"<p>{CANARY}</p>",
        }
    )


def _tour_period(env, company, partner):
    today = fields.Date.today()
    return env["booking.tour.period"].create(
        {
            "name": CANARY,
            "tour_id": _tour(env, company, partner).id,
            "date_from": today,
            "date_to": today,
        }
    )


def _booking_date(env, company, partner):
    return env["booking.date"].create(
        {
            "production_id": _production(env, company, partner).id,
            "date": fields.Date.today(),
            "venue_id": partner.id,
            "note": CANARY,
        }
    )


def _option_event(env, company, partner):
    """A line of an option's history (booking_option)."""
    return env["booking.option.event"].create(
        {
            "date_id": _booking_date(env, company, partner).id,
            "event": "challenged",
            "note": CANARY,
        }
    )


def _contract_version(env, company, partner):
    """A generated version of a deal's contract, its PDF attached (owned by
    the company, named with the canary) as booking_deal makes them."""
    version = env["booking.contract.version"].create(
        {"deal_id": _deal(env, company, partner).id, "annex_note": CANARY}
    )
    version.attachment_id = env["ir.attachment"].create(
        {
            "name": f"{CANARY}.pdf",
            "raw": b"%PDF-1.4 " + CANARY.encode(),
            "res_model": version._name,
            "res_id": version.id,
            "company_id": company.id,
        }
    )
    return version


def _settlement(env, company, partner):
    return env["booking.settlement"].create(
        {
            "deal_id": _deal(env, company, partner).id,
            "band_ids": [Command.create({"name": CANARY, "price": 18.0, "sold": 120})],
        }
    )


def _prospection_stage(env, company, partner):
    return env["booking.prospection.stage"].create(
        {"name": CANARY, "company_id": company.id, "sequence": 99}
    )


def _prospection_line(env, company, partner):
    """A line of the portfolio of a tour period of the company, at a stage
    of its own, with a call logged from it."""
    period = _tour_period(env, company, partner)
    line = env["booking.prospection.line"].create(
        {
            "company_id": company.id,
            "production_id": period.production_id.id,
            "tour_period_id": period.id,
            "partner_id": partner.id,
            "stage_id": _prospection_stage(env, company, partner).id,
            "interest": "3",
        }
    )
    _interaction(env, company, partner).prospection_line_id = line
    return line


def _cluster_day(env, company, partner):
    """The cluster calendar's row with the details of a date; the rest of
    the cluster reads a busy row of that day instead, which
    booking_calendar's tests attack."""
    date = _booking_date(env, company, partner)
    date.flush_recordset()
    return env["booking.cluster.day"].search([("date_id", "=", date.id)])


def _team_day(env, company, partner):
    """A team member's day on a date of her production."""
    member = _production_member(env, company, partner)
    date = env["booking.date"].create(
        {
            "production_id": member.production_id.id,
            "date": fields.Date.today(),
            "venue_id": partner.id,
        }
    )
    date.flush_recordset()
    return env["booking.team.day"].search(
        [("date_id", "=", date.id), ("member_id", "=", member.id)]
    )


SAMPLES = {
    "account.move": ("accountant", _invoice),
    "account.move.line": (
        "accountant",
        lambda env, company, partner: _invoice(env, company, partner).line_ids[0],
    ),
    "account.payment": ("accountant", _payment),
    "account.bank.statement": ("accountant", _statement),
    "account.bank.statement.line": ("accountant", _statement_line),
    "account.analytic.line": ("accountant", _analytic_line),
    "directory.note": ("booker", _note),
    "directory.interaction": ("booker", _interaction),
    "directory.segment": ("booker", _segment),
    "cluster.access.event": ("member_admin", _access_event),
    "cluster.staff.report": ("staff_manager", _staff_report),
    "cluster.staff.allocation.line": ("staff_manager", _staff_share),
    "consolidation.run": ("cluster_accountant", _consolidation_run),
    "consolidation.run.line": ("cluster_accountant", _consolidation_line),
    "consolidation.unmapped": ("cluster_accountant", _consolidation_unmapped),
    "consolidation.statement.line": (
        "cluster_accountant",
        _consolidation_statement_line,
    ),
    "consolidation.acquisition": ("cluster_accountant", _consolidation_acquisition),
    "consolidation.fair.value": ("cluster_accountant", _consolidation_fair_value),
    "consolidation.entry": ("cluster_accountant", _consolidation_entry),
    "consolidation.entry.line": (
        "cluster_accountant",
        lambda env, company, partner: (
            _consolidation_entry(env, company, partner).line_ids
        ),
    ),
    "mailing.list": ("booker", _mailing_list),
    "mailing.contact": ("booker", _mailing_contact),
    "mailing.mailing": ("booker", _mailing),
    "mailing.filter": ("booker", _mailing_filter),
    "booking.deal": ("booking", _deal),
    "booking.settlement": ("booking", _settlement),
    "booking.contract.version": ("booking", _contract_version),
    "booking.settlement.band": (
        "booking",
        lambda env, company, partner: _settlement(env, company, partner).band_ids,
    ),
    "booking.settlement.line": (
        "booking",
        lambda env, company, partner: _settlement(env, company, partner).line_ids[0],
    ),
    "cluster.staff.allocation": (
        "staff_manager",
        lambda env, company, partner: _staff_share(env, company, partner).allocation_id,
    ),
    "cluster.staff.report.line": (
        "staff_manager",
        lambda env, company, partner: env["cluster.staff.report.line"].create(
            {
                "report_id": _staff_report(env, company, partner).id,
                "section": "highlight",
                "name": CANARY,
                "partner_name": partner.name,
            }
        ),
    ),
    "booking.production": ("booking", _production),
    "booking.production.member": ("booking", _production_member),
    "booking.production.rider": ("booking", _production_rider),
    "booking.production.unavailability": ("booking", _production_unavailability),
    "booking.tour": ("booking", _tour),
    "booking.tour.period": ("booking", _tour_period),
    "booking.date": ("booking", _booking_date),
    "booking.option.event": ("booking", _option_event),
    "booking.prospection.stage": ("booker", _prospection_stage),
    "booking.prospection.line": ("booker", _prospection_line),
    "booking.prospection.report": (
        "booker",
        lambda env, company, partner: env["booking.prospection.report"].browse(
            _prospection_line(env, company, partner).id
        ),
    ),
    "booking.cluster.day": ("booking", _cluster_day),
    "booking.team.day": ("booking", _team_day),
}
