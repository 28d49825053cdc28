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
"""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa

from ..lock import LockTimeoutError, pg_lock_id

_POLL = 0.2


def _scalar(connection: Any, query: str, **params: Any) -> Any:
    """One value, in a transaction of its own (session-level locks outlive it)."""
    with connection.begin():
        return connection.execute(sa.text(query), params).scalar()


def database_of(connection: Any) -> str:
    return str(_scalar(connection, "SELECT current_database()"))


def hold_shared(connection: Any, database: str, timeout: float) -> None:
    """Take the database's migration lock in shared mode, waiting up to ``timeout`` seconds
    while a plain migration holds it."""
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
    key = pg_lock_id(database, tenant)
    return bool(_scalar(connection, "SELECT pg_try_advisory_lock(:k)", k=key))


def release_tenant(connection: Any, database: str, tenant: str) -> None:
    _scalar(connection, "SELECT pg_advisory_unlock(:k)", k=pg_lock_id(database, tenant))
