"""The built-in checks of ``pytest --migrations``: each a function that raises
:class:`CheckFailed` naming the revision, its file and the object.

The graph checks read the revision files only. The database checks run on throwaway databases
(:mod:`.throwaway`) through the clean API, as ``flask db upgrade``/``downgrade``/``check``
would: upgrade from empty to head, the models against head, head back to base, and the
stairway (upgrade, downgrade, upgrade) of every revision with the schema compared before the
upgrade and after the downgrade.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import api
from ..alembic_private import scripts_read_once
from ..history_table import OWN_TABLES
from ..probe import bind_of, each_database, quietly
from . import schema
from .apps import dispose, engines_for, pointed
from .throwaway import ThrowawayError

if TYPE_CHECKING:
    from alembic.script import Script, ScriptDirectory
    from flask import Flask
    from sqlalchemy.engine import URL


class CheckFailed(Exception):
    """A check found a defect; the message is what the test report shows."""


def where(sc: Script) -> str:
    """``revision 1a2b3c (migrations/versions/1a2b3c_add_tag.py)``."""
    return f"revision {sc.revision} ({os.path.relpath(sc.path)})"


def _parents(sc: Script) -> tuple[str, ...]:
    down = sc.down_revision
    if down is None:
        return ()
    return (down,) if isinstance(down, str) else tuple(down)


def _depends(sc: Script) -> tuple[str, ...]:
    deps = sc.dependencies
    if deps is None:
        return ()
    return (deps,) if isinstance(deps, str) else tuple(deps)


# -- the revision graph: files only --------------------------------------------------------


def every_file(script: ScriptDirectory) -> list[Script]:
    """Every revision file, read one by one: a broken graph (duplicates, missing parents,
    cycles) stops Alembic's revision map, but each file still names itself. (The one use of
    Alembic's private ``_load_revisions``.)"""
    return list(script._load_revisions())


def unique_ids(files: list[Script]) -> None:
    seen: dict[str, list[Script]] = {}
    for sc in files:
        seen.setdefault(sc.revision, []).append(sc)
    twice = [
        f"revision {rev} is defined by {len(scs)} files: "
        + ", ".join(os.path.relpath(sc.path) for sc in scs)
        for rev, scs in sorted(seen.items())
        if len(scs) > 1
    ]
    if twice:
        raise CheckFailed("\n".join(twice) + "\nGive each its own id (its file name too).")


def parents_exist(files: list[Script]) -> None:
    ids = {sc.revision for sc in files}
    missing = [
        f"{where(sc)} points at {what} {parent}, which no revision file defines"
        for sc in files
        for what, ids_of in (("parent", _parents), ("dependency", _depends))
        for parent in ids_of(sc)
        if parent not in ids
    ]
    if missing:
        raise CheckFailed("\n".join(missing))


def no_cycle(files: list[Script]) -> None:
    by_id = {sc.revision: sc for sc in files}
    done: set[str] = set()

    def visit(rev: str, path: list[str]) -> list[str] | None:
        if rev in path:
            return path[path.index(rev) :] + [rev]
        if rev in done or rev not in by_id:
            return None
        for parent in _parents(by_id[rev]) + _depends(by_id[rev]):
            found = visit(parent, [*path, rev])
            if found:
                return found
        done.add(rev)
        return None

    for rev in sorted(by_id):
        cycle = visit(rev, [])
        if cycle:
            files_of = ", ".join(os.path.relpath(by_id[r].path) for r in cycle[:-1])
            raise CheckFailed(
                f"revisions {' -> '.join(cycle)} form a cycle (each names the next as its"
                f" parent): {files_of}"
            )


def head_count(script: ScriptDirectory, expected: int) -> None:
    heads = script.get_heads()
    if len(heads) == expected:
        return
    named = ", ".join(where(script.get_revision(h)) for h in heads)
    hint = " Merge them with 'flask db merge heads'." if len(heads) > expected else ""
    raise CheckFailed(
        f"{len(heads)} heads where {expected} {'is' if expected == 1 else 'are'} expected:"
        f" {named}.{hint} (The ini option migrations_heads sets how many are expected.)"
    )


# -- the database checks ---------------------------------------------------------------------


@dataclass
class Databases:
    """The throwaway databases the checks run on, one per database of the application."""

    app: Flask
    create: Callable[[Flask], dict[Any, URL]]
    drop: Callable[[URL], None]
    urls: dict[Any, URL] = field(default_factory=dict)
    engines: dict[Any, Any] = field(default_factory=dict)
    failed: bool = False
    #: The ScriptDirectory of each migrations folder, read once
    #: (see :func:`~flask_migrations.alembic_private.scripts_read_once`).
    scripts: dict[tuple[str, str | None], Any] = field(default_factory=dict)
    #: The heads the stairway left the databases at; None when another check moved them.
    heads: frozenset[str] | None = None

    def fresh(self) -> None:
        """New empty databases (the old ones dropped); once they cannot be made, the checks
        after the first that says why are skipped."""
        if self.failed:
            import pytest

            pytest.skip("no throwaway database: see the first database check")
        self.close()
        try:
            self.urls = self.create(self.app)
        except ThrowawayError:
            self.failed = True
            raise
        self.engines = engines_for(self.app, self.urls)
        self.heads = frozenset()

    def close(self) -> None:
        dispose(self.engines)
        for url in self.urls.values():
            self.drop(url)
        self.urls, self.engines, self.heads = {}, {}, None

    @contextmanager
    def reached(self) -> Iterator[Flask]:
        """The app, in an app context, with its engines on these databases."""
        if not self.urls:
            self.fresh()
        with (
            pointed(self.app, self.engines),
            self.app.app_context(),
            quietly(),
            scripts_read_once(self.scripts),
        ):
            yield self.app


def _config(app: Flask) -> Any:
    state = app.extensions["migrate"]
    return state.migrate.get_config(state.directory)


def _failed(doing: str, exc: api.MigrationError) -> CheckFailed:
    hint = f"\n{exc.hint}" if exc.hint else ""
    return CheckFailed(f"{doing} failed: {exc.message}{hint}")


# A throwaway database needs no migration lock and no history rows: the checks leave them out
# (the migrations themselves run as 'flask db upgrade' runs them).


def _up(revision: str = "head") -> api.MigrationResult:
    return api.upgrade(revision=revision, lock=False, history=False)


def _down(revision: str) -> api.MigrationResult:
    return api.downgrade(revision=revision, lock=False, history=False)


def upgrade_to_head(dbs: Databases) -> None:
    dbs.fresh()
    dbs.heads = None
    with dbs.reached():
        try:
            _up()
        except api.MigrationError as exc:
            raise _failed("upgrade from an empty database to head", exc) from None


def _to_head(dbs: Databases, script: ScriptDirectory) -> None:
    """Bring the databases to head (on new ones when they are elsewhere, as under xdist)."""
    dbs.heads = None
    heads = set(script.get_heads())
    with dbs.reached():
        if all(set(r.heads) == heads for r in api.current()):
            return
    dbs.fresh()
    with dbs.reached():
        try:
            _up()
        except api.MigrationError:
            import pytest

            pytest.skip("the databases cannot reach head: see the check 'upgrade to head'")


def models_match(dbs: Databases, script: ScriptDirectory) -> None:
    _to_head(dbs, script)
    with dbs.reached():
        try:
            api.check()
        except api.SchemaDiffersError as exc:
            heads = ", ".join(where(script.get_revision(h)) for h in script.get_heads())
            raise CheckFailed(
                f"the models differ from the database at head ({heads}); a model was changed"
                f" without a revision:\n{exc.message}\nRun 'flask db migrate' to write one."
            ) from None


def snapshot(app: Flask, quick: bool = False) -> dict[str, schema.Facts]:
    """The schema of each database (by bind), less the version and history tables; ``quick``:
    a cheaper record where the database keeps one (SQLite's DDL), to tell equal from not."""
    read = schema.fingerprint if quick else schema.read

    def visit(context: Any) -> tuple[str, schema.Facts]:
        skip = {context.version_table, *OWN_TABLES}
        return bind_of(context), read(context.connection, skip)

    return dict(each_database(_config(app), visit))


def _lines(before: dict[str, schema.Facts], after: dict[str, schema.Facts]) -> list[str]:
    named = len(after) > 1
    lines = []
    for bind, facts in after.items():
        for line in schema.differences(before.get(bind, {}), facts):
            lines.append(f"{bind or 'default'} database: {line}" if named else line)
    return lines


def downgrade_to_base(dbs: Databases, script: ScriptDirectory) -> None:
    _to_head(dbs, script)
    with dbs.reached() as app:
        try:
            _down("base")
        except api.MigrationError as exc:
            raise _failed("downgrade from head to base", exc) from None
        left = _lines({}, snapshot(app))
    if left:
        raise CheckFailed(
            "downgrade from head to base leaves more than the version table"
            " (the stairway check names the revision):\n" + "\n".join(left)
        )


def stairway(dbs: Databases, script: ScriptDirectory, sc: Script) -> None:
    """Upgrade ``sc``, downgrade it, upgrade again; the downgrade must undo the upgrade.

    The databases go on from where the previous revision's stairway left them when that is
    ``sc``'s parents; else (a first revision, a failure before, another order under xdist)
    they start anew and are brought to the parents.
    """
    parents = frozenset(_parents(sc))
    heads = dbs.heads
    if not parents or heads is None or not parents <= heads:
        dbs.fresh()
        with dbs.reached():
            for parent in sorted(parents):
                try:
                    _up(parent)
                except api.MigrationError:
                    import pytest

                    pytest.skip(f"the parent {parent} of {sc.revision} cannot be reached")
        heads = parents
    dbs.heads = None  # unknown until this stairway succeeds
    with dbs.reached() as app:
        before = snapshot(app, quick=True)
        _run(sc, "upgrade", lambda: _up(sc.revision))
        _run(sc, "downgrade", lambda: _down(_below(sc)))
        if snapshot(app, quick=True) != before:
            _left_behind(dbs, sc)
        _run(sc, "upgrade after its downgrade", lambda: _up(sc.revision))
    dbs.heads = (heads - parents) | {sc.revision}


def _run(sc: Script, doing: str, step: Callable[[], Any]) -> None:
    try:
        step()
    except api.MigrationError as exc:
        raise _failed(f"{where(sc)}: {doing}", exc) from None


def _left_behind(dbs: Databases, sc: Script) -> None:
    """Fail with what the downgrade left, took or changed, object by object: the schema after
    it read in full, then the schema before the upgrade read anew on new databases."""
    with dbs.reached() as app:
        after = snapshot(app)
    dbs.fresh()
    with dbs.reached() as app:
        for parent in _parents(sc):
            _up(parent)
        lines = _lines(snapshot(app), after)
    raise CheckFailed(f"{where(sc)}: the downgrade does not undo the upgrade:\n" + "\n".join(lines))


def _below(sc: Script) -> str:
    parents = _parents(sc)
    return parents[0] if parents else f"{sc.revision}-1"


def offline_sql(dbs: Databases, sc: Script) -> None:
    """``upgrade --sql`` and ``downgrade --sql`` render the revision without a database."""
    parents = _parents(sc)
    start = parents[0] if parents else "base"
    with dbs.reached():
        for doing, run in (
            ("upgrade --sql", lambda: api.upgrade(revision=f"{start}:{sc.revision}", sql=True)),
            ("downgrade --sql", lambda: api.downgrade(revision=f"{sc.revision}:{start}", sql=True)),
        ):
            try:
                run()
            except api.MigrationError as exc:
                raise _failed(f"{where(sc)}: {doing}", exc) from None
