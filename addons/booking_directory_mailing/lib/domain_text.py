# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""A domain in the words a booker would use.

``describe(Model, domain)`` turns ``[('directory_type', '=', 'venue'),
('department', 'in', ['29', '56'])]`` into "Structure Type is Venue;
Department is 29 or 56", in the language of ``Model.env``: field labels and
selection values as translated in Odoo, lists joined the locale's way.
Related records are named only when the user reads them; the others are
counted, never named.
"""

from odoo.osv import expression
from odoo.tools import format_list
from odoo.tools.safe_eval import safe_eval

# Beyond this many records or values, the rest are counted
MAX_NAMES = 10
# Between the fields of a path, as the web client's domain editor shows it
PATH_SEPARATOR = " \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} "


def describe(Model, domain):
    """``domain`` (a list, as evaluated) on ``Model``, in words."""
    env = Model.env
    domain = expression.normalize_domain(list(domain or []))
    if domain in ([], [expression.TRUE_LEAF]):
        return env._("Every entry")
    node, _end = _parse(domain, 0)
    return _render(Model, node, top=True)


def describe_source(Model, source):
    """``describe`` for a domain kept as text, as saved filters and segments
    keep it; nothing when it does not evaluate (their constraints say why)."""
    try:
        return describe(Model, safe_eval(source or "[]"))
    except (ValueError, SyntaxError, TypeError, NameError):
        return ""


def _parse(domain, index):
    """The prefix-notation ``domain`` from ``index`` as a tree of ``(kind,
    children)``, consecutive ands (ors) flattened into one node."""
    token = domain[index]
    if token in (expression.AND_OPERATOR, expression.OR_OPERATOR):
        kind = "and" if token == expression.AND_OPERATOR else "or"
        left, index = _parse(domain, index + 1)
        right, index = _parse(domain, index)
        children = []
        for child in (left, right):
            children.extend(child[1] if child[0] == kind else [child])
        return (kind, children), index
    if token == expression.NOT_OPERATOR:
        child, index = _parse(domain, index + 1)
        return ("not", [child]), index
    return ("leaf", token), index + 1


def _render(Model, node, top=False):
    env = Model.env
    kind, content = node
    if kind == "leaf":
        return _leaf(Model, content)
    if kind == "not":
        return env._("not (%s)", _render(Model, content[0]))
    parts = [_render(Model, child) for child in content]
    text = "; ".join(parts) if kind == "and" else format_list(env, parts, "or")
    return text if top else f"({text})"


def _leaf(Model, leaf):
    env = Model.env
    leaf = tuple(leaf)
    if leaf == expression.TRUE_LEAF:
        return env._("every entry")
    if leaf == expression.FALSE_LEAF:
        return env._("no entry")
    path, operator, value = leaf
    labels, field, Target = [], None, Model
    for name in str(path).split("."):
        field = Target._fields.get(name)
        if field is None:
            return f"{path} {operator} {value!r}"
        labels.append(field._description_string(env))
        if field.relational:
            Target = env[field.comodel_name]
    label = PATH_SEPARATOR.join(labels)
    if path == "id" and operator == "in":
        return env._("Chosen entries: %s", _values(Target, field, value, "standard"))
    if operator in ("any", "not any"):
        conditions = describe(Target, value)
        if operator == "any":
            return env._(
                "%(field)s: %(conditions)s", field=label, conditions=conditions
            )
        return env._("no %(field)s: %(conditions)s", field=label, conditions=conditions)
    if operator in ("=", "!=") and value is False and field.type != "boolean":
        if operator == "=":
            return env._("%s is not set", label)
        return env._("%s is set", label)
    if field.type == "boolean" and operator in ("=", "!=") and isinstance(value, bool):
        return label if value == (operator == "=") else env._("not %s", label)
    words = _operator_words(env)
    several = isinstance(value, (list, tuple)) and len(value) > 1
    operator_text = words.get((operator, several)) or words.get(
        (operator, False), operator
    )
    style = "standard" if operator in ("not in", "not child_of") else "or"
    return env._(
        "%(field)s %(operator)s %(value)s",
        field=label,
        operator=operator_text,
        value=_values(Target, field, value, style, quote="like" in operator),
    )


def _operator_words(env):
    return {
        ("=", False): env._("is"),
        ("!=", False): env._("is not"),
        ("in", False): env._("is"),
        ("not in", False): env._("is not"),
        ("not in", True): env._("is none of"),
        ("child_of", False): env._("is"),
        ("not child_of", False): env._("is not"),
        ("parent_of", False): env._("contains"),
        ("like", False): env._("contains"),
        ("ilike", False): env._("contains"),
        ("not like", False): env._("does not contain"),
        ("not ilike", False): env._("does not contain"),
        ("=like", False): env._("matches"),
        ("=ilike", False): env._("matches"),
        (">", False): env._("is more than"),
        (">=", False): env._("is at least"),
        ("<", False): env._("is less than"),
        ("<=", False): env._("is at most"),
    }


def _values(Target, field, value, style, quote=False):
    """The value(s) of a condition: records by the names the user may read,
    selection values by their labels."""
    env = Target.env
    values = list(value) if isinstance(value, (list, tuple)) else [value]
    records = field.relational or field.name == "id"
    if records and all(isinstance(v, int) for v in values):
        # Searched as the user: only the records she reads are named
        readable = Target.search([("id", "in", values)])
        by_id = {record.id: record.display_name for record in readable}
        names = [by_id[v] for v in dict.fromkeys(values) if v in by_id]
        hidden = len(set(values)) - len(by_id)
    else:
        if field.type == "selection":
            labels = dict(field._description_selection(env))
            names = [labels.get(v, str(v)) for v in values]
        elif quote:
            names = [f"“{v}”" for v in values]
        else:
            names = [str(v) for v in values]
        hidden = 0
    more = max(len(names) - MAX_NAMES, 0) + hidden
    names = names[:MAX_NAMES]
    if more > 0:
        names.append(env._("%s more", more))
    if not names:
        return env._("nothing")
    return format_list(env, names, style)
