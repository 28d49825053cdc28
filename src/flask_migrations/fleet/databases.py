"""Database-per-tenant (``Tenants(kind="database")``): each tenant's engine, and reading every
tenant's revision whichever the layout.

``discover()`` then returns database names, on the server of the application's default
database, or whole URLs (for tenants on other servers); a URL's password stays in this process
(the run table and the output name the database only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ..errors import ConfigurationError
from . import versions

if TYPE_CHECKING:
    from ..extension import MigrateState

#: The URLs ``discover()`` returned in this process, by database name.
_urls: dict[str, sa.engine.URL] = {}


def remember(found: Sequence[str]) -> list[str]:
    """The tenant names of ``found`` (database names or URLs); the URLs are kept."""
    names = []
    for item in found:
        if "://" in item:
            url = sa.engine.make_url(item)
            if not url.database:
                raise ConfigurationError(
                    f"Tenant discovery returned {url.render_as_string(hide_password=True)},"
                    " a URL without a database.",
                    hint="Return database names, or URLs that each name a database.",
                )
            _urls[url.database] = url
            names.append(url.database)
        else:
            names.append(item)
    return names


def default_url(state: MigrateState) -> sa.engine.URL:
    from ..targets import DEFAULT, engines_by_bind

    return sa.engine.make_url(str(engines_by_bind(state)[DEFAULT].url.render_as_string(False)))


def tenant_engine(state: MigrateState, tenant: str) -> Any:
    """An engine of the tenant's database, that keeps no connection once done with it."""
    url = _urls.get(tenant) or default_url(state).set(database=tenant)
    return sa.create_engine(url, poolclass=sa.pool.NullPool)


def revisions(
    state: MigrateState, kind: str, connection: Any, names: Sequence[str]
) -> dict[str, frozenset[str]]:
    """Every tenant's revisions (``kind``: schema or database), in as few queries as the layout
    allows."""
    table = state._configure_args.get("version_table", "alembic_version")
    same_server = connection.dialect.name in ("mysql", "mariadb") and not any(
        name in _urls for name in names
    )
    if kind == "schema" or same_server:
        return versions.read(connection, names, table)
    return versions.read_each(lambda name: tenant_engine(state, name), names, table)
