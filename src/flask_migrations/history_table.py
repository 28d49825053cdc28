"""The history table: every upgrade, downgrade and stamp step, when it ran and how it went.

``flask_migrations_history`` lives beside ``alembic_version`` in each database the migrations
run on, and is created by the first command that records into it. A step's row is written on
the migration's own connection, in the transaction that updates the version table, so the row
and the step commit or roll back together. A step that fails is recorded afterwards on a
connection of its own (``success`` false, with the error).

Each row carries the sha256 of the revision file, so that a file edited after it was applied
can be told (see :mod:`flask_migrations.statuses`).
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import re
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

import sqlalchemy as sa

from .alembic_private import running_step
from .lock import _user

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import Script

TABLE = "flask_migrations_history"


def make_table(schema: str | None = None) -> sa.Table:
    """The history table, in ``schema`` (the version table's schema)."""
    return sa.Table(
        TABLE,
        sa.MetaData(),
        # Rows get their ids from new_id(), not from the database (see there); the column
        # still counts on its own for processes of earlier versions that write no id.
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
        sa.Column("revision", sa.String(255)),
        # upgrade, downgrade, stamp, or accept (an edited file accepted as it now is)
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),  # UTC
        sa.Column("duration_ms", sa.Integer),
        sa.Column("success", sa.Boolean, nullable=False),
        sa.Column("hostname", sa.String(255)),
        sa.Column("username", sa.String(255)),
        sa.Column("checksum", sa.String(64)),  # sha256 of the revision file
        sa.Column("error", sa.Text),
        schema=schema,
    )


_tables: dict[str | None, sa.Table] = {}


def table(schema: str | None = None) -> sa.Table:
    """The history table of ``schema``, one Table object per schema for the process."""
    if schema not in _tables:
        _tables[schema] = make_table(schema)
    return _tables[schema]


#: Tables Flask-Migrations keeps itself; autogenerate leaves them alone.
OWN_TABLES = frozenset({TABLE, "flask_migrations_lock"})


def exclude_own_tables(include_name: Any = None) -> Any:
    """An ``include_name`` hook that skips :data:`OWN_TABLES`, then asks ``include_name``."""

    def include(name: str | None, type_: str, parent_names: Any) -> bool:
        if type_ == "table" and name in OWN_TABLES:
            return False
        return include_name(name, type_, parent_names) if include_name is not None else True

    return include


_last_id = 0
_id_lock = threading.Lock()


def new_id() -> int:
    """A row id that no other database, process or restore hands out: the time in milliseconds
    in the high bits, 20 random bits below, and always above the last one of this process.

    Applications back up and restore every table. Ids counted by the database would start
    again at 1 after a restore into an emptied database, and the backup's own rows would then
    collide with the rows the restore's ``upgrade`` wrote. Time-ordered ids keep ``ORDER BY id``
    chronological, older rows (counted from 1 by earlier versions) included.
    """
    global _last_id
    candidate = (int(time.time() * 1000) << 20) | secrets.randbits(20)
    with _id_lock:
        _last_id = max(candidate, _last_id + 1)
        return _last_id


def widen_ids(engine: Any, schema: str | None) -> None:
    """Give an existing history table, made by an earlier version with 32-bit ids counted by
    the database, the 64-bit ids that :func:`new_id` needs (PostgreSQL, MySQL/MariaDB).

    Run once per command before the migration starts, on a connection of its own: MySQL would
    commit the migration's transaction at an ALTER TABLE. SQLite's integer keys are 64-bit.
    """
    if engine.dialect.name not in ("postgresql", "mysql", "mariadb"):
        return
    with engine.connect() as connection:
        inspector = sa.inspect(connection)
        if not inspector.has_table(TABLE, schema=schema):
            return
        column = next(c for c in inspector.get_columns(TABLE, schema=schema) if c["name"] == "id")
    if isinstance(column["type"], sa.BigInteger):
        return
    name = engine.dialect.identifier_preparer.format_table(table(schema))
    if engine.dialect.name == "postgresql":
        statement = f"ALTER TABLE {name} ALTER COLUMN id TYPE BIGINT"
    else:  # keep AUTO_INCREMENT for processes of an earlier version still writing rows
        statement = f"ALTER TABLE {name} MODIFY id BIGINT NOT NULL AUTO_INCREMENT"
    with engine.begin() as connection:
        connection.execute(sa.text(statement))


def checksum(path: str | None) -> str | None:
    """The sha256 of a revision file, or None when there is no file to read."""
    if not path:
        return None
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None


def utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def ensure_table(connection: Any, schema: str | None) -> sa.Table:
    """The history table, created first if the database has none."""
    found = table(schema)
    found.create(connection, checkfirst=True)
    return found


def read_rows(connection: Any, schema: str | None) -> list[Any] | None:
    """Every row of the history table, oldest first; None when the database has no table."""
    if not sa.inspect(connection).has_table(TABLE, schema=schema):
        return None
    t = table(schema)
    return list(connection.execute(sa.select(t).order_by(t.c.id)))


@dataclass
class _Clock:
    """When the next step of one migration context starts."""

    started_wall: datetime.datetime
    started: float


def step_direction(step: Any) -> str:
    if step.is_stamp:
        return "stamp"
    return "upgrade" if step.is_upgrade else "downgrade"


class _Pending:
    """History rows of one connection, written in one statement when its transaction commits.

    A migration run in one transaction (PostgreSQL's default) then costs one INSERT, not one
    per revision; the rows still commit, or roll back, with the steps they record.
    """

    def __init__(self, connection: Any, insert: Any) -> None:
        self.connection = connection
        self.insert = insert
        self.rows: list[dict[str, Any]] = []
        self.listening = False
        if connection.in_transaction():
            sa.event.listen(connection, "commit", self.flush)
            sa.event.listen(connection, "rollback", self.drop)
            self.listening = True

    def add(self, row: dict[str, Any]) -> bool:
        """Keep ``row`` for the commit; False when there is no transaction to wait for."""
        if not self.listening or not self.connection.in_transaction():
            return False
        self.rows.append(row)
        return True

    def flush(self, connection: Any) -> None:
        """Write the rows, in the transaction that is about to commit (the ``commit`` event)."""
        if self.rows:
            rows, self.rows = self.rows, []
            self.connection.execute(self.insert, rows)

    def drop(self, connection: Any) -> None:
        self.rows = []

    def close(self) -> None:
        if self.listening:
            self.listening = False
            with contextlib.suppress(Exception):
                sa.event.remove(self.connection, "commit", self.flush)
                sa.event.remove(self.connection, "rollback", self.drop)


class HistoryWriter:
    """Writes one history row per step, as an ``on_version_apply`` hook.

    A step starts when the one before it ended (the first when the command started), so the
    first step's duration includes connecting to the database.
    """

    def __init__(self) -> None:
        self.host = socket.gethostname()[:255]
        self.user = _user()[:255]
        self._clocks: dict[int, _Clock] = {}
        self._pending: dict[int, _Pending] = {}
        self._checksums: dict[str, str | None] = {}
        self._start = _Clock(utcnow(), time.perf_counter())
        self._keep: list[Any] = []
        #: The checksum of each revision file recorded by this command, by revision id.
        self.recorded: dict[str, str | None] = {}

    def _clock(self, ctx: MigrationContext) -> _Clock:
        clock = self._clocks.get(id(ctx))
        if clock is None:
            clock = self._clocks[id(ctx)] = self._start
            self._keep.append(ctx)  # keeps id(ctx) unique for the length of the command
        return clock

    def _checksum(self, script: Script | None) -> str | None:
        if script is None:
            return None
        path = script.path
        if path not in self._checksums:
            self._checksums[path] = checksum(path)
        return self._checksums[path]

    def row(self, step: Any, clock: _Clock, success: bool, error: str | None = None) -> dict:
        ended = time.perf_counter()
        script = getattr(step, "up_revision", None) or getattr(step, "revision", None)
        revision = getattr(step, "up_revision_id", None)
        if revision is None and script is not None:
            revision = script.revision
        digest = self._checksum(script)
        if revision is not None:
            self.recorded[revision] = digest
        return {
            "id": new_id(),
            "revision": revision,
            "direction": step_direction(step),
            "started_at": clock.started_wall,
            "duration_ms": int(round((ended - clock.started) * 1000)),
            "success": success,
            "hostname": self.host,
            "username": self.user,
            "checksum": digest,
            "error": error[:2000] if error else None,
        }

    def __call__(self, ctx: MigrationContext, step: Any, heads: Any, run_args: Any) -> None:
        """Record ``step`` on the migration's connection (``on_version_apply``)."""
        if ctx.as_sql or ctx.connection is None:
            return
        connection = ctx.connection
        pending = self._pending.get(id(connection))
        if pending is None:
            schema = ctx.opts.get("version_table_schema")
            pending = _Pending(connection, ensure_table(connection, schema).insert())
            self._pending[id(connection)] = pending
            self._keep.append(connection)
        row = self.row(step, self._clock(ctx), True)
        if not pending.add(row):
            connection.execute(pending.insert, row)
        self._clocks[id(ctx)] = _Clock(utcnow(), time.perf_counter())

    def close(self) -> None:
        """Stop listening to the migration connections (at the end of the command)."""
        for pending in self._pending.values():
            pending.close()

    def record_failure(
        self, exc: BaseException, describe: Callable[[BaseException], str] | None = None
    ) -> None:
        """Record the step that raised ``exc``, on a connection of its own (best effort).

        The row's error is ``describe(exc)``: what the person running the command is told,
        never the exception's own text with the values of the statement that failed.
        """
        found = running_step(exc)
        if found is None:
            return
        ctx, step = found
        step = getattr(step, "info", step)
        if ctx.as_sql or ctx.connection is None or ctx.connection.dialect.is_async:
            return  # an async engine cannot be used here, outside its event loop
        clock = self._clock(ctx)
        row = self.row(step, clock, False)  # the duration ends now, not after describing
        with contextlib.suppress(Exception):
            row["error"] = (describe or _first_line)(exc)[:2000] or None
        schema = ctx.opts.get("version_table_schema")
        with contextlib.suppress(Exception):
            with ctx.connection.engine.begin() as connection:
                ensure_table(connection, schema)
                connection.execute(table(schema).insert(), row)


def _first_line(exc: BaseException) -> str:
    """``Type: first line`` of ``exc``: SQLAlchemy puts the statement's values below it."""
    from .redact import clean

    lines = str(exc).strip().splitlines()
    return clean(f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__)


def accept(connection: Any, schema: str | None, script: Script) -> None:
    """Record that ``script``'s file, as it now is, is the one applied."""
    recorder = HistoryWriter()
    row = {
        "id": new_id(),
        "revision": script.revision,
        "direction": "accept",
        "started_at": utcnow(),
        "duration_ms": 0,
        "success": True,
        "hostname": recorder.host,
        "username": recorder.user,
        "checksum": checksum(script.path),
        "error": None,
    }
    connection.execute(ensure_table(connection, schema).insert(), row)


_REVISION_LINE = re.compile(rb"""^revision\s*(?::[^=]*)?=\s*['"]([^'"]+)['"]""", re.MULTILINE)


def revision_files(script: Any) -> dict[str, bytes]:
    """The text of each revision file by revision id, read without importing any of them.

    Importing a thousand revision files costs as much as a small upgrade; reading them does not.
    """
    from .alembic_private import version_locations

    folders = version_locations(script)
    found: dict[str, bytes] = {}
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        if getattr(script, "recursive_version_locations", False):
            paths = [os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs]
        else:
            paths = [os.path.join(folder, f) for f in os.listdir(folder)]
        for path in paths:
            if not path.endswith(".py"):
                continue
            try:
                with open(path, "rb") as f:
                    text = f.read()
            except OSError:
                continue
            match = _REVISION_LINE.search(text)
            if match:
                found[match.group(1).decode("utf-8", "replace")] = text
    return found


def applied_checksums(rows: list[Any]) -> dict[str, str]:
    """The checksum each applied revision had when last applied, stamped or accepted.

    A revision whose last successful step was a downgrade is not applied, and has none.
    """
    last: dict[str, Any] = {}
    for row in rows:
        if row.success and row.revision:
            last[row.revision] = row
    return {
        rev: row.checksum
        for rev, row in last.items()
        if row.checksum and row.direction in ("upgrade", "stamp", "accept")
    }


def edited_revisions(
    connection: Any, schema: str | None, script: Any, known: dict[str, str | None] | None = None
) -> list[str]:
    """The applied revisions of one database whose file changed since (needs the history).

    ``known`` holds the checksums of the files this command just read: those need no second
    look, so that an upgrade that applied every revision reads no file twice.
    """
    if not sa.inspect(connection).has_table(TABLE, schema=schema):
        return []
    t = table(schema)
    rows = list(
        connection.execute(
            sa.select(t.c.revision, t.c.direction, t.c.success, t.c.checksum).order_by(t.c.id)
        )
    )
    known = known or {}
    checksums = {
        rev: value for rev, value in applied_checksums(rows).items() if known.get(rev) != value
    }
    if not checksums:
        return []
    files = revision_files(script)
    return [
        rev
        for rev, recorded in checksums.items()
        if rev in files and hashlib.sha256(files[rev]).hexdigest() != recorded
    ]
