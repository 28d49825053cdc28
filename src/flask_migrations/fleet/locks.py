"""The fleet's locks on PostgreSQL: the database's migration lock, shared, and one per tenant.

``flask db upgrade`` takes the database's advisory lock exclusively (see :mod:`..lock`). A fleet
worker takes the same key in *shared* mode for its whole life, and each tenant's own key
exclusively while it migrates that tenant. So:

- workers of any number of fleet runs migrate tenants side by side (shared with shared);
- two workers never migrate one tenant at once, even when one outlived its lease (tenant key);
- a plain ``flask db upgrade`` (the shared part, or anything else in the database) waits until
  no worker holds the shared lock, and no worker starts while it runs: the shared part never
  changes under a tenant's migration. A fleet run migrates its shared part before it starts
  workers, under the exclusive lock, the way ``flask db upgrade`` does.

The locks live on the worker's control connection; a worker that dies loses its connection and
every lock with it.

MySQL/MariaDB (database per tenant) has no shared mode for its named locks (``GET_LOCK``): each
tenant's lock is taken there too, so a revision is never started twice at once, but workers
take no lock on the default database, and a plain ``flask db upgrade`` of the shared part is
not kept from running beside a fleet run: do not start one during a run.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

import sqlalchemy as sa

from ..lock import LockTimeoutError, pg_lock_id

_POLL = 0.2


def _scalar(connection: Any, query: str, **params: Any) -> Any:
    """One value, in a transaction of its own (session-level locks outlive it)."""
    with connection.begin():
        return connection.execute(sa.text(query), params).scalar()


def _mysql(connection: Any) -> bool:
    return connection.dialect.name in ("mysql", "mariadb")


def _mysql_name(database: str, tenant: str) -> str:
    """A GET_LOCK name (at most 64 characters) for one tenant of ``database``."""
    digest = hashlib.sha256(f"{database}:{tenant}".encode()).hexdigest()[:40]
    return f"flask_migrations:tenant:{digest}"


def database_of(connection: Any) -> str:
    query = "SELECT DATABASE()" if _mysql(connection) else "SELECT current_database()"
    return str(_scalar(connection, query))


def hold_shared(connection: Any, database: str, timeout: float) -> None:
    """Take the database's migration lock in shared mode, waiting up to ``timeout`` seconds
    while a plain migration holds it."""
    if _mysql(connection):
        return
    deadline = time.monotonic() + timeout
    query = "SELECT pg_try_advisory_lock_shared(:k)"
    while not _scalar(connection, query, k=pg_lock_id(database)):
        if time.monotonic() >= deadline:
            raise LockTimeoutError(
                f"Gave up waiting for the migration lock of the {database} database after"
                f" {timeout:g} seconds: a migration of the shared part still runs.",
                hint="Let it finish, then run the fleet command again.",
            )
        time.sleep(_POLL)


def try_tenant(connection: Any, database: str, tenant: str) -> bool:
    """Take the tenant's lock if it is free."""
    if _mysql(connection):
        name = _mysql_name(database, tenant)
        return bool(_scalar(connection, "SELECT GET_LOCK(:n, 0)", n=name))
    key = pg_lock_id(database, tenant)
    return bool(_scalar(connection, "SELECT pg_try_advisory_lock(:k)", k=key))


def release_tenant(connection: Any, database: str, tenant: str) -> None:
    if _mysql(connection):
        _scalar(connection, "SELECT RELEASE_LOCK(:n)", n=_mysql_name(database, tenant))
        return
    _scalar(connection, "SELECT pg_advisory_unlock(:k)", k=pg_lock_id(database, tenant))
