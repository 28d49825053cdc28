"""The clean API: one Python function per ``flask db`` command.

Each function needs an application context, returns what it did or found (the scripts it
wrote, the revisions it ran, the current revision of each database) and raises
:class:`~flask_migrations.errors.MigrationError`, one exception that says what went wrong and
what to do (the exception it explains is its ``.original``). None of them prints or exits: the
CLI and the Flask-Migrate-compatible top-level functions (:mod:`.inprocess`) do. For example::

    from flask_migrations import api

    with app.app_context():
        result = api.upgrade()            # MigrationResult: .steps, .warnings
        try:
            api.check()
        except api.MigrationError as exc:  # SchemaDiffersError, NotUpToDateError, ...
            ...
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Union

from alembic import command as alembic_command
from alembic.script import Script, ScriptDirectory
from flask import has_app_context

from . import binds, session
from .alembic_private import mark_current
from .commands import FUNCTIONS
from .compat import legacy_event_loop
from .config import TEMPLATES_DIR, Config
from .errors import (
    ConfigurationError,
    DatabaseError,
    Interrupted,
    MigrationError,
    NotUpToDateError,
    RevisionError,
    RevisionFailedError,
    SchemaDiffersError,
)
from .extension import MigrateState
from .fleet.settings import folder_for
from .lock import LockTimeoutError
from .results import AppliedStep, DatabaseRevisions, MigrationResult
from .runtime import migrate_state
from .writing import check_rev_id, listing, literal_message, own_files, writing

if TYPE_CHECKING:
    from alembic.runtime.migration import MigrationContext

    from .deploy import Guard
    from .graph import RevisionGraph
    from .lock import OnWait
    from .lockwait import OnTableWait
    from .planner import DatabasePlan
    from .progress import ExpectedStep, Progress
    from .statuses import DatabaseStatus

XArg = Union[str, Sequence[str], None]

__all__ = [
    "AppliedStep",
    "ConfigurationError",
    "DatabaseError",
    "DatabaseRevisions",
    "Interrupted",
    "LockTimeoutError",
    "MigrationError",
    "MigrationResult",
    "NotUpToDateError",
    "RevisionError",
    "RevisionFailedError",
    "SchemaDiffersError",
    *FUNCTIONS,
    "expected_steps",
    "graph",
]


# -- configuration ---------------------------------------------------------------------------


def _state() -> MigrateState:
    if not has_app_context():
        raise ConfigurationError(
            "Flask-Migrations commands need an application context.",
            hint="Call them inside 'with app.app_context():'.",
        )
    return migrate_state()


def _directory(state: MigrateState, directory: str | os.PathLike[str] | None) -> str:
    return str(directory) if directory is not None else state.directory


def _config(
    directory: str | os.PathLike[str] | None,
    x_arg: XArg = None,
    opts: Sequence[str] = (),
    *,
    must_exist: bool = True,
) -> Config:
    """The Alembic Config of the migrations folder, which must exist unless ``init`` asks."""
    state = _state()
    path = _directory(state, directory)
    x = [x_arg] if isinstance(x_arg, str) else list(x_arg or ())
    if directory is None:  # a command in one tenant: the tenants' own folder, if they have one
        path = folder_for(state, x) or path
    if must_exist and not os.path.isfile(os.path.join(path, "env.py")):
        raise _no_folder(path)
    config = state.migrate.get_config(path, x_arg=x, opts=list(opts))
    # The API returns what it finds and never prints: Alembic's own messages are switched off.
    config.cmd_opts.quiet = True  # type: ignore[union-attr]
    return config


def _no_folder(path: str) -> ConfigurationError:
    """The error for a migrations folder that is not there, naming the absolute path looked at
    and, when the application lives elsewhere, the folder found beside it."""
    from flask import current_app

    where = os.path.abspath(path)
    what = "has no env.py" if os.path.isdir(path) else "does not exist"
    message = f"The migrations folder {where} {what}."
    hint = "Run 'flask db init' to create it, or point to it with -d/--directory."
    root = os.path.abspath(current_app.root_path)
    if not os.path.isabs(path) and root != os.getcwd():
        message += f" (A relative folder is looked up from {os.getcwd()};"
        message += f" the application lives in {root}.)"
        beside = os.path.join(root, path)
        if os.path.isfile(os.path.join(beside, "env.py")):
            hint = (
                f"The application's folder has one: run the command from {root}, or pass"
                f" -d {beside}."
            )
    return ConfigurationError(message, hint=hint)


@contextmanager
def _running(config: Config, guard: Guard | None = None) -> Iterator[list[AppliedStep]]:
    """Run one Alembic command: translate its errors and collect the steps it applies."""
    steps: list[AppliedStep] = []

    def record(ctx: MigrationContext, step: Any, heads: Any, run_args: Any) -> None:
        steps.append(_applied_step(ctx, step))
        if guard is not None:
            guard.on_version_apply(ctx, step, heads, run_args)

    state = _state()
    # The event loop outlives the command, so that explaining a failure (which reads each
    # database's revision through env.py again) still finds it.
    with legacy_event_loop(state, config), session.command(state, config, on_version_apply=record):
        yield steps


def _applied_step(ctx: MigrationContext, step: Any) -> AppliedStep:
    if step.is_stamp:
        direction = "stamp"
    else:
        direction = "upgrade" if step.is_upgrade else "downgrade"
    up = step.up_revision
    return AppliedStep(
        database=binds.bind_of(ctx),
        direction=direction,
        revision=step.up_revision_id,
        from_revisions=tuple(step.source_revision_ids),
        to_revisions=tuple(step.destination_revision_ids),
        message=up.doc if up is not None else None,
    )


def _scripts(result: Script | None | list[Script | None]) -> list[Script]:
    if isinstance(result, list):
        return [s for s in result if s is not None]
    return [result] if result is not None else []


# -- commands that need no database ----------------------------------------------------------


def list_templates() -> list[tuple[str, str]]:
    """The migration environment templates: (name, one-line description) each."""
    found = []
    for path in sorted(TEMPLATES_DIR.iterdir()):
        readme = path / "README"
        if readme.is_file():
            found.append((path.name, readme.read_text().splitlines()[0].strip()))
    return found


def init(
    directory: str | os.PathLike[str] | None = None,
    multidb: bool = False,
    template: str | None = None,
    package: bool = False,
) -> list[Path]:
    """Create a migrations folder; return the folders and files created, in order.

    ``template`` is a template name (see :func:`list_templates`) or the path of a folder that
    holds one. A folder that exists and is not empty is refused and left as it is, except that
    a multi-database template converts an existing single-database folder in place (its
    ``env.py`` and ``script.py.mako``; see :mod:`flask_migrations.convert`).
    """
    from .convert import can_convert, convert_to_multidb
    from .scaffold import create_environment

    state = _state()
    path = Path(_directory(state, directory))
    template_dir, name = None, template or ("flask-multidb" if multidb else "flask")
    if template and _is_template_folder(template):
        template_dir, name = os.path.split(os.path.abspath(template))
    config = state.migrate.call_configure_callbacks(
        Config(str(path / "alembic.ini"), template_directory=template_dir)
    )
    source = Path(config.get_template_directory()) / name
    if can_convert(path, source):  # a single-database folder becomes a multi-database one
        return convert_to_multidb(path, source)
    return create_environment(path, source, package)


def _is_template_folder(template: str) -> bool:
    """Whether ``-t`` names a folder (``./x``, ``x/``, an absolute path, or ``x`` where no
    built-in template has that name and such a folder exists) rather than a built-in one."""
    if "/" in template or "\\" in template or template in (".", ".."):
        return True
    return not (TEMPLATES_DIR / template).is_dir() and os.path.isdir(template)


def _chain(*hooks: Any) -> Any:
    """One ``process_revision_directives`` hook that calls each of ``hooks`` (None: skipped)."""
    given = [hook for hook in hooks if hook is not None]

    def chained(context: Any, revision: Any, directives: Any) -> None:
        for hook in given:
            hook(context, revision, directives)

    return chained


def revision(
    directory: str | os.PathLike[str] | None = None,
    message: str | None = None,
    autogenerate: bool = False,
    sql: bool = False,
    head: str = "head",
    splice: bool = False,
    branch_label: str | Sequence[str] | None = None,
    version_path: str | None = None,
    rev_id: str | None = None,
    depends_on: str | Sequence[str] | None = None,
    x_arg: XArg = None,
    *,
    allow_empty_models: bool = False,
) -> list[Script]:
    """Write a new revision file; return the scripts written.

    With ``autogenerate``, the revision holds the differences between the models and the
    database; when there are none, no file is written and the list is empty. A revision that
    would drop every table of a database because the models define none is refused
    (:class:`RevisionError`) unless ``allow_empty_models``.
    """
    from .empty_models import refuse_dropping_everything

    opts = ["autogenerate"] if autogenerate else []
    config = _config(directory, x_arg, opts)
    labels = (
        branch_label
        if branch_label is None or isinstance(branch_label, str)
        else list(branch_label)
    )
    with _running(config), writing(config) as check_heads, own_files(config, rev_id) as own:
        _check_new_id(config, rev_id, labels)
        result = alembic_command.revision(
            config,
            literal_message(message),
            autogenerate=autogenerate,
            sql=sql,
            head=head,
            splice=splice,
            branch_label=labels,
            version_path=version_path,
            rev_id=own.rev_id,
            depends_on=depends_on,  # type: ignore[arg-type]
            process_revision_directives=_chain(
                own.track,
                check_heads,
                None if allow_empty_models or not autogenerate else refuse_dropping_everything,
            ),
        )
    return _scripts(result)


def _check_new_id(
    config: Config, rev_id: str | None, labels: str | Sequence[str] | None = None
) -> None:
    """Refuse a ``rev_id`` that is no plain name or that the folder already has."""
    check_rev_id(rev_id, None, labels)  # before reading the folder: a bad name is enough
    if rev_id:
        check_rev_id(rev_id, ScriptDirectory.from_config(config), labels)


def migrate(
    directory: str | os.PathLike[str] | None = None,
    message: str | None = None,
    sql: bool = False,
    head: str = "head",
    splice: bool = False,
    branch_label: str | Sequence[str] | None = None,
    version_path: str | None = None,
    rev_id: str | None = None,
    x_arg: XArg = None,
    depends_on: str | Sequence[str] | None = None,
    *,
    allow_empty_models: bool = False,
) -> list[Script]:
    """``revision --autogenerate``: the scripts written, or [] when nothing changed."""
    return revision(
        directory,
        message,
        autogenerate=True,
        sql=sql,
        head=head,
        splice=splice,
        branch_label=branch_label,
        version_path=version_path,
        rev_id=rev_id,
        depends_on=depends_on,
        x_arg=x_arg,
        allow_empty_models=allow_empty_models,
    )


def edit(
    directory: str | os.PathLike[str] | None = None, revision: str = "head", x_arg: XArg = None
) -> list[Script]:
    """Open the revision file(s) ``revision`` names in the editor; return their scripts.

    The editor is ``$EDITOR`` or ``$VISUAL`` (arguments allowed), else a common one on PATH.
    """
    from .editor import open_in_editor

    scripts = show(directory, revision, x_arg)
    if not scripts:
        raise RevisionError(
            f"No revision file for {revision!r}.", hint="See 'flask db history' for the ids."
        )
    for script in scripts:
        open_in_editor(script.path)
    return scripts


def merge(
    directory: str | os.PathLike[str] | None = None,
    revisions: str | Sequence[str] = "heads",
    message: str | None = None,
    branch_label: str | Sequence[str] | None = None,
    rev_id: str | None = None,
    splice: bool = False,
    x_arg: XArg = None,
) -> list[Script]:
    """Write a revision that merges two or more revisions into one."""
    config = _config(directory, x_arg)
    if isinstance(revisions, str):
        revisions = [revisions] if revisions else ["heads"]
    kwargs: dict[str, Any] = {"message": literal_message(message), "branch_label": branch_label}
    if splice:
        kwargs["splice"] = True
    with _running(config), writing(config):
        check_rev_id(rev_id, None, branch_label)
        script = ScriptDirectory.from_config(config)
        check_rev_id(rev_id, script, branch_label)
        found = {s.revision for s in script.get_revisions(list(revisions)) if s is not None}
        if len(found) < 2:  # Alembic would write a plain revision that merges nothing
            raise RevisionError(
                f"Nothing to merge: {', '.join(revisions)} names {len(found)} revision(s);"
                " no file was written.",
                hint="A merge needs two or more heads; see them with 'flask db heads'.",
            )
        try:
            with own_files(config, rev_id) as own:
                result = alembic_command.merge(
                    config, list(revisions), rev_id=own.rev_id, **kwargs
                )
        except TypeError as exc:
            if "splice" not in str(exc):
                raise
            raise ConfigurationError(
                "merge --splice needs Alembic 1.18.5 or newer.",
                hint="Upgrade Alembic, or merge head revisions only.",
            ) from exc
    return _scripts(result)


def heads(
    directory: str | os.PathLike[str] | None = None,
    verbose: bool = False,
    resolve_dependencies: bool = False,
    x_arg: XArg = None,
) -> list[Script]:
    """The head revisions of the migrations folder."""
    config = _config(directory, x_arg)
    with _running(config):
        script = ScriptDirectory.from_config(config)
        if resolve_dependencies:
            return [s for s in script.get_revisions("heads") if s is not None]
        return [s for s in script.get_revisions(script.get_heads()) if s is not None]


def branches(
    directory: str | os.PathLike[str] | None = None, verbose: bool = False, x_arg: XArg = None
) -> list[tuple[Script, list[Script]]]:
    """The branch points: each revision with more than one child, and its children."""
    config = _config(directory, x_arg)
    with _running(config):
        script = ScriptDirectory.from_config(config)
        found = []
        for sc in script.walk_revisions():
            if sc.is_branch_point:
                children = [script.get_revision(rev) for rev in sorted(sc.nextrev)]
                found.append((sc, [c for c in children if c is not None]))
        return found


def show(
    directory: str | os.PathLike[str] | None = None, revision: str = "head", x_arg: XArg = None
) -> list[Script]:
    """The revision(s) a symbol names (``head``, an id, ``current``...)."""
    config = _config(directory, x_arg)
    with _running(config):
        script = ScriptDirectory.from_config(config)
        if revision == "current":
            revs: tuple[str, ...] = tuple(
                h for db in _read_current(config, script) for h in db.heads
            )
            return [s for s in script.get_revisions(revs) if s is not None]
        return [s for s in script.get_revisions(revision) if s is not None]


def history(
    directory: str | os.PathLike[str] | None = None,
    rev_range: str | None = None,
    verbose: bool = False,
    indicate_current: bool = False,
    x_arg: XArg = None,
) -> list[Script]:
    """The revisions in the folder, newest first; ``rev_range`` is ``[start]:[end]``.

    With ``indicate_current`` (or ``current`` in the range), the database is read; with
    ``indicate_current``, the scripts a database is at show ``(current)`` in ``cmd_format()``.
    """
    from .graph import walk

    config = _config(directory, x_arg)
    with _running(config):
        script = ScriptDirectory.from_config(config)
        base: str | None = None
        head: str | None = None
        if rev_range is not None:
            if ":" not in rev_range:
                raise RevisionError(
                    f"History range {rev_range!r} has no colon.",
                    hint="Give it as start:end, start: or :end.",
                )
            base, head = rev_range.strip().split(":", 1)
        currents: tuple[str, ...] = ()
        databases: list[DatabaseRevisions] = []
        if indicate_current or "current" in (base, head):
            databases = _read_current(config, script)
            currents = tuple(h for db in databases for h in db.heads)
        if base == "current":
            base = ",".join(currents) if currents else "base"
        if head == "current":
            head = ",".join(currents) if currents else "base"
        scripts = []
        for sc in walk(script, base or "base", head or "heads"):
            if indicate_current:
                mark_current(sc, sc.revision in currents)
                # with several databases: which ones are at this revision (for the CLI)
                sc.current_databases = tuple(  # type: ignore[attr-defined]
                    db.label for db in databases if sc.revision in db.heads
                ) if len(databases) > 1 else ()
            scripts.append(sc)
        return scripts


def graph(
    directory: str | os.PathLike[str] | None = None,
    rev_range: str | None = None,
    x_arg: XArg = None,
    databases: bool = True,
) -> RevisionGraph:
    """The revision graph, newest first, and where each database stands in it (see
    :mod:`flask_migrations.graph`); ``rev_range`` is ``[start]:[end]``. A database that
    cannot be read is in the graph with the reason; ``databases=False`` reads none."""
    from .graph import read

    config = _config(directory, x_arg)
    with _running(config):
        return read(config, _state(), rev_range, databases)


# -- commands that read or change the database -----------------------------------------------


def _read_current(config: Config, script: ScriptDirectory) -> list[DatabaseRevisions]:
    """The heads each database is at, read through the folder's env.py."""
    from .probe import bind_of, each_database
    from .session import display_url
    from .statuses import script_or_none

    def read(context: MigrationContext) -> DatabaseRevisions:
        heads = tuple(context.get_current_heads())
        return DatabaseRevisions(
            database=bind_of(context),
            url=display_url(context),
            heads=heads,
            # None for a revision no file defines; a file that fails to load raises.
            scripts=[script_or_none(script, head) for head in heads],
        )

    return each_database(config, read, script)


def current(
    directory: str | os.PathLike[str] | None = None,
    verbose: bool = False,
    check_heads: bool = False,
    x_arg: XArg = None,
) -> list[DatabaseRevisions]:
    """The revision(s) each database is at.

    With ``check_heads``, raise :class:`NotUpToDateError` when a database is not at every
    head of the folder.
    """
    config = _config(directory, x_arg)
    with _running(config):
        script = ScriptDirectory.from_config(config)
        found = _read_current(config, script)
        if check_heads:
            want = set(script.get_heads())
            behind = [db.label for db in found if set(db.heads) != want]
            if behind:
                raise NotUpToDateError(
                    f"Database {', '.join(behind)} is not at the head revision(s).",
                    hint="Run 'flask db upgrade'.",
                )
        return found


@dataclass(frozen=True)
class Safety:
    """Flask-Migrations' settings of one upgrade, downgrade or stamp (None: from ``Migrate()``,
    else the config, else the default; see :mod:`flask_migrations.deploy`)."""

    lock: bool | None = None
    lock_timeout: float | None = None
    history: bool | None = None
    statement_timeout: float | None = None
    table_lock_timeout: float | None = None
    #: Called once per database whose lock another process holds, before waiting.
    on_lock_wait: OnWait | None = None
    #: Called every few seconds while a statement waits on a lock another session holds.
    on_table_wait: OnTableWait | None = None
    #: Told of each step as it completes, and of the steps expected (see :mod:`.progress`).
    on_progress: Progress | None = None


def _guard(safety: Safety, script: ScriptDirectory | None = None) -> Guard:
    """The lock and history keeper of one upgrade, downgrade or stamp."""
    from .deploy import Guard, settings

    state = _state()
    given = {k: v for k, v in vars(safety).items() if not k.startswith("on_")}
    return Guard(
        state,
        settings(state, **given),
        safety.on_lock_wait,
        script,
        safety.on_table_wait,
        safety.on_progress,
    )


def _move(
    config: Config,
    run: Callable[[], Any],
    safety: Safety,
    sql: bool,
    check_edits: bool = False,
) -> MigrationResult:
    """The one body of upgrade, downgrade and stamp: lock, record and run ``run`` (Alembic's
    command on ``config``), and return the steps it applied (or, with ``sql``, the script)."""
    buffer = _offline_buffer(config, sql)
    script = ScriptDirectory.from_config(config) if check_edits else None
    guard = _guard(safety, script)
    with _running(config, guard) as steps, guard.hold(offline=sql):
        run()
    return MigrationResult(steps, buffer.getvalue() if buffer else None, list(guard.warnings))


def _offline_buffer(config: Config, sql: bool) -> io.StringIO | None:
    if not sql:
        return None
    buffer = io.StringIO()
    config.output_buffer = buffer
    return buffer


def _load_every_revision(config: Config) -> None:
    """Load every revision file before the database is touched.

    Alembic loads them lazily, after ``stamp --purge`` has emptied the version table; a file
    that fails to load must stop the command while the database is as it was. (upgrade and
    downgrade load them before they change anything.)
    """
    ScriptDirectory.from_config(config).revision_map.heads  # noqa: B018 - loads the files


def _refuse_backwards(config: Config, revision: str) -> None:
    """Refuse an offline upgrade range from a newer revision to an older one.

    Alembic prints an empty script for it, and a deploy pipeline would ship an empty file.
    """
    if ":" not in revision:
        return
    start, end = revision.split(":", 1)
    try:
        below = list(ScriptDirectory.from_config(config).iterate_revisions(start, end))
    except Exception:  # noqa: BLE001 - not a backwards range; Alembic judges the rest
        return
    if below:
        raise RevisionError(
            f"The range {revision} goes backwards: 'upgrade --sql' prints the SQL from an older"
            " revision up to a newer one, and would print nothing.",
            hint=f"For the SQL that undoes these revisions, run 'flask db downgrade {revision}"
            " --sql'.",
        )


def upgrade(
    directory: str | os.PathLike[str] | None = None,
    revision: str = "head",
    sql: bool = False,
    tag: str | None = None,
    x_arg: XArg = None,
    *,
    lock: bool | None = None,
    lock_timeout: float | None = None,
    history: bool | None = None,
    statement_timeout: float | None = None,
    table_lock_timeout: float | None = None,
    on_lock_wait: OnWait | None = None,
    on_table_wait: OnTableWait | None = None,
    on_progress: Progress | None = None,
) -> MigrationResult:
    """Upgrade every database to ``revision``; with ``sql``, return the SQL instead.

    The keyword-only settings override ``Migrate()`` and the config for this call (see
    :mod:`flask_migrations.deploy`); ``on_lock_wait`` is told when another process holds a
    database's lock, ``on_table_wait`` while a statement waits on a table lock another session
    holds, and ``on_progress`` of each step as it completes.
    """
    safety = Safety(
        lock,
        lock_timeout,
        history,
        statement_timeout,
        table_lock_timeout,
        on_lock_wait,
        on_table_wait,
        on_progress,
    )
    config = _config(directory, x_arg)
    if sql:
        _refuse_backwards(config, revision)

    def run() -> None:
        alembic_command.upgrade(config, revision, sql=sql, tag=tag)

    result = _move(config, run, safety, sql, check_edits=True)
    if not result.steps and not sql and not _has_revision_files(config):
        result.warnings.append(
            "The migrations folder has no revisions yet, so there was nothing to upgrade."
            " Run 'flask db migrate' to write the first one from your models."
        )
    return result


def _has_revision_files(config: Config) -> bool:
    return any(
        name.endswith(".py") and name != "__init__.py"
        for names in listing(config).values()
        for name in names
    )


def downgrade(
    directory: str | os.PathLike[str] | None = None,
    revision: str = "-1",
    sql: bool = False,
    tag: str | None = None,
    x_arg: XArg = None,
    *,
    lock: bool | None = None,
    lock_timeout: float | None = None,
    history: bool | None = None,
    statement_timeout: float | None = None,
    table_lock_timeout: float | None = None,
    on_lock_wait: OnWait | None = None,
    on_table_wait: OnTableWait | None = None,
    on_progress: Progress | None = None,
) -> MigrationResult:
    """Downgrade every database to ``revision`` (default: one step back); settings as
    :func:`upgrade`."""
    safety = Safety(
        lock,
        lock_timeout,
        history,
        statement_timeout,
        table_lock_timeout,
        on_lock_wait,
        on_table_wait,
        on_progress,
    )
    config = _config(directory, x_arg)
    target = "head:-1" if sql and revision == "-1" else revision

    def run() -> None:
        alembic_command.downgrade(config, target, sql=sql, tag=tag)

    return _move(config, run, safety, sql)


def stamp(
    directory: str | os.PathLike[str] | None = None,
    revision: str | Sequence[str] = "head",
    sql: bool = False,
    tag: str | None = None,
    purge: bool = False,
    x_arg: XArg = None,
    *,
    lock: bool | None = None,
    lock_timeout: float | None = None,
    history: bool | None = None,
    statement_timeout: float | None = None,
    table_lock_timeout: float | None = None,
    on_lock_wait: OnWait | None = None,
    on_table_wait: OnTableWait | None = None,
    on_progress: Progress | None = None,
) -> MigrationResult:
    """Record ``revision`` as the databases' current revision, running no migration; settings
    as :func:`upgrade`."""
    safety = Safety(
        lock,
        lock_timeout,
        history,
        statement_timeout,
        table_lock_timeout,
        on_lock_wait,
        on_table_wait,
        on_progress,
    )
    config = _config(directory, x_arg)
    revisions = revision if isinstance(revision, str) else list(revision)

    def run() -> None:
        _load_every_revision(config)
        alembic_command.stamp(config, revisions, sql=sql, tag=tag, purge=purge)

    return _move(config, run, safety, sql)


def check(directory: str | os.PathLike[str] | None = None, x_arg: XArg = None) -> None:
    """Raise unless every database is at head and the models match it.

    :raises NotUpToDateError: a database is behind the revision files.
    :raises SchemaDiffersError: the models hold changes that no revision has.
    """
    from .multidb import check_every_database

    config = _config(directory, x_arg)
    with _running(config):
        check_every_database(config)


# -- deploying: status, pending check, plan, accepted edits ----------------------------------


def status(
    directory: str | os.PathLike[str] | None = None, check: bool = False, x_arg: XArg = None
) -> list[DatabaseStatus]:
    """Every revision of each database, oldest first: applied, pending or missing.

    With ``check``, raise :class:`NotUpToDateError` (after reading, applying nothing) when a
    database is behind the files or at a revision no file defines.
    """
    from .statuses import read
    from .statuses import require_up_to_date as check_statuses

    config = _config(directory, x_arg)
    with _running(config):
        found = read(config)
    if check:
        check_statuses(found)
    return found


def plan(
    directory: str | os.PathLike[str] | None = None,
    revision: str = "head",
    direction: str = "upgrade",
    x_arg: XArg = None,
) -> list[DatabasePlan]:
    """What ``upgrade revision`` (or ``downgrade``) would run on each database; runs nothing."""
    from .planner import make

    if direction not in ("upgrade", "downgrade"):
        raise ValueError(f"direction must be 'upgrade' or 'downgrade', not {direction!r}")
    config = _config(directory, x_arg)
    with _running(config):
        return make(config, revision, direction)


def expected_steps(
    directory: str | os.PathLike[str] | None = None,
    revision: str = "head",
    direction: str = "upgrade",
    x_arg: XArg = None,
) -> list[ExpectedStep]:
    """The steps ``upgrade revision`` (or ``downgrade``) would run on each database, with how
    long each took the last time it ran there; runs nothing."""
    from .progress import expected

    config = _config(directory, x_arg)
    with _running(config):
        return expected(config, revision, direction)


def accept_edit(
    directory: str | os.PathLike[str] | None = None, revision: str = "head", x_arg: XArg = None
) -> list[str]:
    """Accept a revision file edited after it was applied; return the databases recorded."""
    from .statuses import accept_edit as accept

    config = _config(directory, x_arg)
    with _running(config):
        return accept(config, revision)
