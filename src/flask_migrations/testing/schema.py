"""A database's schema as comparable facts, and the differences between two as sentences.

The stairway check reads the schema before a revision's upgrade and after its downgrade; any
fact that differs is something the downgrade left behind, took too much of, or changed. The
facts come from SQLAlchemy's inspector (tables, columns, types, nullability, defaults,
indexes, keys, constraints, views, sequences) plus what it does not read: PostgreSQL's enum
and domain types, functions and triggers; MySQL's triggers; SQLite's triggers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

#: (kind, table or "", name) -> a description of the object, compared as text.
Facts = dict[tuple[str, str, str], str]


def read(connection: Connection, skip: Iterable[str] = ()) -> Facts:
    """The schema of the connection's database, less the tables in ``skip``."""
    inspector = sa.inspect(connection)
    skipped = set(skip)
    tables = sorted(set(inspector.get_table_names()) - skipped)
    facts: Facts = {("table", table, table): "table" for table in tables}
    if tables:
        _table_facts(inspector, tables, facts)
    for view in inspector.get_view_names():
        facts[("view", "", view)] = "view"
    if connection.dialect.supports_sequences:
        for sequence in inspector.get_sequence_names():
            if any(sequence.startswith(f"{table}_") for table in skipped):
                continue  # the serial column's sequence of a skipped table
            facts[("sequence", "", sequence)] = "sequence"
    extra = CATALOG.get(connection.dialect.name)
    if extra is not None:
        facts.update(extra(connection))
    return facts


def fingerprint(connection: Connection, skip: Iterable[str] = ()) -> Facts:
    """Facts that are equal when the schemas are: on SQLite its DDL as kept in sqlite_master
    (one query, where reading it table by table grows with the tables); elsewhere :func:`read`."""
    if connection.dialect.name != "sqlite":
        return read(connection, skip)
    skipped = set(skip)
    rows = connection.execute(
        sa.text(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
    )
    return {
        (kind, table, name): " ".join(str(sql or "").split())
        for kind, name, table, sql in rows
        if table not in skipped
    }


def _each(inspector: Any, what: str, tables: list[str]) -> dict[str, Any]:
    """``inspector.get_<what>`` of every table: in one query per kind where SQLAlchemy 2 can
    (``get_multi_<what>``), else table by table."""
    try:
        many = getattr(inspector, f"get_multi_{what}", None)
        if many is not None:
            return {key[1]: value for key, value in many(filter_names=tables).items()}
        return {table: getattr(inspector, f"get_{what}")(table) for table in tables}
    except NotImplementedError:
        return {}


def _table_facts(inspector: Any, tables: list[str], facts: Facts) -> None:
    for table, columns in _each(inspector, "columns", tables).items():
        for column in columns:
            facts[("column", table, column["name"])] = (
                f"{column['type']!s} {'NULL' if column['nullable'] else 'NOT NULL'}"
                f" DEFAULT {column.get('default')}"
            )
    for table, pk in _each(inspector, "pk_constraint", tables).items():
        if pk.get("constrained_columns"):
            facts[("primary key", table, pk.get("name") or "")] = _cols(pk["constrained_columns"])
    for table, fks in _each(inspector, "foreign_keys", tables).items():
        for fk in fks:
            name = fk.get("name") or _cols(fk["constrained_columns"])
            facts[("foreign key", table, name)] = (
                f"{_cols(fk['constrained_columns'])} -> {fk['referred_table']}"
                f"{_cols(fk['referred_columns'])}"
            )
    for table, indexes in _each(inspector, "indexes", tables).items():
        for index in indexes:
            name = index.get("name") or _cols(index["column_names"])
            unique = "unique " if index.get("unique") else ""
            facts[("index", table, name)] = f"{unique}{_cols(index['column_names'])}"
    for table, uniques in _each(inspector, "unique_constraints", tables).items():
        for unique in uniques:
            name = unique.get("name") or _cols(unique["column_names"])
            facts[("unique constraint", table, name)] = _cols(unique["column_names"])
    for table, checks in _each(inspector, "check_constraints", tables).items():
        for check in checks:
            name = check.get("name") or str(check.get("sqltext"))
            facts[("check constraint", table, name)] = str(check.get("sqltext"))


def _cols(names: Iterable[Any]) -> str:
    return "(" + ", ".join(str(n) for n in names) + ")"


def _postgresql(connection: Connection) -> Facts:
    rows = connection.execute(
        sa.text(
            "SELECT t.typname, t.typtype, coalesce(string_agg(e.enumlabel, ','"
            " ORDER BY e.enumsortorder), '') FROM pg_type t"
            " JOIN pg_namespace n ON n.oid = t.typnamespace"
            " LEFT JOIN pg_enum e ON e.enumtypid = t.oid"
            " WHERE n.nspname = current_schema() AND t.typtype IN ('e', 'd')"
            " GROUP BY t.typname, t.typtype"
        )
    )
    facts: Facts = {}
    for name, kind, labels in rows:
        what = "enum type" if kind == "e" else "domain"
        facts[(what, "", name)] = labels
    for (name,) in connection.execute(
        sa.text(
            "SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'"
            " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = current_schema()"
        )
    ):
        facts[("function", "", name)] = "function"
    for table, name in connection.execute(
        sa.text(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
        )
    ):
        facts[("trigger", table, name)] = "trigger"
    return facts


def _mysql(connection: Connection) -> Facts:
    rows = connection.execute(
        sa.text(
            "SELECT event_object_table, trigger_name FROM information_schema.triggers"
            " WHERE trigger_schema = DATABASE()"
        )
    )
    facts: Facts = {("trigger", table, name): "trigger" for table, name in rows}
    for (name,) in connection.execute(
        sa.text(
            "SELECT routine_name FROM information_schema.routines WHERE routine_schema = DATABASE()"
        )
    ):
        facts[("routine", "", name)] = "routine"
    return facts


def _sqlite(connection: Connection) -> Facts:
    rows = connection.execute(
        sa.text("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
    )
    return {("trigger", table, name): "trigger" for table, name in rows}


CATALOG: dict[str, Callable[[Connection], Facts]] = {
    "postgresql": _postgresql,
    "mysql": _mysql,
    "mariadb": _mysql,
    "sqlite": _sqlite,
}


def _what(key: tuple[str, str, str]) -> str:
    kind, table, name = key
    if kind == "table":
        return f"table '{table}'"
    if kind == "column":
        return f"column '{table}.{name}'"
    on = f" on table '{table}'" if table else ""
    return f"{kind} '{name}'{on}" if name else f"{kind}{on}"


def _detail(key: tuple[str, str, str], facts: Facts) -> str:
    text = facts[key]
    return "" if text in (key[0], "") else f": {text}"


def differences(before: Facts, after: Facts) -> list[str]:
    """What ``after`` has that ``before`` lacks, lacks, or has otherwise, as sentences."""
    lines = []
    tables_left = {k[1] for k in after if k[0] == "table" and k not in before}
    tables_gone = {k[1] for k in before if k[0] == "table" and k not in after}
    for key in sorted(set(before) | set(after)):
        if key[0] != "table" and key[1] in tables_left | tables_gone:
            continue  # the table says it all
        if key not in before:
            lines.append(f"{_what(key)} is left behind{_detail(key, after)}")
        elif key not in after:
            lines.append(f"{_what(key)} is missing{_detail(key, before)}")
        elif before[key] != after[key]:
            lines.append(f"{_what(key)} changed: {before[key]} -> {after[key]}")
    return lines
