from odoo import models


class Base(models.AbstractModel):
    _inherit = "base"

    # A model that holds one company's confidential data sets this to True.
    # It then joins the leak test matrix (tests/test_leak_matrix.py), which
    # checks every read path of every such model from the side of users who
    # must not see its records: declaring is how a model joins, no test is
    # copied.
    _cluster_confidential = False
