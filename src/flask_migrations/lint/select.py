"""Which revisions to lint, and against which databases.

All revisions by default (base to heads); a range as ``flask db history -r`` reads it; those
after ``--since``; those a database has not applied (``--pending``: read from each database
through env.py, with the server's version); or the files git says were added or changed since
a ref (``--changed-since``: what a pull request adds). Pending and changed revisions run in one
upgrade, so tables they create stay new for the ones after them.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import binds
from ..alembic_private import steps_to
from ..errors import ConfigurationError
from .facts import DEFAULT_VERSIONS, DIALECTS, parse_version
from .findings import Target


@dataclass
class Plan:
    """The revisions to lint on one database, in upgrade order."""

    target: Target
    scripts: list[Any] = field(default_factory=list)
    carry: bool = False  # new tables stay new across the revisions (one upgrade)
    one_transaction: bool = False  # PostgreSQL without transaction_per_migration


def walk(script: Any, spec: str | None, since: str | None) -> list[Any]:
    """Revisions in upgrade order: all, a ``base:head`` range, or those after ``since``."""
    if spec and since:
        raise ConfigurationError("Give a revision range or --since, not both.")
    if since:
        found = list(script.walk_revisions(since, "heads"))
        found = [s for s in found if s.revision != script.get_revision(since).revision]
    elif spec:
        if ":" not in spec:
            return [script.get_revision(spec)]
        base, _, head = spec.partition(":")
        found = list(script.walk_revisions(base or "base", head or "heads"))
    else:
        found = list(script.walk_revisions("base", "heads"))
    found.reverse()
    return found


def changed_since(script: Any, ref: str, cwd: str) -> list[Any]:
    """Revisions whose files git reports added or changed since ``ref`` (committed or not)."""
    if ref.startswith("-"):  # git would read it as an option (--output=FILE writes a file)
        raise ConfigurationError(
            f"--changed-since takes a git ref, not {ref!r}.", hint="For example: origin/main"
        )
    paths: set[str] = set()
    for args in (
        ["git", "diff", "--name-only", "--diff-filter=AMR", ref, "--"],
        ["git", "ls-files", "--others", "--exclude-standard", "--full-name"],
    ):
        try:
            out = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=True)
        except FileNotFoundError as exc:
            raise ConfigurationError("--changed-since needs git, which is not installed.") from exc
        except subprocess.CalledProcessError as exc:
            raise ConfigurationError(
                f"git cannot compare with {ref!r}: {exc.stderr.strip().splitlines()[-1:]}",
                hint="Name a ref git knows (fetch it first in CI: git fetch origin main).",
            ) from exc
        top = _git_top(cwd)
        paths.update(os.path.realpath(os.path.join(top, p)) for p in out.stdout.splitlines())
    chosen = [s for s in walk(script, None, None) if os.path.realpath(s.path) in paths]
    return chosen


def _git_top(cwd: str) -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, text=True
    )
    return out.stdout.strip() or cwd


def target(dialect: str, version: str | None, database: str = "") -> Target:
    """The target of ``dialect`` at ``version`` (else the dialect's default version)."""
    if dialect not in DIALECTS:
        raise ConfigurationError(
            f"Unknown dialect {dialect!r}.", hint=f"Use one of: {', '.join(DIALECTS)}."
        )
    try:
        parsed = parse_version(version) if version else DEFAULT_VERSIONS[dialect]
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from exc
    return Target(dialect, parsed, database)


def dialect_of(engine_or_dialect: Any) -> str:
    """Our dialect name for an engine's dialect; MariaDB once the dialect knows it."""
    dialect = getattr(engine_or_dialect, "dialect", engine_or_dialect)
    name = str(dialect.name)
    if name == "mysql" and getattr(dialect, "is_mariadb", False):
        return "mariadb"
    return name


def is_multidb(scripts: Sequence[Any]) -> bool:
    """Whether the revisions are multi-database ones (``upgrade(engine_name)``)."""
    import inspect

    for script in scripts[:1]:
        return bool(inspect.signature(script.module.upgrade).parameters)
    return False


def pending(config: Any, script: Any) -> list[tuple[str, Any, list[Any], bool]]:
    """Per database: (bind, its connection's dialect, the revisions it has not applied,
    whether each revision runs in its own transaction), read through env.py."""
    from alembic.runtime.environment import EnvironmentContext

    found: list[tuple[str, Any, list[Any], bool]] = []

    def read(rev: Any, context: Any) -> list[Any]:
        heads = tuple(context.get_current_heads())
        steps = steps_to(script, "heads", heads, "upgrade")
        database = binds.bind_of(context)
        per_migration = bool(context.opts.get("transaction_per_migration", False))
        dialect = context.connection.dialect if context.connection is not None else context.dialect
        found.append((database, dialect, [step.revision for step in steps], per_migration))
        return []

    with EnvironmentContext(config, script, fn=read, dont_mutate=True):
        script.run_env()
    return found
