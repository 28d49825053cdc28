"""One catalog query, in place of one per table, to tell SERIAL columns apart on PostgreSQL.

When autogenerate reflects a PostgreSQL table, Alembic's
``PostgresqlImpl.autogen_column_reflect`` looks at every integer column whose default is
``nextval('<sequence>'::regclass)`` and asks the catalog (``pg_depend``) whether that sequence is
owned by the column. If it is, the column is a SERIAL and Alembic drops the default from the
reflected column, so that autogenerate does not see a server default the model never declared.
That is one round trip per table with a SERIAL key: on a schema of 1,500 tables, 1,500 queries,
the largest cost of ``flask db check`` beyond reflection itself.

:func:`install` gives one migration context a hook that loads the owner of every sequence of the
database with one query, the first time a reflected column needs it, keeps the answer in the
inspector's own cache (so it lives exactly as long as the reflection it serves) and answers each
column from it, with the same result and the same log line as Alembic's hook. A sequence name
the bulk answer does not settle (not found, or with more than one owning column) goes to
Alembic's own hook, unchanged.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy import BIGINT, INTEGER, text

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy.engine.reflection import Inspector

# The logger Alembic's own hook writes to, so that logging set-ups keep working unchanged.
log = logging.getLogger("alembic.ddl.postgresql")

_NEXTVAL = re.compile(r"nextval\('(.+?)'::regclass\)")
_CACHE_KEY = "flask_migrations.sequence_owners"

#: Every sequence, named as ``regclass`` renders it under the session's search_path (which is
#: how a column default names it), with each column Alembic's own query finds for it: none, one
#: (the owner), or, in odd catalogs, more.
_SEQUENCE_OWNERS = text(
    "select cast(c.oid as regclass)::text, c.relname, o.attname "
    "from pg_class as c left join ("
    "select d.objid, a.attname from pg_depend d "
    "join pg_class t on t.oid = d.refobjid "
    "join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid "
    "where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass"
    ") as o on o.objid = c.oid "
    "where c.relkind = 'S'"
)

Owners = dict[str, list[tuple[str, Any]]]


def install(migration_context: MigrationContext) -> bool:
    """Answer the SERIAL question in bulk for ``migration_context``; True if installed.

    Only Alembic's own PostgreSQL implementation gets the bulk hook: a dialect or an
    implementation class of the project's that overrides the hook keeps its own.
    """
    try:
        from alembic.ddl.postgresql import PostgresqlImpl
    except ImportError:  # pragma: no cover - every supported Alembic has it
        return False
    impl = migration_context.impl
    if not isinstance(impl, PostgresqlImpl):
        return False
    if type(impl).autogen_column_reflect is not PostgresqlImpl.autogen_column_reflect:
        return False
    if "autogen_column_reflect" in vars(impl):  # installed already
        return True
    impl.autogen_column_reflect = _bulk_hook(impl.autogen_column_reflect)  # type: ignore[method-assign]
    return True


def _bulk_hook(alembic_hook: Callable[[Any, Any, dict[str, Any]], None]) -> Callable[..., None]:
    def autogen_column_reflect(
        inspector: Inspector, table: Any, column_info: dict[str, Any]
    ) -> None:
        default = column_info.get("default")
        if not default or not isinstance(column_info["type"], (INTEGER, BIGINT)):
            return
        match = _NEXTVAL.match(default)
        if not match:
            return
        owners = _sequence_owners(inspector).get(match.group(1))
        if owners is None or len(owners) > 1:
            alembic_hook(inspector, table, column_info)
            return
        # Alembic's query finds no row for a sequence that no column owns.
        sequence, column = owners[0]
        if column is not None and column == column_info["name"]:
            log.info(
                "Detected sequence named '%s' as owned by integer column '%s(%s)', "
                "assuming SERIAL and omitting",
                sequence,
                table.name,
                column,
            )
            del column_info["default"]

    return autogen_column_reflect


def _sequence_owners(inspector: Inspector) -> Owners:
    """The owners of every sequence, by name, loaded once per inspector."""
    cache = inspector.info_cache
    owners: Owners | None = cache.get(_CACHE_KEY)
    if owners is None:
        owners = {}
        rows = _execute(inspector, _SEQUENCE_OWNERS)
        for name, relname, attname in rows:
            owners.setdefault(name, [])
            if attname is not None:
                owners[name].append((relname, attname))
            elif not owners[name]:
                owners[name].append((relname, None))
        cache[_CACHE_KEY] = owners
    return owners


def _execute(inspector: Inspector, statement: Any) -> list[Any]:
    """The rows of ``statement`` on the inspector's connection (its engine's, when it has none)."""
    from sqlalchemy.engine import Connection

    bind = inspector.bind
    if isinstance(bind, Connection):
        return list(bind.execute(statement))
    with bind.connect() as connection:
        return list(connection.execute(statement))
