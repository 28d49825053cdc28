"""What upgrade, downgrade and stamp do around Alembic: lock, history, session timeouts, and
a real transaction per revision on SQLite (see :mod:`flask_migrations.sqlite_atomic`).

The API wraps the Alembic call in a :class:`Guard`. Settings come from the API arguments, else
``Migrate(...)`` keyword arguments, else the application's config:

==============================  ============================================  =============
config key                      meaning                                       default
==============================  ============================================  =============
MIGRATIONS_LOCK                 take the migration lock                       True
MIGRATIONS_LOCK_TIMEOUT         seconds to wait for the lock                  600
MIGRATIONS_HISTORY              record each step in flask_migrations_history  True
MIGRATIONS_STATEMENT_TIMEOUT    PostgreSQL statement_timeout, seconds         None (server)
MIGRATIONS_TABLE_LOCK_TIMEOUT   PostgreSQL lock_timeout, seconds              None (server)
==============================  ============================================  =============

While it holds the lock, the Guard asks the server before each revision whether the lock is
still held (:func:`_lock_checked`), and stops with :class:`~flask_migrations.lock.LockLostError`
when it is not.

Every SECONDS value is checked wherever it comes from (:func:`seconds`): a value that would
never time out (``nan``, ``inf``, or 0 for PostgreSQL, which reads it as no limit) is refused.
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from flask import current_app

from . import binds
from .errors import ConfigurationError
from .history_table import TABLE as HISTORY_TABLE
from .history_table import HistoryWriter, edited_revisions
from .lock import DEFAULT_TIMEOUT, Held, LockLostError, OnWait
from .lock import hold as hold_lock
from .sqlite_atomic import SqliteTransactions
from .targets import Target, engines_by_bind, selected

if TYPE_CHECKING:
    from .extension import MigrateState
    from .lockwait import OnTableWait
    from .progress import Progress


@dataclass
class Settings:
    lock: bool = True
    lock_timeout: float = DEFAULT_TIMEOUT
    history: bool = True
    statement_timeout: float | None = None
    table_lock_timeout: float | None = None


#: The longest SECONDS value: PostgreSQL's limit for its timeouts (2**31 - 1 milliseconds,
#: about 24 days), which the lock's own wait on PostgreSQL uses too.
MAX_SECONDS = 2_147_483.0

#: The SECONDS settings, and whether 0 is a meaningful value of each (the lock: try once).
SECONDS_SETTINGS = {"lock_timeout": True, "statement_timeout": False, "table_lock_timeout": False}


def seconds(value: Any, zero: bool) -> float:
    """``value`` as a number of seconds that really limits a wait; ValueError says why not.

    ``zero`` allows 0. A wait shorter than a millisecond is kept (PostgreSQL gets 1 ms), never
    turned into 0, which PostgreSQL reads as no limit at all. The ValueError's message follows
    the value: "nan is not a finite number of seconds".
    """
    if isinstance(value, bool):
        raise ValueError("is not a number of seconds")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError("is not a number of seconds") from None
    if not math.isfinite(number):
        raise ValueError("is not a finite number of seconds")
    if number < 0:
        raise ValueError("is less than 0 seconds")
    if number == 0 and not zero:
        raise ValueError("is no limit at all to PostgreSQL; give more than 0 seconds")
    if number > MAX_SECONDS:
        raise ValueError(f"is more than {MAX_SECONDS:g} seconds (about 24 days), the most allowed")
    return number


_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


def flag(value: Any) -> bool:
    """``value`` as a boolean setting; ValueError says why not.

    Settings often come from files and environment variables as text: ``"false"`` must mean
    False, not a non-empty (so truthy) string. ``true/false``, ``1/0``, ``yes/no`` and
    ``on/off`` are read in any case, as are the booleans and the numbers 1 and 0.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = value.strip().lower() if isinstance(value, str) else None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("is not true or false (give true/false, 1/0, yes/no or on/off)")


#: How each setting is read, and what to say when it cannot be.
_PARSERS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "lock": (flag, "Give True or False."),
    "history": (flag, "Give True or False."),
    **{
        name: (
            functools.partial(seconds, zero=zero),
            "Give a finite number of seconds, or leave it unset for the default.",
        )
        for name, zero in SECONDS_SETTINGS.items()
    },
}


def _setting(state: MigrateState, name: str, given: Any, default: Any) -> tuple[Any, str]:
    """The value of one setting, and how to name it in an error message."""
    if given is not None:
        return given, f"{name}={given!r}"
    own = state.settings.get(name)  # Migrate(app, db, history=False, ...)
    if own is not None:
        return own, f"Migrate({name}={own!r})"
    key = f"MIGRATIONS_{name.upper()}"
    value = current_app.config.get(key)
    return (default, "") if value is None else (value, f"{key} = {value!r}")


def settings(state: MigrateState, **given: Any) -> Settings:
    """The settings of one command: ``given`` (None: not given) over Migrate() over config.

    Every value goes through one parser per kind (:func:`flag`, :func:`seconds`), whether it
    comes from an argument, ``Migrate()`` or the config (where it is often text).

    :raises ConfigurationError: a value that is not one of its kind, naming where it came from.
    """
    defaults = Settings()
    values = {}
    for name, (parse, hint) in _PARSERS.items():
        value, source = _setting(state, name, given.get(name), getattr(defaults, name))
        if value is not None and source:
            try:
                value = parse(value)
            except ValueError as exc:
                raise ConfigurationError(f"{source} {exc}.", hint=hint) from None
        values[name] = value
    return Settings(**values)


class Guard:
    """Holds the lock and records history for one upgrade, downgrade or stamp."""

    def __init__(
        self,
        state: MigrateState,
        settings: Settings,
        on_lock_wait: OnWait | None,
        script: Any = None,
        on_table_wait: OnTableWait | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        self.state = state
        #: Told when the migration begins, when each step is done and when it ends.
        self.on_progress = on_progress
        #: Told, every few seconds, who holds a lock a revision's statement waits for.
        self.on_table_wait = on_table_wait
        self.settings = settings
        self.on_lock_wait = on_lock_wait
        self.recorder: HistoryWriter | None = HistoryWriter() if settings.history else None
        #: The ScriptDirectory whose files are checked against the history (upgrade only).
        self.script = script
        #: What the command should tell: revision files edited after they were applied.
        self.warnings: list[str] = []

    def on_version_apply(self, ctx: Any, step: Any, heads: Any, run_args: Any) -> None:
        if self.recorder is not None:
            self.recorder(ctx, step, heads, run_args)
        _tell_progress(self.on_progress, ctx, step)

    @contextlib.contextmanager
    def hold(self, offline: bool = False) -> Iterator[None]:
        """Lock every database, run the body with the timeouts set and SQLite's revisions in
        transactions, record a failure."""
        if offline:
            yield
            return
        found = engines_by_bind(self.state)
        # The databases Migrate(binds=..., exclude_binds=...) leaves alone are not locked.
        engines = [(name, found[name]) for name in selected(self.state, found)]
        schema = self.state._configure_args.get("version_table_schema")
        held = (
            hold_lock(engines, self.settings.lock_timeout, self.on_lock_wait, schema)
            if self.settings.lock
            else contextlib.nullcontext()
        )
        timeouts = _timeouts([e for _, e in engines], self.settings)
        watched = _table_waits_watched(engines, self.on_table_wait)
        with held as locks, timeouts, watched, SqliteTransactions().active(), _progress_shown(
            self.on_progress
        ):
            if self.recorder is not None:
                _widen_history_ids(engines, schema)
            try:
                with _lock_checked(locks):
                    yield
            except Exception as exc:
                if self.recorder is not None:
                    self.recorder.record_failure(exc, _shown)
                lost = _lock_lost(exc)
                if lost is not None:
                    raise _lost_error(lost, engines, self.state.configure_args) from exc
                raise
            finally:
                if self.recorder is not None:
                    self.recorder.close()
            if self.recorder is not None and self.script is not None:
                self.warnings = _edited(engines, schema, self.script, self.recorder.recorded)


def _tell_progress(progress: Progress | None, ctx: Any, step: Any) -> None:
    """Tell the progress display that a step is done."""
    if progress is None:
        return
    from .history_table import step_direction

    database = binds.bind_of(ctx)
    progress.step_done(database, step.up_revision_id, step_direction(step))


@contextlib.contextmanager
def _progress_shown(progress: Progress | None) -> Iterator[None]:
    """The progress display, from the moment every lock is held to the end of the command."""
    if progress is None:
        yield
        return
    progress.begin()
    try:
        yield
    finally:
        progress.end()


def _table_waits_watched(
    engines: list[tuple[str, Any]], on_table_wait: OnTableWait | None
) -> contextlib.AbstractContextManager[None]:
    """Reports of the lock waits of the revisions' statements (see lockwait)."""
    if on_table_wait is None:
        return contextlib.nullcontext()
    from .lockwait import watching

    return watching(engines, on_table_wait)


def _widen_history_ids(engines: list[tuple[str, Any]], schema: str | None) -> None:
    """Bring history tables made by earlier versions to 64-bit ids (see history_table)."""
    from .history_table import widen_ids
    from .lock import naming_database, sync_engine

    for name, engine in engines:
        plain, made = sync_engine(engine)
        try:
            with naming_database(name, engine):
                widen_ids(plain, schema)
        finally:
            if made:
                plain.dispose()


def _shown(exc: BaseException) -> str:
    """What the command tells of ``exc`` (see session.failure_text), without any password."""
    from .redact import app_secrets, clean
    from .session import failure_text

    return clean(failure_text(exc), app_secrets(current_app))


def _edited(
    engines: list[tuple[str, Any]],
    schema: str | None,
    script: Any,
    known: dict[str, str | None],
) -> list[str]:
    """A warning for each applied revision whose file changed since, in each database."""
    warnings = []
    seen = set()
    for name, engine in engines:
        url = str(engine.url)
        if url in seen or getattr(engine, "sync_engine", None) is not None:
            continue  # the same database twice; async engines are checked by 'status'
        seen.add(url)
        with engine.connect() as connection:
            edited = edited_revisions(connection, schema, script, known)
        for rev in edited:
            warnings.append(
                f"Revision {rev} of the {name or 'default'} database was edited after it was"
                " applied; the edit will not run on this database, which already ran the"
                " revision as it was. For a schema change, revert the edit and put the change"
                " in a new revision ('flask db revision' or 'flask db migrate'); for a cosmetic"
                f" edit (comments, formatting), run 'flask db accept-edit {rev}'."
            )
    return warnings


@contextlib.contextmanager
def _timeouts(engines: list[Any], settings: Settings) -> Iterator[None]:
    """Set PostgreSQL's statement_timeout and lock_timeout on the connections of the command.

    Every connection a PostgreSQL engine hands out while the command runs gets them (whatever
    env.py opens); they are reset when it goes back to the pool.
    """
    values = {
        "statement_timeout": settings.statement_timeout,
        "lock_timeout": settings.table_lock_timeout,
    }
    sets = [
        f"SET {name} = {max(1, math.ceil(limit * 1000))}"
        for name, limit in values.items()
        if limit is not None
    ]
    pools = [
        getattr(e, "sync_engine", e).pool
        for e in engines
        if getattr(e, "url", None) is not None and e.url.get_backend_name() == "postgresql"
    ]
    if not sets or not pools:
        yield
        return
    from sqlalchemy import event

    def _run(dbapi_connection: Any, statements: list[str]) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for statement in statements:
                cursor.execute(statement)
        finally:
            cursor.close()
        dbapi_connection.commit()

    resets = [f"RESET {name}" for name, limit in values.items() if limit is not None]
    touched: set[int] = set()

    def checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        _run(dbapi_connection, sets)
        touched.add(id(dbapi_connection))

    def checkin(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is not None and id(dbapi_connection) in touched:
            touched.discard(id(dbapi_connection))
            with contextlib.suppress(Exception):
                _run(dbapi_connection, resets)

    for pool in pools:
        event.listen(pool, "checkout", checkout)
        event.listen(pool, "checkin", checkin)
    try:
        yield
    finally:
        for pool in pools:
            event.remove(pool, "checkout", checkout)
            event.remove(pool, "checkin", checkin)


# -- the lock is still held before each revision ---------------------------------------------

_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.I)


@contextlib.contextmanager
def _lock_checked(locks: Held | None) -> Iterator[None]:
    """Ask the servers whether the lock is still held before each revision changes anything.

    Whatever env.py runs, a revision is what a migration context's connection executes
    between two writes of the version table. The first statement of a revision that may
    change something (or, for one that runs none, its version write) waits until the lock's
    servers say it is still held. Reads, and statements on the version and history tables
    (the bookkeeping between revisions), go by unchecked.
    """
    if locks is None or not locks.can_be_lost:
        yield
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from .connections import active_migration_context, same_connection
    from .recorder import _READS

    checked: list[Any] = []  # the migration contexts whose current revision was checked

    def before_statement(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        ctx = active_migration_context()
        if ctx is None or ctx.as_sql or ctx.connection is None:
            return
        if not same_connection(conn, ctx.connection):
            return  # the lock's own connection, or another one
        due = not any(c is ctx for c in checked)
        version_table = str(getattr(ctx, "version_table", "alembic_version"))
        if version_table in statement:
            if _WRITE.match(statement):
                if due:
                    locks.check()  # a revision that changed nothing of its own
                checked[:] = [c for c in checked if c is not ctx]  # the next revision is due
        elif due and HISTORY_TABLE not in statement and not _READS.match(statement):
            locks.check()
            checked.append(ctx)

    event.listen(Engine, "before_cursor_execute", before_statement)
    try:
        yield
    finally:
        event.remove(Engine, "before_cursor_execute", before_statement)


def _lock_lost(exc: BaseException | None) -> LockLostError | None:
    """The LockLostError a check raised, under whatever wrapped it on the way out."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, LockLostError) and exc.reason:
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _lost_error(
    lost: LockLostError, engines: list[tuple[str, Any]], args: dict[str, Any]
) -> LockLostError:
    """The full report of a lost lock: why, where each database stands now, what to do."""
    from .multidb import where_they_stand
    from .probe import quietly

    label = binds.label(lost.database)
    with quietly():
        stand = where_they_stand([Target(name, engine, None) for name, engine in engines], args)
    error = LockLostError(
        f"The migration lock of the {label} database was lost while the command ran:"
        f" {lost.reason}. No revision ran after that. Where each database stands now: {stand}.",
        hint="Another migration may have taken the lock meanwhile: let it finish, check with"
        " 'flask db current', then run the command again. A pooler or proxy between you and"
        " the database must keep the lock's connection open (PgBouncer: session mode, not"
        " transaction pooling); see 'Poolers and proxies' in docs/deploying.md.",
    )
    error.database, error.reason = lost.database, lost.reason
    return error
