"""Every tenant's revision, read in a few queries, without starting Alembic.

A rerun over a thousand schemas with nothing to do must not run env.py a thousand times: the
version tables of many schemas are read by one ``UNION ALL`` query per batch, after one catalog
query finds which schemas have a version table at all. On MySQL/MariaDB a database is a schema
of the server, so databases per tenant are read the same way; PostgreSQL databases per tenant
cannot be read from one connection, and are read one connection each (:func:`read_each`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa

#: Schemas read by one query.
BATCH = 500


def read(connection: Any, tenants: Sequence[str], version_table: str) -> dict[str, frozenset[str]]:
    """The revisions in each tenant's version table; empty for a tenant without one (never
    migrated) or a schema that does not exist."""
    found: dict[str, frozenset[str]] = {name: frozenset() for name in tenants}
    with_table = _with_table(connection, list(tenants), version_table)
    quote = connection.dialect.identifier_preparer.quote_identifier
    for start in range(0, len(with_table), BATCH):
        chunk = with_table[start : start + BATCH]
        cast = "CHAR(64)" if connection.dialect.name in ("mysql", "mariadb") else "VARCHAR(64)"
        parts = [
            f"SELECT CAST(:t{i} AS {cast}) AS tenant, version_num"
            f" FROM {quote(name)}.{quote(version_table)}"
            for i, name in enumerate(chunk)
        ]
        params = {f"t{i}": name for i, name in enumerate(chunk)}
        heads: dict[str, set[str]] = {}
        for tenant, version in connection.execute(sa.text(" UNION ALL ".join(parts)), params):
            heads.setdefault(tenant, set()).add(version)
        for tenant, versions in heads.items():
            found[tenant] = frozenset(versions)
    return found


def _with_table(connection: Any, tenants: list[str], version_table: str) -> list[str]:
    """The tenants whose schema has the version table, in the order given."""
    present: set[str] = set()
    if connection.dialect.name == "postgresql":
        sql = (
            "SELECT n.nspname FROM pg_catalog.pg_class c"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relname = :table AND c.relkind IN ('r', 'p') AND n.nspname IN :names"
        )
    else:
        sql = (
            "SELECT table_schema FROM information_schema.tables"
            " WHERE table_name = :table AND table_schema IN :names"
        )
    query = sa.text(sql).bindparams(sa.bindparam("names", expanding=True))
    for start in range(0, len(tenants), 5000):
        chunk = tenants[start : start + 5000]
        present.update(
            row[0] for row in connection.execute(query, {"table": version_table, "names": chunk})
        )
    return [name for name in tenants if name in present]


def read_each(
    engine_of: Callable[[str], Any], tenants: Sequence[str], version_table: str
) -> dict[str, frozenset[str]]:
    """The revisions of each tenant database, one short connection each (PostgreSQL)."""
    found: dict[str, frozenset[str]] = {}
    for name in tenants:
        engine = engine_of(name)
        try:
            with engine.connect() as connection:
                if not sa.inspect(connection).has_table(version_table):
                    found[name] = frozenset()
                    continue
                t = sa.table(version_table, sa.column("version_num"))
                found[name] = frozenset(connection.execute(sa.select(t.c.version_num)).scalars())
        except sa.exc.OperationalError:  # the database does not exist (any more)
            found[name] = frozenset()
        finally:
            engine.dispose()
    return found
