"""Where each database stands against the revision files, with what the history table knows.

Every revision of the folder, oldest first, is *applied* (the database is at it or past it),
*pending* (an upgrade to head would run it), and the database may be at revisions that no file
defines (*missing*: a file deleted, or a branch switched since). The history table adds when
each was applied, how long it took, and whether its file changed since (*edited*).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from alembic.script import ScriptDirectory

from . import binds
from . import history_table as history
from .errors import NotUpToDateError
from .probe import bind_of, each_database

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import Script

    from .config import Config

APPLIED, PENDING, MISSING, UNKNOWN = "applied", "pending", "missing", "unknown"


@dataclass
class RevisionStatus:
    """One revision of one database."""

    revision: str
    message: str | None
    #: "applied", "pending", "missing" (in the database, no file defines it) or "unknown"
    #: (the database is at a revision no file defines, and the history cannot tell either).
    state: str
    applied_at: datetime.datetime | None = None  # UTC, from the history table
    duration_ms: int | None = None
    #: Recorded with ``flask db stamp``: its operations never ran on this database.
    stamped: bool = False
    applied_by: str | None = None  # user@host
    #: The file differs from the one applied (or last accepted); None when history cannot tell.
    edited: bool | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "message": self.message,
            "state": self.state,
            "applied_at": self.applied_at.isoformat() + "Z" if self.applied_at else None,
            "duration_ms": self.duration_ms,
            "stamped": self.stamped,
            "applied_by": self.applied_by,
            "edited": self.edited,
        }


@dataclass
class DatabaseStatus:
    """Every revision of one database, oldest first."""

    database: str  # "" for the default database, else the bind key
    url: str  # without the password
    heads: tuple[str, ...]  # what the version table holds
    revisions: list[RevisionStatus] = field(default_factory=list)
    #: The database has a history table (applied_at, duration and edited are known).
    has_history: bool = False
    #: When a step last changed this database (UTC), and who ran it (user@host); from history.
    last_migrated_at: datetime.datetime | None = None
    last_migrated_by: str | None = None

    @property
    def label(self) -> str:
        return binds.label(self.database)

    @property
    def pending(self) -> list[RevisionStatus]:
        return [r for r in self.revisions if r.state == PENDING]

    @property
    def missing(self) -> list[RevisionStatus]:
        return [r for r in self.revisions if r.state == MISSING]

    @property
    def unknown(self) -> list[RevisionStatus]:
        return [r for r in self.revisions if r.state == UNKNOWN]

    @property
    def edited(self) -> list[RevisionStatus]:
        return [r for r in self.revisions if r.edited]

    @property
    def up_to_date(self) -> bool:
        """At the head(s) of the files: nothing pending, missing or unknown."""
        return not self.pending and not self.missing and not self.unknown

    def as_dict(self) -> dict[str, Any]:
        return {
            "database": self.label,
            "url": self.url,
            "heads": list(self.heads),
            "up_to_date": self.up_to_date,
            "has_history": self.has_history,
            "last_migrated_at": (
                self.last_migrated_at.isoformat() + "Z" if self.last_migrated_at else None
            ),
            "last_migrated_by": self.last_migrated_by,
            "revisions": [r.as_dict() for r in self.revisions],
        }


def read(config: Config, script: ScriptDirectory | None = None) -> list[DatabaseStatus]:
    """The status of every database the folder's env.py migrates."""
    from .session import display_url

    files = script or ScriptDirectory.from_config(config)

    def status(context: MigrationContext) -> DatabaseStatus:
        heads = tuple(context.get_current_heads())
        rows = history.read_rows(context.connection, context.opts.get("version_table_schema"))
        last = _last_change(rows or [])
        return DatabaseStatus(
            database=bind_of(context),
            url=display_url(context),
            heads=heads,
            revisions=_revisions(files, heads, rows),
            has_history=rows is not None,
            last_migrated_at=last.started_at if last is not None else None,
            last_migrated_by=f"{last.username}@{last.hostname}" if last is not None else None,
        )

    return each_database(config, status, files)


def _revisions(
    script: ScriptDirectory, heads: tuple[str, ...], rows: list[Any] | None
) -> list[RevisionStatus]:
    known, missing = _split_heads(script, heads)
    applied: set[str] = set()
    if known:
        applied = {sc.revision for sc in script.iterate_revisions(tuple(known), "base")}
    last = _last_rows(rows or [])
    # The database is at a revision whose file is gone: its ancestors cannot be walked, so
    # only the history can say which of the other revisions ran; what it cannot say is unknown.
    if missing:
        applied |= {rev for rev, row in last.items() if row.direction != "downgrade"}
    otherwise = UNKNOWN if missing else PENDING
    result = []
    for sc in reversed(list(script.walk_revisions())):
        state = APPLIED if sc.revision in applied else otherwise
        result.append(_status(sc.revision, sc.doc, state, last.get(sc.revision), sc, rows))
    for rev in missing:
        result.append(_status(rev, None, MISSING, last.get(rev), None, rows))
    return result


def _last_change(rows: list[Any]) -> Any:
    """The last successful upgrade, downgrade or stamp step recorded, or None."""
    changes = [r for r in rows if r.success and r.direction in ("upgrade", "downgrade", "stamp")]
    return changes[-1] if changes else None


def _split_heads(
    script: ScriptDirectory, heads: tuple[str, ...]
) -> tuple[dict[str, Script], list[str]]:
    """The heads a revision file defines, and those none does."""
    known: dict[str, Script] = {}
    missing: list[str] = []
    for head in heads:
        sc = script_or_none(script, head)
        if sc is None:
            missing.append(head)
        else:
            known[head] = sc
    return known, missing


def script_or_none(script: ScriptDirectory, revision: str) -> Script | None:
    """The Script of ``revision``, None when no revision file defines it.

    A revision file that fails to load is not "no file": its error goes up to the caller, so
    that the command names the file and the line instead of calling the revision unknown.
    """
    from alembic.script.revision import ResolutionError

    try:
        return script.revision_map.get_revision(revision)  # type: ignore[return-value]
    except ResolutionError:
        return None


def _last_rows(rows: list[Any]) -> dict[str, Any]:
    """The last successful row of each revision that put it in or took it out.

    An ``accept`` row counts too: it carries the checksum that edits are compared with.
    """
    last: dict[str, Any] = {}
    for row in rows:
        if row.success and row.revision and row.direction in (
            "upgrade", "stamp", "accept", "downgrade"
        ):
            last[row.revision] = row
    return last


def _status(
    revision: str,
    message: str | None,
    state: str,
    row: Any,
    script: Script | None,
    rows: list[Any] | None,
) -> RevisionStatus:
    status = RevisionStatus(revision, message, state)
    if row is None or state != APPLIED or row.direction == "downgrade":
        return status
    applied = row
    if row.direction == "accept":  # when it ran is the upgrade's; the checksum is accept's
        applied = next(
            (r for r in reversed(rows or []) if r.revision == revision and r.success
             and r.direction in ("upgrade", "stamp")),
            row,
        )
    status.applied_at = applied.started_at
    status.stamped = applied.direction == "stamp"
    status.duration_ms = None if status.stamped else applied.duration_ms
    status.applied_by = f"{applied.username}@{applied.hostname}"
    if row.checksum and script is not None:
        status.edited = history.checksum(script.path) != row.checksum
    return status


def require_up_to_date(statuses: list[DatabaseStatus]) -> None:
    """Raise :class:`NotUpToDateError` unless every database is at the head(s) of the files."""
    behind = []
    for db in statuses:
        if db.pending:
            behind.append(f"{db.label} has {len(db.pending)} pending revision(s)")
        if db.missing:
            ids = ", ".join(r.revision for r in db.missing)
            behind.append(f"{db.label} is at revision(s) no file defines ({ids})")
    if not behind:
        return
    missing = sorted({r.revision for db in statuses for r in db.missing})
    if missing:
        hint = (
            f"Restore the file of revision {', '.join(missing)} (from version control or the"
            " deployment it came from): 'flask db upgrade' cannot start from a revision it"
            " has no file for (nothing was applied)."
        )
    else:
        hint = "Run 'flask db upgrade' (nothing was applied)."
    message = "The database is not up to date: " + "; ".join(behind) + "."
    raise NotUpToDateError(message, hint=hint)


def accept_edit(config: Config, revision: str) -> list[str]:
    """Record the revision's file as it now is as the applied one; the databases it changed."""
    script = ScriptDirectory.from_config(config)
    sc = script.get_revision(revision)
    if sc is None:
        from .errors import RevisionError

        raise RevisionError(f"No revision file defines {revision!r}.")

    def where(context: MigrationContext) -> tuple[Any, Any, str]:
        engine = context.connection.engine if context.connection is not None else None
        return engine, context.opts.get("version_table_schema"), binds.label(bind_of(context))

    found = each_database(config, where, script)
    # Written once env.py has let go of its connections, each in a transaction of its own.
    for engine, schema, _ in found:
        if engine is not None:
            with engine.begin() as connection:
                history.accept(connection, schema, sc)
    return [label for engine, _, label in found if engine is not None]
