"""Connections: opening one for sync and async engines alike, and telling the running
migration's own connection apart (with what its driver says about it).

The lock check, the recorder and SQLite's transactions listen to every statement of the process
while a command runs, and act only on the migration's own connection: the one env.py (ours or
Flask-Migrate's) handed to ``context.configure``. These helpers tell it apart. Alembic offers no
public way to reach the running context from outside env.py (:mod:`.alembic_private` does).
"""

from __future__ import annotations

import asyncio
import sys
import threading
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def env_running() -> bool:
    """Whether an env.py runs now (a second one cannot run inside it)."""
    from .alembic_private import running_context

    return running_context() is not None


def active_migration_context() -> Any:
    """The MigrationContext of the env.py running now, if any."""
    from .alembic_private import running_migration_context

    return running_migration_context()


def same_connection(conn: Any, migration: Any) -> bool:
    """Whether ``conn`` is the migration's connection (or a branch of it, on SQLAlchemy 1.4)."""
    if conn is migration:
        return True
    try:
        return conn.connection is migration.connection  # the same DBAPI connection
    except Exception:  # noqa: BLE001 - a closed or invalidated connection
        return False


def dbapi_of(connection: Any) -> Any:
    """The DBAPI connection of a SQLAlchemy Connection, or None when it is closed."""
    try:
        fairy = connection.connection
    except Exception:  # noqa: BLE001 - closed or invalidated
        return None
    return getattr(fairy, "dbapi_connection", None) or getattr(fairy, "connection", None)


def raw_connection(dbapi_connection: Any) -> Any:
    """The ``sqlite3.Connection`` under a DBAPI connection (aiosqlite's adapter included)."""
    adapted = getattr(dbapi_connection, "_connection", None)  # SQLAlchemy's aiosqlite adapter
    inner = getattr(adapted, "_conn", None)  # aiosqlite.Connection -> sqlite3.Connection
    return inner if inner is not None else dbapi_connection


def driver_in_transaction(dbapi_connection: Any) -> bool | None:
    """Whether the driver has a transaction open (sqlite3 tells; others: None)."""
    value = getattr(raw_connection(dbapi_connection), "in_transaction", None)
    return value if isinstance(value, bool) else None


def connect(engine: Any, fn: Callable[[Connection], None]) -> None:
    """Call ``fn`` with a connection of ``engine``, a sync or an async one."""
    if is_async(engine):
        _run_async(engine, fn)
    else:
        with engine.connect() as connection:
            fn(connection)


def is_async(engine: Any) -> bool:
    # An AsyncEngine exists only once its module is imported: a sync app never pays for it.
    asyncio_ext = sys.modules.get("sqlalchemy.ext.asyncio")
    return asyncio_ext is not None and isinstance(engine, asyncio_ext.AsyncEngine)


def _run_async(engine: Any, fn: Callable[[Connection], None]) -> None:
    """Run ``fn`` on a connection of an async engine, with or without a running loop."""

    async def main() -> None:
        try:
            async with engine.connect() as connection:
                await connection.run_sync(fn)
        finally:
            # The pooled connections belong to this event loop, which ends here: a later
            # command (another loop) must not get them back from the pool.
            await engine.dispose()

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(main())
        return
    # Called from a running loop (an async app): run in a thread with a loop of its own.
    errors: list[BaseException] = []

    def in_thread() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            errors.append(exc)

    thread = threading.Thread(target=in_thread)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
