# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The books are confidential to each company: these models join the leak
test matrix (see cluster_role's ``_cluster_confidential``)."""

from odoo import models


class AccountPayment(models.Model):
    _inherit = "account.payment"
    _cluster_confidential = True


class AccountBankStatement(models.Model):
    _inherit = "account.bank.statement"
    _cluster_confidential = True


class AccountBankStatementLine(models.Model):
    _inherit = "account.bank.statement.line"
    _cluster_confidential = True
