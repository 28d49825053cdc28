"""Real transactions for migrations on SQLite: a revision applies whole or not at all.

SQLite runs DDL inside transactions, but Python's ``sqlite3`` driver (and ``aiosqlite`` on
top of it), in its default transaction control, begins a transaction only before INSERT,
UPDATE, DELETE and REPLACE: every CREATE, ALTER or DROP runs in autocommit mode and is on disk
as soon as it ran. Alembic commits once per revision on SQLite, so a revision that failed or
was killed half way left its first statements applied and the version table at the revision
before.

While an upgrade, downgrade or stamp runs, :class:`SqliteTransactions` makes the migration's
own connection (the one the folder's env.py, ours or Flask-Migrate's, gave to
``context.configure``) begin each transaction with a real ``BEGIN`` (SQLAlchemy's documented
recipe for pysqlite): the revision's statements, its version-table update and its history
row then commit together, and a failure, Ctrl-C or SIGKILL leaves the database at the revision
before. It acts on that connection only, through class-level listeners that compare the
connection with the running migration context, so that it holds whatever env.py does.

``PRAGMA foreign_keys`` has no effect inside a transaction, and batch operations copy and drop
tables, which with foreign keys on would delete (ON DELETE CASCADE) or refuse to delete the
rows of the tables that reference them. So, as SQLite's documentation prescribes for schema
changes, when the application switched foreign keys on they are switched off before the
``BEGIN``, and before each commit ``PRAGMA foreign_key_check`` must find no row broken that was
not broken before the command began; otherwise the revision is rolled back.

The connection is the application's: when it goes back to the pool (or when the command ends),
its isolation level and its ``foreign_keys`` setting are put back as they were.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

from .connections import (
    active_migration_context,
    dbapi_of,
    driver_in_transaction,
    raw_connection,
    same_connection,
)
from .errors import RevisionFailedError

#: sqlite3.LEGACY_TRANSACTION_CONTROL: the ``autocommit`` value of the driver's default mode.
_LEGACY = -1


def _run(dbapi_connection: Any, sql: str) -> list[Any]:
    """Run ``sql`` on the DBAPI connection itself, unseen by SQLAlchemy's events and logs."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall()) if cursor.description else []
    finally:
        cursor.close()


def _broken_foreign_keys(dbapi_connection: Any) -> Counter[tuple[str, str]]:
    """How many rows of each (table, referenced table) point to no row."""
    rows = _run(dbapi_connection, "PRAGMA foreign_key_check")
    return Counter((str(row[0]), str(row[2])) for row in rows)


@dataclass
class _Touched:
    """A DBAPI connection this command changed, and what to put back."""

    dbapi: Any
    isolation_level: Any
    foreign_keys: bool
    #: Rows already broken before the command began (checked only with foreign keys on).
    broken_before: Counter[tuple[str, str]] = field(default_factory=Counter)


class SqliteTransactions:
    """For one command: a real transaction around each revision on SQLite (see the module)."""

    def __init__(self) -> None:
        self.touched: dict[int, _Touched] = {}

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        listeners: list[tuple[Any, str, Callable[..., Any]]] = [
            (Engine, "begin", self._on_begin),
            (Engine, "commit", self._on_commit),
            (Engine, "rollback", self._on_rollback),
            (Pool, "checkin", self._on_checkin),
        ]
        for target, name, fn in listeners:
            event.listen(target, name, fn)
        try:
            yield
        finally:
            for target, name, fn in listeners:
                event.remove(target, name, fn)
            for touched in list(self.touched.values()):
                with contextlib.suppress(Exception):  # a connection closed or of a gone loop
                    self._restore(touched)
            self.touched.clear()

    def _on_begin(self, connection: Any) -> None:
        """Before SQLAlchemy begins a transaction on the migration's connection: BEGIN."""
        if not _is_migration_connection(connection):
            return
        dbapi = dbapi_of(connection)
        if dbapi is None or driver_in_transaction(dbapi) is not False:
            return
        touched = self.touched.get(id(dbapi)) or self._take(dbapi)
        if touched is not None:
            _run(dbapi, "BEGIN")

    def _take(self, dbapi: Any) -> _Touched | None:
        """Switch a connection in the driver's default mode to explicit transactions."""
        raw = raw_connection(dbapi)
        if getattr(raw, "autocommit", _LEGACY) != _LEGACY:
            return None  # Python 3.12's autocommit=False/True: the application chose
        level = dbapi.isolation_level
        if level is None:
            return None  # autocommit, or the application emits BEGIN itself already
        foreign_keys = bool(_run(dbapi, "PRAGMA foreign_keys")[0][0])
        touched = _Touched(dbapi, level, foreign_keys)
        if foreign_keys:
            touched.broken_before = _broken_foreign_keys(dbapi)
            _run(dbapi, "PRAGMA foreign_keys=OFF")
        self.touched[id(dbapi)] = touched
        dbapi.isolation_level = None
        return touched

    def _on_commit(self, connection: Any) -> None:
        """Before the migration's transaction commits: no foreign key may have been broken."""
        dbapi = dbapi_of(connection)
        touched = self.touched.get(id(dbapi)) if dbapi is not None else None
        if touched is None or not touched.foreign_keys or not driver_in_transaction(dbapi):
            return
        broken = _broken_foreign_keys(dbapi) - touched.broken_before
        if broken:
            raise _foreign_keys_broken(broken)

    def _on_rollback(self, connection: Any) -> None:
        """Roll back the driver's transaction, even where SQLAlchemy would skip it."""
        dbapi = dbapi_of(connection)
        if dbapi is not None and id(dbapi) in self.touched and driver_in_transaction(dbapi):
            dbapi.rollback()

    def _on_checkin(self, dbapi: Any, record: Any) -> None:
        touched = self.touched.pop(id(dbapi), None) if dbapi is not None else None
        if touched is not None:
            self._restore(touched)

    def _restore(self, touched: _Touched) -> None:
        """Give the connection back as the application had it."""
        dbapi = touched.dbapi
        self.touched.pop(id(dbapi), None)
        if driver_in_transaction(dbapi):
            dbapi.rollback()
        dbapi.isolation_level = touched.isolation_level
        if touched.foreign_keys:
            _run(dbapi, "PRAGMA foreign_keys=ON")


def _is_migration_connection(connection: Any) -> bool:
    """Whether ``connection`` is the SQLite connection of the migration running now."""
    if connection.dialect.name != "sqlite":
        return False
    ctx = active_migration_context()
    if ctx is None or ctx.as_sql or ctx.connection is None:
        return False
    return same_connection(connection, ctx.connection)


def _running_revision() -> str | None:
    """The revision whose step Alembic is running in this thread."""
    from .alembic_private import running_step

    found = running_step(sys._getframe(1))
    if found is None:
        return None
    step = found[1]
    revision = getattr(step, "up_revision_id", None) or getattr(step, "revision", None)
    return str(getattr(revision, "revision", revision)) if revision is not None else None


def _foreign_keys_broken(broken: Counter[tuple[str, str]]) -> RevisionFailedError:
    revision = _running_revision()
    which = "; ".join(
        f"{count} row{'s' if count != 1 else ''} of table {table}"
        f" point{'' if count != 1 else 's'} to no row of {parent}"
        for (table, parent), count in sorted(broken.items())
    )
    label = f"Revision {revision}" if revision else "A revision"
    return RevisionFailedError(
        f"{label} breaks foreign keys: {which}.",
        hint=(
            "SQLite rolled back the changes of this revision (foreign keys are switched off"
            " while a revision runs, so that batch operations can copy tables, and checked"
            " before it commits). Fix the revision, or the rows, then run the command again."
        ),
        revision=revision,
    )
