"""One tenant's scope inside env.py: ``flask db -x tenant=NAME <command>``.

The runtime (what env.py runs) asks :func:`tenant_of` for the tenant of the command; with one,
the version table (and the history table beside it) live in the tenant's schema, the migration's
connection has the schema as its ``search_path`` (so unqualified names land in it), and
autogenerate compares the tenant models only. A tenant that is a database of its own
(``Tenants(kind="database")``) gets the default database's place instead (:func:`retarget`).
The fleet's workers run each tenant this way, so a single tenant migrated by hand and a fleet
run do the same thing.

Without a tenant, and with ``Tenants(models=...)``, autogenerate of the shared part leaves the
tenant tables out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .settings import tenants_of

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from ..extension import MigrateState

#: The ``-x`` argument that names the tenant of a command.
X_ARG = "tenant"
#: The ``context.configure`` option that carries the tenant to our hooks (like the bind's).
OPTION = "flask_migrations_tenant"
#: The same, for a tenant that is a database of its own.
DATABASE_OPTION = "flask_migrations_tenant_database"


def tenant_of(context: Any) -> str | None:
    """The tenant named by ``-x tenant=NAME``, or None."""
    value = context.get_x_argument(as_dictionary=True).get(X_ARG)
    return value or None


def configure(args: dict[str, Any], tenant: str | None, state: MigrateState) -> None:
    """Add the tenant's configure arguments to ``args`` (version table in its schema, the
    autogenerate filter). Only with ``Migrate(tenants=...)``: without it, ``-x tenant=NAME``
    belongs to the application's own env.py, as it did before."""
    tenants = tenants_of(state)
    if tenants is None:
        return
    if tenant is not None and tenants.kind == "database":
        args[DATABASE_OPTION] = tenant
    elif tenant is not None:
        args["version_table_schema"] = tenant
        args[OPTION] = tenant
    if tenants.models is None:
        return
    names = table_names(tenants.models)
    args["include_object"] = _only(names, tenant is not None, args.get("include_object"))


def retarget(targets: list[Any], args: dict[str, Any], state: MigrateState) -> list[Any]:
    """The default database's target pointed at the tenant's database (database per tenant)."""
    tenant = args.get(DATABASE_OPTION)
    if tenant is None:
        return targets
    import dataclasses

    from .databases import tenant_engine

    engine = tenant_engine(state, tenant)
    return [dataclasses.replace(t, engine=engine) if not t.name else t for t in targets]


def table_names(models: Any) -> set[str]:
    """The names of the tables in ``models``: model classes, Tables, MetaData, declarative
    Bases, or a list of them."""
    import sqlalchemy as sa

    from ..targets import as_metadata

    if isinstance(models, sa.Table):
        return {models.name}
    if isinstance(getattr(models, "__table__", None), sa.Table):  # a model class
        return {models.__table__.name}
    if isinstance(models, (list, tuple, set, frozenset)):
        return {name for each in models for name in table_names(each)}
    metadata = as_metadata(models)
    assert isinstance(metadata, sa.MetaData)
    return {t.name for t in metadata.tables.values()}


def _only(names: set[str], inside: bool, theirs: Any) -> Any:
    """An ``include_object`` hook: in a tenant, only ``names``; outside, all but them."""

    def include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        if type_ == "table" and (name in names) != inside:
            return False
        return theirs(obj, name, type_, reflected, compare_to) if theirs is not None else True

    return include


@contextlib.contextmanager
def search_path(connection: Connection, tenant: str | None) -> Iterator[None]:
    """The connection with ``tenant`` as its only schema for the length of the body.

    Set in a transaction of its own before the migration's (Alembic then opens its own) and
    reset after, so the pooled connection goes back as it came.
    """
    if tenant is None or connection.dialect.name != "postgresql":
        yield
        return
    quoted = connection.dialect.identifier_preparer.quote_identifier(tenant)
    with connection.begin():
        connection.exec_driver_sql(f"SET search_path TO {quoted}")
    # SQLAlchemy 1.4 lists "the default schema's" tables from the name it read at the engine's
    # first connection, not from the search_path: autogenerate would compare the wrong schema.
    dialect = connection.dialect
    default = dialect.default_schema_name
    dialect.default_schema_name = tenant
    try:
        yield
    finally:
        dialect.default_schema_name = default
        with contextlib.suppress(Exception):  # a broken connection is discarded anyway
            open_transaction = connection.get_transaction()
            if open_transaction is not None:
                open_transaction.rollback()
            with connection.begin():
                connection.exec_driver_sql("RESET search_path")
