"""Ready-made tenant discoveries for ``Migrate(app, db, tenants=...)``.

Each returns a function that Flask-Migrations calls in the application context, on the
application's default database, whenever a fleet command starts.
"""

from __future__ import annotations

from typing import Any, Callable

import sqlalchemy as sa


def _engine(bind: str | None) -> Any:
    from ..runtime import migrate_state
    from ..targets import DEFAULT, engines_by_bind

    return engines_by_bind(migrate_state())[bind or DEFAULT]


def schemas_matching(pattern: str, bind: str | None = None) -> Callable[[], list[str]]:
    """The schemas whose name matches the SQL ``LIKE`` ``pattern`` (``"tenant_%"``), by name.

    PostgreSQL's own schemas (``pg_*``, ``information_schema``) never match.
    """

    def discover() -> list[str]:
        query = sa.text(
            "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname LIKE :pattern"
            " AND nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'"
            " ORDER BY nspname"
        )
        with _engine(bind).connect() as connection:
            return [row[0] for row in connection.execute(query, {"pattern": pattern})]

    return discover


def names_from_query(sql: str, bind: str | None = None, **params: Any) -> Callable[[], list[str]]:
    """The first column of ``sql`` (``"SELECT schema_name FROM tenants WHERE active"``)."""

    def discover() -> list[str]:
        with _engine(bind).connect() as connection:
            return [str(row[0]) for row in connection.execute(sa.text(sql), params)]

    return discover


def databases_matching(pattern: str, bind: str | None = None) -> Callable[[], list[str]]:
    """The databases on the default database's server whose name matches the SQL ``LIKE``
    ``pattern`` (``"tenant\\_%"``), by name (PostgreSQL, MySQL/MariaDB); for
    ``Tenants(kind="database")``."""

    def discover() -> list[str]:
        engine = _engine(bind)
        if engine.dialect.name == "postgresql":
            sql = (
                "SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE :pattern"
                " AND NOT datistemplate ORDER BY datname"
            )
        else:
            sql = (
                "SELECT schema_name FROM information_schema.schemata"
                " WHERE schema_name LIKE :pattern ORDER BY schema_name"
            )
        with engine.connect() as connection:
            return [row[0] for row in connection.execute(sa.text(sql), {"pattern": pattern})]

    return discover
