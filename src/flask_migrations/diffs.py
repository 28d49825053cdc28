"""Alembic's autogenerate differences as sentences: "added table 'tag'", not raw tuples.

``flask db check`` reports what the models hold that no revision has; Alembic gives those
differences as tuples of SQLAlchemy objects, which read badly in a terminal or a CI log.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def describe_all(diffs: Iterable[Any]) -> list[str]:
    """One line per difference; ``modify_*`` groups (lists of tuples) become one line each."""
    lines: list[str] = []
    for diff in diffs:
        if isinstance(diff, list):
            lines.extend(describe(d) for d in diff)
        else:
            lines.append(describe(diff))
    return lines


def describe(diff: Any) -> str:
    """A short sentence for one autogenerate difference tuple."""
    try:
        kind = diff[0]
        if kind in ("add_table", "remove_table"):
            return f"{_verb(kind)} table {_q(_table(diff[1]))}"
        if kind in ("add_column", "remove_column"):
            _, schema, table, column = diff[:4]
            return f"{_verb(kind)} column {_q(_name(schema, table, column.name))}"
        if kind in ("add_index", "remove_index"):
            index = diff[1]
            return (
                f"{_verb(kind)} {'unique ' if index.unique else ''}index {_q(index.name)}"
                f" on {_q(_table(index.table))} {_columns(index)}"
            )
        if kind in ("add_constraint", "remove_constraint"):
            constraint = diff[1]
            what = (
                "unique constraint"
                if type(constraint).__name__ == "UniqueConstraint"
                else ("constraint")
            )
            named = f" {_q(constraint.name)}" if constraint.name else ""
            return f"{_verb(kind)} {what}{named} on {_q(_table(constraint.table))} " + _columns(
                constraint
            )
        if kind in ("add_fk", "remove_fk"):
            fk = diff[1]
            target = ", ".join(sorted({e.target_fullname for e in fk.elements}))
            return (
                f"{_verb(kind)} foreign key {_columns(fk)} on {_q(_table(fk.table))}"
                f" referencing {target}"
            )
        if kind in ("add_table_comment", "remove_table_comment"):
            return f"{'changed' if kind[0] == 'a' else 'removed'} comment of table " + _q(
                _table(diff[1])
            )
        if kind.startswith("modify_"):
            _, schema, table, column, _existing, old, new = diff[:7]
            what = kind[len("modify_") :]
            where = _q(_name(schema, table, column))
            if what == "nullable":
                return f"column {where} is now {'nullable' if new else 'NOT NULL'}"
            return f"changed {what} of column {where} from {_value(old)} to {_value(new)}"
    except (AttributeError, IndexError, TypeError, ValueError):
        pass
    return repr(diff)


def _verb(kind: str) -> str:
    return "added" if kind.startswith("add") else "removed"


def _q(name: str | None) -> str:
    return f"'{name}'"


def _table(table: Any) -> str:
    schema = getattr(table, "schema", None)
    return f"{schema}.{table.name}" if schema else str(table.name)


def _name(schema: str | None, table: str, column: str) -> str:
    return ".".join(p for p in (schema, table, column) if p)


def _columns(item: Any) -> str:
    names = [getattr(c, "name", str(c)) for c in getattr(item, "columns", ())]
    return f"({', '.join(names)})"


def _value(value: Any) -> str:
    if value is None:
        return "none"
    text = getattr(value, "arg", None)  # a server default
    if text is not None:
        return repr(str(getattr(text, "text", text)))
    return str(value)
