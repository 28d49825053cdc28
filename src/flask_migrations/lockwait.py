"""Who a migration waits for: a report, every few seconds, while a revision's statement waits
on a lock another session holds.

:func:`watching` runs around an upgrade, downgrade or stamp (from ``deploy.Guard``). It notes
when a migration context's connection starts and ends a statement; a thread asks the server,
on a connection of its own, about any statement that has run for :data:`INTERVAL` seconds,
and hands each finding, as a :class:`TableWait`, to the command's ``on_table_wait``:

- PostgreSQL says it exactly: ``pg_blocking_pids`` names the sessions in the way,
  ``pg_locks`` the table waited for, ``pg_stat_activity`` who each session is;
- MySQL/MariaDB: the processlist says that the statement waits for a metadata lock; which
  session holds it, only ``performance_schema`` can say, and when it is off, the report lists
  the sessions with an open transaction (one of them holds it) and says so;
- SQLite does not wait here: a statement that meets another process's lock fails with
  "database is locked", which the error explains (SQLite cannot say who holds it).

A statement that runs long without waiting for anyone is not reported.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Callable

from . import binds

#: Seconds between two reports on the same wait (and before the first one).
INTERVAL = 5.0

#: How much of a holder's query a report shows.
QUERY_CHARS = 120


@dataclass(frozen=True)
class Holder:
    """A session in the way of the migration."""

    pid: int
    application: str | None = None
    user: str | None = None
    state: str | None = None  # "idle in transaction", "active", MySQL's "Sleep"...
    state_seconds: float | None = None  # how long it has been in that state
    query: str | None = None  # the start of its current or last query
    terminate: str = ""  # the statement that ends it


@dataclass(frozen=True)
class TableWait:
    """One report: a migration statement that waits on a lock."""

    database: str  # "" for the default database, else the bind key
    backend: str  # "postgresql" or "mysql"
    waited: float  # seconds the statement has waited so far
    tables: tuple[str, ...] = ()
    holders: tuple[Holder, ...] = ()
    #: The holders are only candidates (MySQL without performance_schema).
    guessed: bool = False
    #: What cannot be known, and why.
    unknown: str | None = None

    @property
    def label(self) -> str:
        return binds.label(self.database)


OnTableWait = Callable[[TableWait], None]


@dataclass
class _Statement:
    database: str
    engine: Any
    pid: int | None
    statement: str
    started: float
    reported: float = 0.0


@dataclass
class _Running:
    """The statements of migration contexts under way, by connection."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    by_connection: dict[int, _Statement] = field(default_factory=dict)


@contextlib.contextmanager
def watching(engines: list[tuple[str, Any]], on_wait: OnTableWait | None) -> Iterator[None]:
    """Report the lock waits of the migration statements run in the body to ``on_wait``.

    Only databases whose server can say who holds a lock are watched: on SQLite alone, no
    statement is followed and no thread started.
    """
    by_url = {
        _key(engine): (name, engine)
        for name, engine in engines
        if _dialect_name(engine) in _ASK  # as ask() tells them apart
    }
    if on_wait is None or not by_url:
        yield
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    running = _Running()

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        found = _migration_database(conn, by_url)
        if found is not None:
            name, engine = found
            with running.lock:
                running.by_connection[id(conn)] = _Statement(
                    name, engine, _backend_pid(conn), statement, time.monotonic()
                )

    def after(conn: Any, *args: Any) -> None:
        with running.lock:
            running.by_connection.pop(id(conn), None)

    stop = threading.Event()
    context = contextvars.copy_context()  # the application context, for the reports

    def report(wait: TableWait) -> None:
        context.copy().run(on_wait, wait)

    watcher = threading.Thread(
        target=_watch, args=(running, report, stop), name="flask-migrations-lock-wait", daemon=True
    )
    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)

    def failed(context: Any) -> None:
        after(context.connection)

    event.listen(Engine, "handle_error", failed)
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)
        event.remove(Engine, "handle_error", failed)
        watcher.join(timeout=10)


def _dialect_name(engine: Any) -> str:
    return str(engine.url.get_backend_name())


def _key(engine: Any) -> str:
    return str(getattr(engine, "sync_engine", engine).url)


def _migration_database(conn: Any, by_url: dict[str, tuple[str, Any]]) -> tuple[str, Any] | None:
    """The (bind key, engine) of ``conn`` when it is the connection of the running migration."""
    from .connections import active_migration_context, same_connection

    ctx = active_migration_context()
    if ctx is None or ctx.as_sql or ctx.connection is None:
        return None
    if not same_connection(conn, ctx.connection):
        return None
    return by_url.get(_key(conn.engine))


def _backend_pid(conn: Any) -> int | None:
    """The server's id of ``conn``'s session, as the driver knows it (no query)."""
    try:
        raw = conn.connection.dbapi_connection
    except AttributeError:  # SQLAlchemy 1.4
        raw = getattr(conn.connection, "connection", None)
    raw = getattr(raw, "driver_connection", raw)  # the async drivers' adapted connection
    info: Any = getattr(raw, "info", None)
    for read in (
        lambda: info.backend_pid,  # psycopg 3
        lambda: raw.get_backend_pid(),  # psycopg2
        lambda: raw.thread_id(),  # PyMySQL, mysqlclient
        lambda: raw.get_server_pid(),  # asyncpg
        lambda: raw.server_thread_id[0],  # aiomysql
    ):
        try:
            value = read()
        except Exception:  # noqa: BLE001 - not this driver
            continue
        if isinstance(value, int):
            return value
    return None


def _watch(running: _Running, on_wait: OnTableWait, stop: threading.Event) -> None:
    """Every second, ask about each statement that has waited INTERVAL seconds since its
    last report; a question that fails is dropped (the migration goes on)."""
    engines: dict[str, tuple[Any, bool]] = {}  # each engine asked, and whether made here
    try:
        while not stop.wait(min(1.0, INTERVAL / 2)):
            now = time.monotonic()
            with running.lock:
                due = [
                    s
                    for s in running.by_connection.values()
                    if now - max(s.started, s.reported) >= INTERVAL
                ]
            for statement in due:
                statement.reported = now
                with contextlib.suppress(Exception):
                    found = ask(statement, now - statement.started, engines)
                    if found is not None and not stop.is_set():
                        on_wait(found)
    finally:
        for engine, made in engines.values():
            if made:
                engine.dispose()


def ask(
    statement: _Statement, waited: float, engines: dict[str, tuple[Any, bool]]
) -> TableWait | None:
    """What the server says about the wait of ``statement``; None when it waits for nobody.

    The question goes over another connection of the application's own engine (its connect
    arguments, TLS and all); an async engine lends its URL to a plain one made here.
    """
    from .lock import sync_engine

    asking = _ASK.get(statement.engine.url.get_backend_name())
    if asking is None:
        return None
    key = _key(statement.engine)
    if key not in engines:
        engines[key] = sync_engine(statement.engine)
    with engines[key][0].connect() as connection:
        return asking(connection, statement, waited)


def _postgresql(connection: Any, statement: _Statement, waited: float) -> TableWait | None:
    import sqlalchemy as sa

    if statement.pid is None:
        return None
    rows = connection.execute(
        sa.text(
            "SELECT b.pid, b.application_name, b.usename, b.state,"
            " EXTRACT(EPOCH FROM clock_timestamp() - b.state_change), b.query"
            " FROM pg_stat_activity b WHERE b.pid = ANY(pg_blocking_pids(:pid)) ORDER BY b.pid"
        ),
        {"pid": statement.pid},
    ).all()
    if not rows:
        return None
    tables = (
        connection.execute(
            sa.text(
                "SELECT DISTINCT l.relation::regclass::text FROM pg_locks l"
                " WHERE l.pid = :pid AND NOT l.granted AND l.relation IS NOT NULL"
            ),
            {"pid": statement.pid},
        )
        .scalars()
        .all()
    )
    holders = tuple(
        Holder(
            pid=row[0],
            application=row[1] or None,
            user=row[2],
            state=row[3],
            state_seconds=float(row[4]) if row[4] is not None else None,
            query=_start(row[5]),
            terminate=f"SELECT pg_terminate_backend({row[0]});",
        )
        for row in rows
    )
    return TableWait(statement.database, "postgresql", waited, tuple(sorted(tables)), holders)


def _mysql(connection: Any, statement: _Statement, waited: float) -> TableWait | None:
    import sqlalchemy as sa

    if statement.pid is None:
        return None
    state = connection.execute(
        sa.text("SELECT STATE FROM information_schema.PROCESSLIST WHERE ID = :pid"),
        {"pid": statement.pid},
    ).scalar()
    if not state or "lock" not in state.lower():
        return None
    tables = tuple(_tables_of(statement.statement))
    holders = _performance_schema_holders(connection, statement.pid)
    if holders is not None:
        return TableWait(statement.database, "mysql", waited, tables, holders)
    rows = connection.execute(
        sa.text(
            "SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.TIME, p.INFO"
            " FROM information_schema.INNODB_TRX t"
            " JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id"
            " WHERE p.ID <> :pid ORDER BY p.ID"
        ),
        {"pid": statement.pid},
    ).all()
    candidates = tuple(_mysql_holder(row) for row in rows)
    return TableWait(
        statement.database,
        "mysql",
        waited,
        tables,
        candidates,
        guessed=True,
        unknown="the server cannot say which session holds it (performance_schema is off);"
        + (
            " one of these sessions with an open transaction does:"
            if candidates
            else " a session with LOCK TABLES does (see SHOW PROCESSLIST)."
        ),
    )


def _performance_schema_holders(connection: Any, pid: int) -> tuple[Holder, ...] | None:
    """The sessions holding the metadata locks ``pid`` waits for; None when
    performance_schema is off (or this server has no metadata_locks table)."""
    import sqlalchemy as sa

    try:
        if not connection.execute(sa.text("SELECT @@performance_schema")).scalar():
            return None
        rows = connection.execute(
            sa.text(
                "SELECT DISTINCT t.PROCESSLIST_ID, t.PROCESSLIST_USER, t.PROCESSLIST_HOST,"
                " t.PROCESSLIST_COMMAND, t.PROCESSLIST_TIME, t.PROCESSLIST_INFO"
                " FROM performance_schema.metadata_locks g"
                " JOIN performance_schema.threads t ON t.THREAD_ID = g.OWNER_THREAD_ID"
                " JOIN performance_schema.metadata_locks w"
                "   ON w.OBJECT_SCHEMA = g.OBJECT_SCHEMA AND w.OBJECT_NAME = g.OBJECT_NAME"
                " JOIN performance_schema.threads wt ON wt.THREAD_ID = w.OWNER_THREAD_ID"
                " WHERE wt.PROCESSLIST_ID = :pid AND w.LOCK_STATUS = 'PENDING'"
                "   AND g.LOCK_STATUS = 'GRANTED' AND t.PROCESSLIST_ID <> :pid"
            ),
            {"pid": pid},
        ).all()
    except Exception:  # noqa: BLE001 - no such table on this server
        return None
    return tuple(_mysql_holder(row) for row in rows)


def _mysql_holder(row: Any) -> Holder:
    """A session from a row of (ID, USER, HOST, COMMAND, TIME, INFO), as both of MySQL's
    views of the sessions give it."""
    return Holder(
        pid=row[0],
        user=f"{row[1]}@{row[2]}",
        state=row[3],
        state_seconds=float(row[4]) if row[4] is not None else None,
        query=_start(row[5]),
        terminate=f"KILL {row[0]};",
    )


_ASK: dict[str, Callable[[Any, _Statement, float], TableWait | None]] = {
    "postgresql": _postgresql,
    "mysql": _mysql,
    "mariadb": _mysql,
}

_TABLE = re.compile(
    r"\b(?:ALTER\s+TABLE|INTO|UPDATE|FROM|TABLE|ON)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?"
    r"([`\"\[]?[\w.]+[`\"\]]?)",
    re.I,
)


def _tables_of(statement: str) -> list[str]:
    """The tables a statement names (where the server cannot say which one it waits for)."""
    found: list[str] = []
    for match in _TABLE.finditer(statement):
        name = match.group(1).strip('`"[]')
        if name not in found:
            found.append(name)
    return found[:3]


def _start(query: str | None) -> str | None:
    if not query:
        return None
    flat = " ".join(query.split())
    return flat if len(flat) <= QUERY_CHARS else flat[: QUERY_CHARS - 3] + "..."
