# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models


class ClusterAccessMixin(models.AbstractModel):
    """A confidential model whose records another company may ask to see.

    Inheriting it lists the model among those an access request can name.
    The model's company rules then open granted records too, by adding
    ``('id', 'in', granted_ids('the.model', 'read'))`` (or ``'write'``) as an
    alternative to their company condition: rules cannot be added from here,
    since a second global rule would narrow the first, not widen it.
    A grant never hands the record over: see cluster.owned.mixin.
    """

    _name = "cluster.access.mixin"
    _inherit = ["cluster.owned.mixin"]
    _description = "Record Another Company May Ask to See"
