"""A revision that failed or was interrupted half way: what stays applied on each database,
and what to do about it.

The rule (what a database rolls back) is read from :mod:`..recorder`'s record of the run;
this module turns it into the narrative, per database dialect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import probe
from ..errors import (
    Interrupted,
    MigrationError,
    RevisionFailedError,
)
from ..redact import clean
from .database import server_hint_of, shortened
from .locate import Folder, Where, exception_line, revision_frame

if TYPE_CHECKING:
    from alembic.config import Config

    from ..recorder import DatabaseRun, Recorder


_DIALECTS = {
    "postgresql": "PostgreSQL",
    "mysql": "MySQL",
    "mariadb": "MariaDB",
    "sqlite": "SQLite",
    "mssql": "SQL Server",
    "oracle": "Oracle",
}


def _state(bind: str, config: Config | None) -> str | None:
    for name, heads in probe.database_heads(config) or []:
        if name == bind:
            if not heads:
                return "at base (no revision applied)"
            return f"at revision {', '.join(heads)}"
    return None


def _dialect(run: DatabaseRun | None) -> str:
    if run is None:
        return "The database"
    return _DIALECTS.get(run.dialect, run.dialect)


def revision_failed(
    exc: BaseException, where: Where, config: Config | None, recorder: Recorder | None
) -> MigrationError:
    from sqlalchemy import exc as sa_exc

    statement = ""
    if isinstance(exc, sa_exc.DBAPIError):
        orig = getattr(exc, "orig", None)
        lines = str(orig if orig is not None else exc).strip().splitlines() or [""]
        reason = clean(lines[0])
        statement = shortened(str(exc.statement or ""))
    elif isinstance(exc, sa_exc.StatementError) and exc.statement:
        reason = exception_line(exc.orig) if exc.orig is not None else exception_line(exc)
        statement = shortened(str(exc.statement))
    else:
        reason = exception_line(exc)
    run = recorder.last if recorder is not None else None
    label = f"Revision {where.revision}" + (f" ({where.doc})" if where.doc else "")
    message = f"{label} failed at {where}: {reason}"
    if statement:
        message += f" [while running: {clean(statement)}]"
    state = _state(run.bind if run is not None else "", config)
    cause = _cause(exc)
    lines = _aftermath(where, run, statement, state, cause)
    server_hint = server_hint_of(exc)
    if server_hint:
        lines.insert(0, server_hint)
    hint = "\n".join(lines)
    return RevisionFailedError(clean(message), hint=clean(hint), revision=where.revision)


def _aftermath(
    where: Where | None,
    run: DatabaseRun | None,
    statement: str,
    state: str | None,
    cause: str | None = None,
) -> list[str]:
    """What stays applied after a revision stopped half way, and what to do about it."""
    down = where is not None and where.function.startswith("down")
    direction = "downgrade" if down else "upgrade"
    revision = where.revision if where is not None else None
    now = f" The database is {state}." if state else ""
    again = _next_step(cause, direction)
    ran, undone = run.kept(statement) if run is not None else ([], 0)
    if run is not None and run.rolls_back and run.committed_early:
        return _partly_committed(where, run, statement, now, direction, again)
    if run is None or run.rolls_back:
        per_revision = run is None or run.per_migration
        rolled = (
            "the changes of this revision" if per_revision else "the changes this command had made"
        )
        return [f"{_dialect(run)} rolled back {rolled}.{now}", again]
    if not ran:
        what = (
            f"No statement of revision {revision} stays applied"
            if undone
            else (f"No statement of revision {revision} had changed anything yet")
        )
        return [f"{what}.{now}", again]
    count = f"{len(ran)} statement{'s' if len(ran) != 1 else ''}"
    lines = [
        f"{_dialect(run)} does not roll back schema changes: {count} of revision {revision}"
        f" already ran and {'stay' if len(ran) != 1 else 'stays'} applied:"
    ]
    lines += [f"  {shortened(clean(s), 300)}" for s in ran]
    if undone:
        lines.append(f"({undone} later statement{'s' if undone != 1 else ''} rolled back.)")
    if not down:
        done = f"'flask db stamp {revision}'"
    else:
        previous = where.globals.get("down_revision") if where is not None else None
        if isinstance(previous, (list, tuple)):
            done = "'flask db stamp' and its down revisions"
        else:
            done = f"'flask db stamp {previous or 'base'}'"
    fix = "fix the revision and " if cause in (None, "missing") else ""
    lines.append(
        f"{now.strip()} Undo those statements by hand, {fix}run"
        f" 'flask db {direction}' again; or finish the revision by hand and record it with"
        f" {done}.".strip()
    )
    if cause is not None:
        lines.append(again)
    return lines


def _partly_committed(
    where: Where | None,
    run: DatabaseRun,
    statement: str,
    now: str,
    direction: str,
    again: str,
) -> list[str]:
    """What stays after a failure where DDL is transactional but some of it committed early.

    An ``autocommit_block`` commits the transaction before it (the revisions completed so far
    included) and runs its own statements outside any transaction: a rollback cannot undo
    them.
    """
    revision = where.revision if where is not None else "?"
    done = run.completed[: run.committed_steps] if not run.per_migration else []
    undone = run.completed[run.committed_steps :]
    undone_revisions = {rev for rev, _ in undone}
    stays = [(rev, s) for rev, s in run.early if rev in undone_revisions]
    committed = [s for s, c in zip(run.pending, run.committed) if c]
    if committed and statement and _same_text_end(committed[-1], statement):
        committed.pop()
    stays += [(str(revision), s) for s in committed]
    lines = [
        f"{_dialect(run)} rolled back only what was not committed yet: an autocommit_block"
        " commits everything that ran before it, and its own statements commit as they run."
    ]
    if done:
        lines.append("Committed before the failure, so done: " + _steps(done) + ".")
    rolled = [*(f"{d} {rev}" for rev, d in undone), f"what {direction} {revision} had run"]
    lines.append("Rolled back: " + ", ".join(rolled) + ".")
    if stays:
        lines.append(
            "These statements committed on their own and stay applied, although the version"
            " table does not record their revision as done:"
        )
        lines += [f"  {rev}: {shortened(clean(s), 300)}" for rev, s in stays]
    lines.append(f"{now.strip()}".strip() or "Run 'flask db current' to see where it stands.")
    if stays:
        names = ", ".join(sorted({rev for rev, _ in stays}))
        lines.append(
            f"Running 'flask db {direction}' again runs the statements of {names} again:"
            " undo those listed by hand first, or write them so that they can run twice"
            " (IF EXISTS, IF NOT EXISTS)."
        )
    lines.append(again)
    return lines


def _steps(steps: list[tuple[str, str]]) -> str:
    return ", ".join(f"{direction} {rev}" for rev, direction in steps)


def _same_text_end(ran: str, failed: str) -> bool:
    ran, failed = " ".join(ran.split()), " ".join(failed.split())
    return ran == failed or (failed.endswith("...") and ran.startswith(failed[:-3]))


#: What to do when a revision failed for a reason that is not in its file, by cause.
_NEXT_STEPS = {
    "lost": "The connection to the database was lost (the server ended it, or went away):"
    " check that the server runs, then run 'flask db {direction}' again.",
    "read-only": "The database refused to write: it is read-only, or its user may not change"
    " the schema. Check the database's permissions (and that the URL names a writable server,"
    " not a replica), then run 'flask db {direction}' again.",
    "full": "The database ran out of space (a full disk, or a size limit): free space or raise"
    " the limit, then run 'flask db {direction}' again.",
    "exists": "The database already has what this statement creates: its schema does not match"
    " the revision its version table names (stamped to the wrong revision, or changed by"
    " hand). Undo that change by hand, or record the revision the schema matches with"
    " 'flask db stamp <revision>'; then run 'flask db {direction}' again.",
    "missing": "The database lacks what this statement uses. If the revision names it"
    " correctly, the schema does not match the revision its version table names (stamped to"
    " the wrong revision, or changed by hand): record the revision the schema matches with"
    " 'flask db stamp <revision>'. Otherwise fix the revision file. Then run"
    " 'flask db {direction}' again.",
    "lock-timeout": "The database gave up waiting for a lock on a table this statement changes"
    " (the table lock timeout: --table-lock-timeout, MIGRATIONS_TABLE_LOCK_TIMEOUT, or the"
    " server's own): another session held it, a long query or an open transaction (while it"
    " waited, the command said which session). The"
    " revision is not at fault: run 'flask db {direction}' again when the table is quiet, or"
    " allow a longer wait (--table-lock-timeout SECONDS on PostgreSQL, the server's"
    " lock_wait_timeout on MySQL and MariaDB).",
    "statement-timeout": "The database cancelled the statement when it ran longer than the"
    " statement timeout (--statement-timeout, MIGRATIONS_STATEMENT_TIMEOUT, or the server's"
    " own). The revision is not at fault: allow longer (--statement-timeout SECONDS on"
    " PostgreSQL, the server's max_statement_time on MariaDB) and run 'flask db {direction}'"
    " again, or split the slow work into revisions of its own.",
    "limit": "The database ran out of a resource that its server settings limit (the server's"
    " hint names the setting; PostgreSQL's 'out of shared memory' means one transaction took"
    " more locks than max_locks_per_transaction allows, as when one revision creates"
    " hundreds of tables). Raise that setting on the server (max_locks_per_transaction"
    " needs a restart), or split the revision into smaller ones (or set"
    " transaction_per_migration=True, which commits each revision on its own); then run"
    " 'flask db {direction}' again.",
    "locked": "Another process held the SQLite database file locked for longer than SQLite"
    " waits. SQLite cannot say which process or connection holds its file ('fuser' or 'lsof'"
    " on the database file lists the processes that have it open). Let that one finish or end"
    " it, then run 'flask db {direction}' again.",
}


def _next_step(cause: str | None, direction: str) -> str:
    if cause is None:
        return f"Fix the revision file, then run 'flask db {direction}' again."
    return _NEXT_STEPS[cause].format(direction=direction)


#: SQLSTATE codes (PostgreSQL and others) and MySQL/MariaDB error numbers of each cause.
_SQLSTATES = {
    "lost": ("08", "57P01", "57P02", "57P03"),
    "lock-timeout": ("55P03",),
    "limit": ("53000", "53200", "53400"),
    "read-only": ("25006", "42501"),
    "full": ("53100",),
    "exists": ("42P07", "42701", "42710", "42P06", "42723"),
    "missing": ("42P01", "42703", "42704", "3F000", "42883"),
}


_MYSQL_ERRORS = {
    "lost": (1927, 2006, 2013, 2055),
    "lock-timeout": (1205,),
    "statement-timeout": (1969, 3024),
    "read-only": (1036, 1044, 1142, 1143, 1227, 1290, 1792),
    "full": (1021, 1114),
    "exists": (1050, 1060, 1061, 1826),
    "missing": (1051, 1054, 1091, 1146),
}


_SQLITE_TEXT = {
    "read-only": ("readonly database",),
    "full": ("database or disk is full",),
    "exists": ("already exists", "duplicate column name"),
    "missing": ("no such table", "no such column", "no such index"),
    "locked": ("database is locked", "database table is locked"),
}


def _cause(exc: BaseException) -> str | None:
    """Why a revision's statement failed, when the revision file is not what is wrong.

    "lost" (the connection), "read-only", "full" (the disk), "exists" or "missing" (the
    schema does not match the version table), "lock-timeout" and "statement-timeout" (a
    timeout ended the wait or the statement), "limit" (a server setting's limit, such as
    PostgreSQL's lock table: "out of shared memory"); None: look at the revision.
    """
    from sqlalchemy import exc as sa_exc

    if not isinstance(exc, sa_exc.DBAPIError):
        return None
    if exc.connection_invalidated:
        return "lost"
    orig = exc.orig
    sqlstate = str(getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or "")
    args = getattr(orig, "args", ())
    number = args[0] if args and isinstance(args[0], int) else None
    text = str(orig).lower()
    if sqlstate == "57014" and "statement timeout" in text:  # not a cancel by hand
        return "statement-timeout"
    for cause in _NEXT_STEPS:
        if sqlstate and sqlstate.startswith(_SQLSTATES.get(cause, ())):
            return cause
        if number is not None and number in _MYSQL_ERRORS.get(cause, ()):
            return cause
        if any(words in text for words in _SQLITE_TEXT.get(cause, ())):
            return cause
    return None


def interrupted(exc: KeyboardInterrupt, config: Config | None, recorder: Recorder) -> Interrupted:
    """What a Ctrl-C left behind: the revisions completed and the one cut short."""
    where = revision_frame(exc, Folder.of(config))
    run = recorder.last
    message = "Interrupted"
    if where is not None:
        label = f"revision {where.revision}" + (f" ({where.doc})" if where.doc else "")
        message += f" while running {label} at {where}"
    message += "."
    lines: list[str] = []
    for db in recorder.runs.values():
        if db.completed:
            on = f" on database '{db.bind}'" if db.bind else ""
            # an autocommit_block commits the revisions before it
            kept = len(db.completed) if not db.transactional_ddl or db.per_migration else 0
            kept = max(kept, db.committed_steps)
            if kept:
                names = ", ".join(rev for rev, _ in db.completed[:kept])
                lines.append(f"Completed before the interrupt{on}: {names}.")
            if db.completed[kept:]:
                names = ", ".join(rev for rev, _ in db.completed[kept:])
                lines.append(
                    f"Completed before the interrupt{on}: {names}"
                    f" ({_dialect(db)} rolled them back with the rest)."
                )
    if where is not None and run is not None:
        ran, _ = run.kept()
        if run.rolls_back:
            lines.append(f"{_dialect(run)} rolled back what was not committed.")
            stays = [s for s, c in zip(run.pending, run.committed) if c]
            if stays:
                lines.append(
                    f"These statements of revision {where.revision} committed on their own (in"
                    " an autocommit_block) and stay applied:"
                )
                lines += [f"  {shortened(clean(s), 300)}" for s in stays]
        elif ran:
            lines.append(
                f"{_dialect(run)} does not roll back schema changes: these statements of"
                f" revision {where.revision} ran and stay applied:"
            )
            lines += [f"  {shortened(clean(s), 300)}" for s in ran]
    lines += database_states(config) or [
        "Run 'flask db current' to see where each database stands."
    ]
    return Interrupted(clean(message), hint=clean("\n".join(lines)))


def database_states(config: Config | None) -> list[str] | None:
    """Each database's "is at revision X", read back from it; None when it cannot be read."""
    found = probe.database_heads(config)
    if not found:
        return None
    if len(found) == 1:
        return [f"The database is {_at(found[0][1])}."]
    return [f"Database '{bind or 'default'}' is {_at(heads)}." for bind, heads in found]


def _at(heads: tuple[str, ...]) -> str:
    return f"at revision {', '.join(heads)}" if heads else "at base (no revision applied)"
