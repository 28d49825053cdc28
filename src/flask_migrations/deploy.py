"""What upgrade, downgrade and stamp do around Alembic: lock, history and session timeouts.

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

Every SECONDS value is checked wherever it comes from (:func:`seconds`): a value that would
never time out (``nan``, ``inf``, or 0 for PostgreSQL, which reads it as no limit) is refused.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from flask import current_app

from .errors import ConfigurationError
from .history_table import Recorder, edited_revisions
from .lock import DEFAULT_TIMEOUT, OnWait
from .lock import hold as hold_lock
from .targets import engines_by_bind, selected

if TYPE_CHECKING:
    from .extension import MigrateState


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


def _setting(state: MigrateState, name: str, given: Any, default: Any) -> tuple[Any, str]:
    """The value of one setting, and how to name it in an error message."""
    if given is not None:
        return given, f"{name}={given!r}"
    own = state._configure_args.get(name)  # Migrate(app, db, history=False, ...)
    if own is not None:
        return own, f"Migrate({name}={own!r})"
    key = f"MIGRATIONS_{name.upper()}"
    value = current_app.config.get(key)
    return (default, "") if value is None else (value, f"{key} = {value!r}")


def settings(state: MigrateState, **given: Any) -> Settings:
    """The settings of one command: ``given`` (None: not given) over Migrate() over config.

    :raises ConfigurationError: a SECONDS setting that would never time out.
    """
    defaults = Settings()
    values = {}
    for name in ("lock", "lock_timeout", "history", "statement_timeout", "table_lock_timeout"):
        value, source = _setting(state, name, given.get(name), getattr(defaults, name))
        if name in SECONDS_SETTINGS and value is not None:
            try:
                value = seconds(value, zero=SECONDS_SETTINGS[name])
            except ValueError as exc:
                raise ConfigurationError(
                    f"{source} {exc}.",
                    hint="Give a finite number of seconds, or leave it unset for the default.",
                ) from None
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
    ) -> None:
        self.state = state
        self.settings = settings
        self.on_lock_wait = on_lock_wait
        self.recorder: Recorder | None = Recorder() if settings.history else None
        #: The ScriptDirectory whose files are checked against the history (upgrade only).
        self.script = script
        #: What the command should tell: revision files edited after they were applied.
        self.warnings: list[str] = []

    def on_version_apply(self, ctx: Any, step: Any, heads: Any, run_args: Any) -> None:
        if self.recorder is not None:
            self.recorder(ctx, step, heads, run_args)

    @contextlib.contextmanager
    def hold(self, offline: bool = False) -> Iterator[None]:
        """Lock every database, run the body with the timeouts set, record a failure."""
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
        with held, _timeouts([e for _, e in engines], self.settings):
            try:
                yield
            except Exception as exc:
                if self.recorder is not None:
                    self.recorder.record_failure(exc)
                raise
            finally:
                if self.recorder is not None:
                    self.recorder.close()
            if self.recorder is not None and self.script is not None:
                self.warnings = _edited(engines, schema, self.script, self.recorder.recorded)


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
                f" applied; run 'flask db accept-edit {rev}' if that is intended."
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
