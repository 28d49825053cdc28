"""The exit codes of the ``flask db`` commands, in one table.

The CLI ends with these constants (:mod:`.cli`, :mod:`.errors`, :mod:`.lock`, :mod:`.lint`), its
help texts are written from :data:`TABLE`, and the documentation's table is generated from it
(docs/conf.py), so the three cannot disagree. A new code is one more :class:`ExitCode` here.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The command did what it was asked (``check``/``status --check``: nothing to do).
OK = 0
#: An error; the ``Error:`` line says why (every ``MigrationError``, any unexpected error).
ERROR = 1
#: click's usage error: an unknown option, a missing argument, a bad value; also Flask's
#: ``Could not import 'app'`` (the application could not be found).
USAGE = 2
#: Gave up waiting for the migration lock (or the folder lock) while another process held it.
LOCK_TIMEOUT = 3
#: Stopped by Ctrl-C (128 + SIGINT); the report says what had run and where each database stands.
INTERRUPTED = 130
#: Stopped by SIGTERM (128 + SIGTERM: ``docker stop``, Kubernetes); the same report as Ctrl-C.
TERMINATED = 143

#: ``upgrade --all-tenants``: stopped claiming tenants (a canary failed, or the failure budget
#: of ``--max-failures`` was spent); ``--retry-failed`` or ``--resume`` continues the run.
FLEET_STOPPED = 4

#: ``flask db lint``: revisions with findings (errors, or warnings without ``--warnings-ok``).
LINT_FINDINGS = 1
#: ``flask db lint`` ends every error that stops it before linting with :data:`USAGE`.
#: ``flask db lint``: a revision could not be linted at all (it does not import, say).
LINT_UNREADABLE = 3


@dataclass(frozen=True)
class ExitCode:
    """One row of the table: the code, which commands end with it, and what it means."""

    code: int
    commands: str
    meaning: str


#: Every exit code of every command, in the order the documentation shows them.
TABLE: tuple[ExitCode, ...] = (
    ExitCode(OK, "all", "the command did what it was asked"),
    ExitCode(
        ERROR,
        "all",
        "it failed; the Error: line says why (check and status --check: the database is"
        " behind or the models hold changes no revision has)",
    ),
    ExitCode(
        USAGE,
        "all",
        "the command line was wrong (unknown option, missing argument, bad value), or Flask"
        " could not find the application",
    ),
    ExitCode(
        LOCK_TIMEOUT,
        "upgrade, downgrade, stamp, revision, migrate, merge",
        "the lock timeout ran out while another migration held the lock",
    ),
    ExitCode(LINT_FINDINGS, "lint", "findings (errors, or warnings without --warnings-ok)"),
    ExitCode(
        USAGE,
        "lint",
        "lint could not run: no migrations folder, no application, an unknown revision,"
        " a bad setting",
    ),
    ExitCode(LINT_UNREADABLE, "lint", "a revision could not be linted at all"),
    ExitCode(
        ERROR,
        "upgrade --all-tenants, downgrade --all-tenants",
        "some tenants failed (each named with its error), or the run did not finish",
    ),
    ExitCode(
        FLEET_STOPPED,
        "upgrade --all-tenants",
        "stopped: a canary failed, or the failure budget (--max-failures) was spent",
    ),
    ExitCode(INTERRUPTED, "all", "stopped by Ctrl-C; the report says where each database stands"),
    ExitCode(TERMINATED, "all", "stopped by SIGTERM (docker stop, Kubernetes); the same report"),
)


def locking_help() -> str:
    """The exit-code paragraph of the help of the commands that take the migration lock."""
    return (
        f"Exit codes: {OK} done, {ERROR} an error, {LOCK_TIMEOUT} the lock timeout ran out"
        " while another\nmigration held the lock,"
        f" {INTERRUPTED} stopped by Ctrl-C, {TERMINATED} stopped by SIGTERM.\n"
    )


def markdown_table() -> str:
    """The table as Markdown, for the documentation."""
    lines = ["| exit code | commands | meaning |", "|---|---|---|"]
    lines += [f"| {row.code} | {row.commands} | {row.meaning} |" for row in TABLE]
    return "\n".join(lines) + "\n"
