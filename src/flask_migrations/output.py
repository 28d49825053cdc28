"""What the ``flask db`` commands, and the top-level functions that behave like Flask-Migrate's,
print: Alembic's progress lines, the ``Error:`` line, and what each command found.

Both faces render the same values of the clean API (:mod:`flask_migrations.api`) with the same
functions here, so ``flask db current`` and ``flask_migrations.current()`` print the same lines.
Nothing here decides anything: the API has done that.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from flask import current_app, has_app_context

from .redact import app_secrets, clean

if TYPE_CHECKING:
    from alembic.script import Script

    from .graph import Line
    from .lockwait import TableWait
    from .results import DatabaseRevisions, MigrationResult

# -- Alembic's log lines and errors ----------------------------------------------------------


class _NoiseFilter(logging.Filter):
    """Drops Alembic's per-column notes that flood the output on large schemas."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "alembic.runtime.plugins":  # "setting up autogenerate plugin ..."
            return False
        return not (
            record.name == "alembic.ddl.postgresql"
            and record.getMessage().startswith("Detected sequence named")
        )


class _RedactingFormatter(logging.Formatter):
    """Log lines without database passwords (read once per command).

    A message whose arguments cannot be turned into text (Alembic's step of a revision whose
    ``upgrade`` is not a function) is shown with what can be; it never ends in Python's
    ``--- Logging error ---`` report.
    """

    _secrets: set[str] | None = None

    def format(self, record: logging.LogRecord) -> str:
        if self._secrets is None:
            self._secrets = _secrets()
        try:
            text = super().format(record)
        except Exception:  # noqa: BLE001 - a log line is not worth a traceback
            record.msg, record.args = _plain_message(record), None
            text = super().format(record)
        return clean(text, self._secrets)


def _plain_message(record: logging.LogRecord) -> str:
    """The record's message with each argument that cannot be formatted shown by its type."""
    args = record.args if isinstance(record.args, tuple) else (record.args,)
    shown = []
    for arg in args:
        try:
            shown.append(str(arg))
        except Exception:  # noqa: BLE001 - then its repr, or at least its type
            try:
                shown.append(repr(arg))
            except Exception:  # noqa: BLE001
                shown.append(f"<{type(arg).__name__}>")
    try:
        return str(record.msg) % tuple(shown)
    except Exception:  # noqa: BLE001 - the format itself does not fit its arguments
        return " ".join([str(record.msg), *shown])


#: Held while a line is written to the terminal: Alembic's log lines, the progress lines and
#: the lock-wait reports (written from a thread of their own) never cut into each other.
terminal = threading.RLock()


#: The line a terminal shows below the others while a revision runs (the ticking time), erased
#: before any other line is written and drawn again after it; empty: none.
_transient: list[str] = []


def _erase() -> None:
    if _transient:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


def _redraw() -> None:
    if _transient:
        sys.stderr.write(_transient[0])
        sys.stderr.flush()


def transient(text: str | None) -> None:
    """Show ``text`` as the terminal's last line, in place of the previous one (None: none)."""
    import shutil

    with terminal:
        _erase()
        width = shutil.get_terminal_size().columns - 1
        _transient[:] = [text[:width]] if text else []
        _redraw()


def progress_line(text: str, terminal: bool) -> None:
    """One line of progress: on a terminal, on stderr below Alembic's lines, never inside one;
    else a log line beside Alembic's (see PROGRESS_LOGGER)."""
    if terminal:
        _say([text])
    else:
        logging.getLogger(PROGRESS_LOGGER).info("%s", text)


def _say(lines: Sequence[str]) -> None:
    with terminal:
        _erase()
        for line in lines:
            click.echo(line, err=True)
        _redraw()


class _QuietHandler(logging.StreamHandler):
    """A stream handler that drops a line it cannot write instead of printing a traceback."""

    def emit(self, record: logging.LogRecord) -> None:
        with terminal:
            _erase()
            super().emit(record)
            _redraw()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


@contextmanager
def alembic_output(quiet: bool = False, verbose: bool = False) -> Iterator[None]:
    """Show Alembic's progress lines on stderr for the length of a command.

    Applications that configure logging themselves (a handler on the root or alembic logger)
    keep their own set-up.
    """
    logger = logging.getLogger("alembic")
    configured = [
        h
        for h in (*logger.handlers, *logging.getLogger().handlers)
        if not isinstance(h, logging.NullHandler)
    ]
    if configured:
        yield
        return
    handler = _QuietHandler(sys.stderr)
    handler.setFormatter(_RedactingFormatter("%(levelname)-5.5s [%(name)s] %(message)s"))
    if not verbose:
        handler.addFilter(_NoiseFilter())
    loggers = [logger, logging.getLogger(PROGRESS_LOGGER)]
    levels = [each.level for each in loggers]
    for each in loggers:
        each.addHandler(handler)
        each.setLevel(logging.WARNING if quiet else logging.INFO)
    try:
        yield
    finally:
        for each, level in zip(loggers, levels):
            each.removeHandler(handler)
            each.setLevel(level)


#: The logger of the progress lines when stderr is no terminal: they reach a CI log as
#: Alembic's lines do, through the same handler (or the application's own logging).
PROGRESS_LOGGER = "flask_migrations.progress"


@contextmanager
def reading_quietly(verbose: bool = False, warnings: bool = True) -> Iterator[None]:
    """Leave out Alembic's notes on each connection (``Context impl ...``) while a command
    that only reads the databases runs; the group's ``-v`` keeps them. Without ``warnings``,
    env.py's warnings are left out too (a read before the command that will say them)."""
    logger = logging.getLogger("alembic.runtime.migration" if warnings else "alembic")
    level = logger.level
    if not verbose:
        logger.setLevel(logging.WARNING if warnings else logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


#: How the running command was typed (``python manage.py db``, ``myapp db``), or FUNCTIONS for
#: the top-level Python functions; None: ``flask db``, as the messages are written.
_typed: ContextVar[str | None] = ContextVar("flask_migrations_typed", default=None)

#: :func:`typed_as` for the top-level functions: hints name the function to call.
FUNCTIONS = "()"

_COMMAND = re.compile(r"'flask db ([a-z][a-z-]*)((?: [^']*)?)'")


@contextmanager
def typed_as(prefix: str | None) -> Iterator[None]:
    """For the length of a command, hints name it as it was typed (see :func:`as_typed`)."""
    token = _typed.set(prefix)
    try:
        yield
    finally:
        _typed.reset(token)


def as_typed(text: str) -> str:
    """``text`` with ``'flask db <command> ...'`` named as the user can run it here: the
    command line they typed (``'python manage.py db upgrade'``), or, called from Python, the
    function (``upgrade()``), when the command takes no option there."""
    prefix = _typed.get()
    if prefix is None:
        return text

    def name(match: re.Match[str]) -> str:
        command, rest = match.group(1), match.group(2)
        if prefix != FUNCTIONS:
            return f"'{prefix} {command}{rest}'"
        if rest:
            return match.group(0)  # options have no one-to-one keyword: keep the command
        return f"{command.replace('-', '_')}()"

    return _COMMAND.sub(name, text)


def echo_error(message: str, hint: str | None = None) -> None:
    """``Error: message`` and the next step, on stderr, without any database password."""
    secrets = _secrets()
    message = as_typed(clean(message, secrets))
    click.echo(click.style("Error: ", fg="red", bold=True) + message, err=True)
    if hint:
        click.echo(as_typed(clean(hint, secrets)), err=True)


def fail(message: str, hint: str | None = None, code: int = 1) -> NoReturn:
    """:func:`echo_error`, then exit with ``code``."""
    echo_error(message, hint)
    sys.exit(code)


def _secrets() -> set[str]:
    """The passwords of the application's databases: never printed."""
    return app_secrets(current_app) if has_app_context() else set()


def echo_traceback(exc: BaseException) -> None:
    """The traceback of ``exc`` on stderr; for an error that explains another, the other's
    first (the MigrationError alone says what it means, the original says where it came from)."""
    original = getattr(exc, "original", None)
    shown = [original, exc] if original is not None else [exc]
    text = "".join(
        line for e in shown for line in traceback.format_exception(type(e), e, e.__traceback__)
    )
    click.echo(clean(text, _secrets()), err=True, nl=False)


# -- what each command found ------------------------------------------------------------------


def generated(scripts: Sequence[Script], autogenerate: bool = False) -> None:
    """The revision files written (``Generating ... done``), as Alembic says it."""
    for script in scripts:
        click.echo(f"Generating {script.path} ...  done")
    if autogenerate and not scripts:
        click.echo("No changes in schema detected.")


def created(paths: Sequence[Path]) -> None:
    """The folders and files ``init`` created."""
    for path in paths:
        verb = "Creating directory" if path.is_dir() else "Generating"
        click.echo(f"{verb} {path} ...  done")


def templates(found: Sequence[tuple[str, str]]) -> None:
    click.echo("Available templates:\n")
    for name, synopsis in found:
        click.echo(f"{name} - {synopsis}")
    click.echo("\nTemplates are used via the 'init' command, e.g.:")
    click.echo("\n  flask db init --template flask-multidb")


def sql(result: MigrationResult) -> None:
    """The script of an offline (``--sql``) upgrade, downgrade or stamp."""
    if result.sql is not None:
        click.echo(result.sql, nl=False)


def show(scripts: Sequence[Script]) -> None:
    for script in scripts:
        click.echo(script.log_entry)


def history(scripts: Sequence[Script], verbose: bool = False) -> None:
    for script in scripts:
        line = script.cmd_format(
            verbose=verbose, include_branches=True, include_doc=True, include_parents=True
        )
        databases = getattr(script, "current_databases", ())
        if databases:  # several databases: say which ones are at this revision
            line = line.replace(" (current)", f" (current: {', '.join(databases)})", 1)
        click.echo(_coloured_history(line), color=colour())


#: In a line of ``history``: the ids before the first comma, and the marks after them.
_HISTORY_IDS = re.compile(r"^(.*? -> [^\s,]+)((?: \([^)]*\))*)")


def _coloured_history(line: str) -> str:
    """The ids of a ``history`` line in yellow, ``(head)`` in bold and ``(current)`` in green
    (shown only on a terminal: click drops the colour when piped)."""

    def mark(found: re.Match[str]) -> str:
        text = found.group(0)
        if text.startswith(" (current"):
            return click.style(text, fg="green", bold=True)
        return click.style(text, bold=True)

    match = _HISTORY_IDS.match(line)
    if match is None or "\n" in match.group(0):
        return line
    ids = click.style(match.group(1), fg="yellow")
    marks = re.sub(r" \([^)]*\)", mark, match.group(2))
    return ids + marks + line[match.end(2) :]


def heads(scripts: Sequence[Script], verbose: bool = False) -> None:
    for script in scripts:
        click.echo(script.cmd_format(verbose, include_branches=True, tree_indicators=False))


def branches(found: Sequence[tuple[Script, list[Script]]], verbose: bool = False) -> None:
    for point, children in found:
        click.echo(point.cmd_format(verbose, include_branches=True))
        for child in children:
            line = child.cmd_format(False, include_branches=True, include_doc=verbose)
            click.echo(f"{' ' * len(str(point.revision))} -> {line}")
        click.echo()


def current(databases: Sequence[DatabaseRevisions], verbose: bool = False) -> None:
    for database in databases:
        if verbose:
            click.echo(f"Current revision(s) for {database.url}:")
        elif len(databases) > 1:
            click.echo(f"{database.label}:")
        for head, script in zip(database.heads, database.scripts):
            if script is None:
                click.echo(f"{head} (no revision file defines this revision)")
            else:
                click.echo(script.cmd_format(verbose))


def warnings(found: Sequence[str]) -> None:
    """Things a person should know, on stderr."""
    for warning in found:
        click.echo(click.style("Warning: ", fg="yellow", bold=True) + as_typed(warning), err=True)


def plan(plans: Sequence[Any], notes: dict[tuple[str, str], list[str]] | None = None) -> None:
    """What an upgrade or downgrade would run; ``notes`` (the lint findings) are shown under
    their (database, revision)."""
    for plan in plans:
        prefix = f"[{plan.label}] " if len(plans) > 1 or plan.database else ""
        if not plan.steps:
            click.echo(f"{prefix}Nothing to run: the database is already there.")
            continue
        for step in plan.steps:
            flag = click.style("  IRREVERSIBLE", fg="red", bold=True) if step.irreversible else ""
            click.echo(f"{prefix}{step.direction} {step.revision}: {step.message or ''}{flag}")
            for line in step.operations:
                click.echo(f"    {line}")
            if step.note:
                click.echo(f"    ({step.note})")
            for note in (notes or {}).get((plan.database, step.revision), []):
                click.echo(f"    {note}")


def colour() -> bool | None:
    """Whether to colour: never when NO_COLOR is set (https://no-color.org); else None, and
    click colours a terminal and leaves piped output plain."""
    return False if os.environ.get("NO_COLOR") else None


def graph(lines: Sequence[Line]) -> None:
    """The text of ``flask db graph``: pending revisions dimmed, unreadable databases in red."""
    for line in lines:
        text = line.text
        if line.broken:
            text = click.style(text, fg="red", bold=True)
        elif line.pending:
            text = click.style(text, dim=True)
        click.echo(text, color=colour())


def duration(seconds: float) -> str:
    """``0.4 s``, ``12 s``, ``3 min 5 s``, ``2 h 3 min``."""
    if seconds < 10:
        return f"{seconds:.1f} s"
    whole = int(round(seconds))
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60} min"


def table_wait(wait: TableWait) -> None:
    """The report of a revision's statement waiting on a lock (from the watcher's thread)."""
    where = f" on table {', '.join(wait.tables)}" if wait.tables else ""
    lines = [
        f"Waiting {duration(wait.waited)} for a lock{where} of the {wait.label} database"
        + (f": {wait.unknown}" if wait.unknown else ", held by:")
    ]
    for holder in wait.holders:
        who = ", ".join(
            part
            for part in (
                f"application {holder.application!r}" if holder.application else "",
                f"user {holder.user}" if holder.user else "",
            )
            if part
        )
        line = f"  {'pid' if wait.backend == 'postgresql' else 'id'} {holder.pid}"
        line += f" ({who})" if who else ""
        if holder.state:
            since = f" for {duration(holder.state_seconds)}" if holder.state_seconds else ""
            line += f": {holder.state}{since}"
        if holder.query:
            line += f"; query: {holder.query}"
        lines.append(line)
        lines.append(f"    to end it: {holder.terminate}")
    secrets = _secrets()
    _say([clean(line, secrets) for line in lines])


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""


_MARKS = {"applied": "applied", "pending": "PENDING", "missing": "NO FILE", "unknown": "UNKNOWN"}


#: The colour of each state in ``status``, on a terminal.
_COLOURS = {"applied": "green", "pending": "yellow", "missing": "red", "unknown": "magenta"}


def status(statuses: Sequence[Any]) -> None:
    for db in statuses:
        summary = _summary(db)
        summary = click.style(summary, fg="green" if db.up_to_date else "yellow", bold=True)
        when = ""
        if db.last_migrated_at is not None:
            when = f", last migrated {_when(db.last_migrated_at)} UTC by {db.last_migrated_by}"
        click.echo(f"Database {db.label} ({db.url}){when}: " + summary, color=colour())
        for rev in db.revisions:
            mark = click.style(f"{_MARKS[rev.state]:<8}", fg=_COLOURS[rev.state])
            line = f"  {mark} {rev.revision}  {rev.message or ''}"
            if rev.applied_at is not None:
                how = "stamped" if rev.stamped else f"{rev.duration_ms} ms"
                line += f"  ({_when(rev.applied_at)} UTC, {how}, {rev.applied_by})"
            if rev.edited:
                line += click.style("  EDITED since applied", fg="yellow", bold=True)
            click.echo(line.rstrip(), color=colour())


def _summary(db: Any) -> str:
    parts = []
    if db.pending:
        parts.append(f"{len(db.pending)} pending")
    if db.missing:
        parts.append(f"{len(db.missing)} without a file")
    if db.unknown:
        parts.append(f"{len(db.unknown)} unknown (no history to tell)")
    if db.edited:
        parts.append(f"{len(db.edited)} edited")
    return ", ".join(parts) if parts else "up to date"


def accepted(revision: str, databases: Sequence[str]) -> None:
    """The databases ``accept-edit`` recorded the file for."""
    for label in databases:
        click.echo(f"Accepted the file of revision {revision} for the {label} database.")
