"""The fleet's clean API: upgrade every tenant (:func:`upgrade_all`), and where they stand
(:func:`tenant_status`). Values and :class:`~flask_migrations.errors.MigrationError`; no output.

One invocation of ``upgrade --all-tenants``:

1. migrates the shared part (``shared@head``) when it is behind, under the database's migration
   lock, exactly as ``flask db upgrade shared@head`` does;
2. creates the run (discovering the tenants and reading every tenant's version in batches:
   those already at the target are recorded as skipped and never start Alembic), or joins the
   run of the same id;
3. runs its workers until no tenant of the run is left, and returns the run as it ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

import sqlalchemy as sa

from ..errors import ConfigurationError, Interrupted, NotUpToDateError
from . import databases, settings, store
from .worker import RECYCLED, WORKER_FAILED, Job, TenantDone, encode, work

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

    from ..extension import MigrateState


@dataclass
class FleetResult:
    """How a fleet run stands when this invocation's workers are done."""

    run: store.Run
    #: The failed tenants with their errors, in the run's order.
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: The steps the shared part ran in this invocation.
    shared_steps: int = 0
    #: Whether this invocation created the run (else it joined or resumed it).
    created: bool = True


@dataclass(frozen=True)
class Options:
    """The options of one ``upgrade --all-tenants``."""

    revision: str | None = None
    jobs: int = 1
    run_id: str | None = None
    resume: bool = False
    retry_failed: bool = False
    canary: Sequence[str] = ()
    max_failures: str | None = None  # "N" or "P%"
    lease: float | None = None
    report: str = "plain"
    alembic_lines: bool = False
    #: ``processes`` (worker processes here) or ``celery`` (worker loops as Celery tasks).
    executor: str = "processes"
    app_import_path: str | None = None
    #: The safety settings (None: from Migrate() or the config): the lock timeout for the
    #: shared part and the workers' shared lock, the statement timeouts for every tenant.
    lock_timeout: float | None = None
    statement_timeout: float | None = None
    table_lock_timeout: float | None = None


def _engine(state: MigrateState, tenants: settings.Tenants) -> tuple[Any, bool]:
    """A sync engine of the default database (the run tables' home), and whether it was made
    here; refused where the fleet's kind of tenant cannot work."""
    from ..lock import sync_engine
    from ..targets import engines_by_bind

    engine, made = sync_engine(engines_by_bind(state)[""])
    name = engine.dialect.name
    database = tenants.kind == "database" and name in ("postgresql", "mysql", "mariadb")
    if name != "postgresql" and not database:
        if made:
            engine.dispose()
        raise ConfigurationError(
            f"A fleet of {tenants.kind}s per tenant needs PostgreSQL"
            + (" or MySQL/MariaDB" if tenants.kind == "database" else "")
            + f"; the default database is {name}.",
            hint="See docs/fleet.md for the layouts that work.",
        )
    return engine, made


def budget(value: str | None, total: int) -> int | None:
    """``--max-failures`` as a number of tenants: ``N``, or ``P%`` of ``total`` (at least 1)."""
    if value is None:
        return None
    text = value.strip()
    try:
        if text.endswith("%"):
            percent = float(text[:-1])
            if not 0 < percent <= 100:
                raise ValueError
            return max(1, int(total * percent / 100))
        number = int(text)
        if number < 1:
            raise ValueError
        return number
    except ValueError:
        raise ConfigurationError(
            f"--max-failures {value!r} is not a number of tenants or a percentage.",
            hint="Give a whole number of at least 1 (--max-failures 5) or a percentage"
            " (--max-failures 2%).",
        ) from None


def upgrade_all(
    directory: str | None = None,
    x_arg: Sequence[str] = (),
    options: Options | None = None,
    on_tenant: Callable[[TenantDone], None] | None = None,
) -> FleetResult:
    """Upgrade the shared part, then every tenant, with ``options.jobs`` worker processes."""
    from ..api import _state
    from ..deploy import settings as deploy_settings

    opts = options or Options()
    state = _state()
    tenants = settings.required(state)
    folder = settings.tenant_folder(state, tenants, directory)
    shared = settings.shared_folder(state, tenants, directory)
    script = _script(folder, x_arg)
    engine, made = _engine(state, tenants)
    safety = {
        "lock_timeout": opts.lock_timeout,
        "statement_timeout": opts.statement_timeout,
        "table_lock_timeout": opts.table_lock_timeout,
    }
    chosen = deploy_settings(state, **safety)
    try:
        # Everything that can be refused is, before anything changes.
        budget(opts.max_failures, 1)
        names = None if opts.resume or opts.retry_failed else _discovered(tenants, opts.canary)
        shared_steps = _shared_part(state, engine, shared, x_arg, safety)
        store.ensure_tables(engine)
        run, created = _the_run(state, tenants, script, engine, names, opts)
        job = _job(
            run.id,
            folder,
            x_arg,
            opts,
            tenants,
            target=run.target,
            lock_timeout=chosen.lock_timeout,
            statement_timeout=chosen.statement_timeout,
            table_lock_timeout=chosen.table_lock_timeout,
        )
        if run.status == "running":
            _work_or_interrupted(job, opts, tenants, engine, on_tenant, "upgrade --all-tenants")
        return _result(engine, run.id, shared_steps, created)
    finally:
        if made:
            engine.dispose()


def _script(folder: str, x_arg: Sequence[str]) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    from ..api import _config

    return ScriptDirectory.from_config(_config(folder, list(x_arg)))


def _shared_part(
    state: MigrateState,
    engine: Any,
    folder: str | None,
    x_arg: Sequence[str],
    safety: dict[str, Any],
) -> int:
    """Upgrade the shared part (the application's folder) when it is behind; the number of
    steps it ran."""
    from .. import api

    if folder is None:
        return 0
    want = frozenset(_script(folder, x_arg).get_heads())
    if not want or _shared_heads(state, engine) == want:
        return 0
    return len(api.upgrade(folder, revision="heads", x_arg=list(x_arg), **safety).steps)


def _shared_heads(state: MigrateState, engine: Any) -> frozenset[str]:
    table = state._configure_args.get("version_table", "alembic_version")
    schema = state._configure_args.get("version_table_schema")
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table(table, schema=schema):
            return frozenset()
        t = sa.table(table, sa.column("version_num"), schema=schema)
        return frozenset(connection.execute(sa.select(t.c.version_num)).scalars())


def _discovered(tenants: settings.Tenants, canary: Sequence[str]) -> list[str]:
    """The tenant names; the canaries must be among them."""
    names = settings.discover(tenants)
    unknown = [name for name in canary if name not in names]
    if unknown:
        raise ConfigurationError(
            f"--canary names {', '.join(unknown)}, which tenant discovery did not return.",
            hint="Give tenants that exist, separated by commas.",
        )
    return names


def _the_run(
    state: MigrateState,
    tenants: settings.Tenants,
    script: ScriptDirectory,
    engine: Any,
    names: list[str] | None,
    opts: Options,
) -> tuple[store.Run, bool]:
    """The run to work on: resumed, joined by id, or created."""
    if opts.resume or opts.retry_failed:
        with engine.connect() as connection, connection.begin():
            if opts.run_id is not None:
                run = store.read_run(connection, opts.run_id)
            else:
                run = store.latest_run(connection, unfinished=not opts.retry_failed)
        if run is None:
            what = f"run {opts.run_id}" if opts.run_id else "no unfinished run"
            raise ConfigurationError(
                f"There is {what} to continue." if not opts.run_id else f"There is no {what}.",
                hint="Start one with 'flask db upgrade --all-tenants'.",
            )
        store.reopen(engine, run.id, opts.retry_failed)
        with engine.connect() as connection, connection.begin():
            again = store.read_run(connection, run.id)
        assert again is not None
        return again, False
    assert names is not None
    target = settings.tenant_target(opts.revision)
    rows = _rows(state, tenants, script, engine, names, target, opts.canary)
    return store.create_or_join(
        engine,
        opts.run_id or store.new_run_id(),
        "upgrade",
        target,
        rows,
        budget(opts.max_failures, len(rows)),
    )


def _rows(
    state: MigrateState,
    tenants: settings.Tenants,
    script: ScriptDirectory,
    engine: Any,
    names: list[str],
    target: str,
    canary: Sequence[str],
) -> list[store.NewTenant]:
    """A row per discovered tenant: (name, canary, pending or skipped, its revisions)."""
    try:
        want = settings.target_heads(script, target)
    except Exception:  # noqa: BLE001 - a relative target: every tenant goes to Alembic
        want = frozenset()
    with engine.connect() as connection:
        found = databases.revisions(state, tenants.kind, connection, names)
    first = [n for n in names if n in canary]
    rest = [n for n in names if n not in canary]
    rows = []
    for name in first + rest:
        heads = found[name]
        status = "skipped" if want and heads == want else "pending"
        rows.append(store.NewTenant(name, status, " ".join(sorted(heads)), name in canary))
    return rows


def _work(
    job: Job,
    opts: Options,
    tenants: settings.Tenants,
    engine: Any,
    on_tenant: Callable[[TenantDone], None] | None,
) -> None:
    """Run the workers of this invocation until the run has no work left for them."""
    jobs = opts.jobs
    with engine.connect() as connection:
        if store.open_work(connection, job.run_id) == 0:
            store.close_run(connection, job.run_id)
            return
    if opts.executor == "celery":
        _on_celery(job, jobs, tenants, engine)
        return
    if jobs <= 1:
        job.recycle = 0  # one worker in this process: nothing to replace
        work(job, on_tenant)
        return
    _processes(job, jobs)


def _job(
    run_id: str,
    folder: str,
    x_arg: Sequence[str],
    opts: Options,
    tenants: settings.Tenants,
    **settings_of_run: Any,
) -> Job:
    """What every worker of run ``run_id`` needs to know, from the command's options."""
    return Job(
        run_id=run_id,
        directory=folder,
        x_arg=list(x_arg),
        lease=opts.lease or tenants.lease,
        recycle=tenants.recycle,
        app_import_path=opts.app_import_path,
        report=opts.report,
        alembic_lines=opts.alembic_lines,
        **settings_of_run,
    )


def _work_or_interrupted(
    job: Job,
    opts: Options,
    tenants: settings.Tenants,
    engine: Any,
    on_tenant: Callable[[TenantDone], None] | None,
    again: str,
) -> None:
    """Work on the run; Ctrl-C becomes the report that says how to go on (``again``)."""
    try:
        _work(job, opts, tenants, engine, on_tenant)
    except KeyboardInterrupt as exc:
        raise _interrupted(job.run_id, again) from exc


def _on_celery(job: Job, jobs: int, tenants: settings.Tenants, engine: Any) -> None:
    """Send the worker loops to Celery and wait for the run to end (the state is in the run
    table, so waiting is reading it)."""
    from .celery_executor import start

    if tenants.celery is None:
        raise ConfigurationError(
            "--executor celery needs the Celery application in Tenants(celery=...).",
            hint="See 'Celery' in docs/fleet.md.",
        )
    start(tenants.celery, job, jobs)
    with engine.connect() as connection:
        while store.open_work(connection, job.run_id) and (
            store.run_status(connection, job.run_id) == "running"
        ):
            time.sleep(0.5)


def _spawn(job: Job) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "flask_migrations.fleet.process", encode(job)]
    return subprocess.Popen(command, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _processes(job: Job, jobs: int) -> None:
    """Keep ``jobs`` worker processes going: a recycled one is replaced, and so is one that
    died while work remains (its tenant is taken again when its lease runs out)."""
    running = [_spawn(job) for _ in range(jobs)]
    deaths = 0
    try:
        while running:
            time.sleep(0.1)
            for process in list(running):
                code = process.poll()
                if code is None:
                    continue
                running.remove(process)
                if code == 130:
                    raise KeyboardInterrupt
                if code == WORKER_FAILED:
                    raise ConfigurationError(
                        "A worker process stopped with the error above; the tenants it had"
                        " not started wait in the run table.",
                        hint="Fix the cause, then continue with 'flask db upgrade"
                        f" --all-tenants --resume --run-id {job.run_id}'.",
                    )
                if code != 0:
                    deaths += code != RECYCLED
                    if deaths <= 3 * jobs:
                        running.append(_spawn(job))
    except BaseException:
        _stop_all(running)
        raise


def _stop_all(processes: list[subprocess.Popen[bytes]]) -> None:
    """Ctrl-C or SIGTERM: each worker puts its tenant back (rolled back) and ends."""
    import signal

    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
    deadline = time.monotonic() + 30
    for process in processes:
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _result(engine: Any, run_id: str, shared_steps: int, created: bool) -> FleetResult:
    with engine.connect() as connection, connection.begin():
        run = store.read_run(connection, run_id)
        rows = store.tenant_rows(connection, run_id)
    assert run is not None
    failed = [(r.tenant, r.error or "") for r in rows if r.status == "failed"]
    return FleetResult(run, failed, shared_steps, created)


def downgrade_all(
    directory: str | None = None,
    x_arg: Sequence[str] = (),
    undo: str | None = None,
    options: Options | None = None,
    on_tenant: Callable[[TenantDone], None] | None = None,
) -> FleetResult:
    """Undo what the upgrade run ``undo`` (default: the last one) did: every tenant it
    migrated goes back to where that run found it, in a run of its own, ``undo-<ID>`` (so
    several invocations of the same undo share it). A tenant that moved since is not touched
    and is reported failed. The shared part is left as it is."""
    from ..api import _state

    opts = options or Options()
    state = _state()
    tenants = settings.required(state)
    folder = settings.tenant_folder(state, tenants, directory)
    engine, made = _engine(state, tenants)
    try:
        store.ensure_tables(engine)
        original, rows = _undone(state, tenants, engine, undo)
        run, created = store.create_or_join(
            engine, f"undo-{original.id}", "downgrade", f"undo {original.id}", rows, None
        )
        job = _job(run.id, folder, x_arg, opts, tenants, target="base", direction="downgrade")
        if run.status == "running":
            again = "downgrade --all-tenants --undo " + original.id
            _work_or_interrupted(job, opts, tenants, engine, on_tenant, again)
        return _result(engine, run.id, 0, created)
    finally:
        if made:
            engine.dispose()


def _undone(
    state: MigrateState, tenants: settings.Tenants, engine: Any, undo: str | None
) -> tuple[store.Run, list[store.NewTenant]]:
    """The upgrade run to undo, and a row for each tenant it moved."""
    with engine.connect() as connection, connection.begin():
        if undo is not None:
            original = store.read_run(connection, undo)
        else:
            original = store.latest_run(connection, direction="upgrade")
        moved = []
        if original is not None:
            moved = [
                r
                for r in store.tenant_rows(connection, original.id)
                if r.status == "done" and r.from_revisions != r.to_revisions
            ]
    if original is None or original.direction != "upgrade":
        raise ConfigurationError(
            f"There is no upgrade run {undo} to undo." if undo else "There is no run to undo.",
            hint="Name one with --undo RUN_ID ('flask db status --tenants' shows the last).",
        )
    if tenants.kind == "database":
        settings.discover(tenants)  # the URLs of the tenants, when discovery gives URLs
    with engine.connect() as connection:
        found = databases.revisions(state, tenants.kind, connection, [r.tenant for r in moved])
    rows = []
    for r in moved:
        now = " ".join(sorted(found[r.tenant]))
        if now != (r.to_revisions or ""):
            error = (
                f"It is at {now or 'no revision'} now, not at {r.to_revisions or 'no revision'}"
                f" where run {original.id} left it: not undone."
            )
            rows.append(store.NewTenant(r.tenant, "failed", now, error=error))
        else:
            back = r.from_revisions or "base"
            rows.append(store.NewTenant(r.tenant, "pending", now, target=back))
    return original, rows


def _interrupted(run_id: str, command: str = "upgrade --all-tenants") -> Interrupted:
    return Interrupted(
        f"Interrupted: fleet run {run_id} stopped; the tenants being migrated were rolled back"
        " and wait in the run table with those not yet started.",
        hint=f"Continue it with 'flask db {command} --resume --run-id {run_id}'."
        if command.startswith("upgrade")
        else f"Continue it with 'flask db {command}'.",
    )


@dataclass
class TenantStatus:
    """Where every tenant stands, and how the last run went."""

    target: str
    target_heads: list[str]
    #: The tenants at each set of revisions ("" for those never migrated), most first.
    by_revision: dict[str, list[str]]
    #: The last run, and its failed tenants with their errors.
    run: store.Run | None
    failed: list[tuple[str, str]]

    @property
    def tenants(self) -> int:
        return sum(len(names) for names in self.by_revision.values())

    @property
    def behind(self) -> list[str]:
        at = " ".join(self.target_heads)
        return [n for heads, names in self.by_revision.items() if heads != at for n in names]

    @property
    def never_migrated(self) -> list[str]:
        return list(self.by_revision.get("", []))


def tenant_status(
    directory: str | None = None, x_arg: Sequence[str] = (), check: bool = False
) -> TenantStatus:
    """How many tenants are at each revision, which never were migrated, and which failed in
    the last run. With ``check``, raise :class:`NotUpToDateError` when a tenant is not at the
    target."""
    from ..api import _state

    state = _state()
    tenants = settings.required(state)
    names = settings.discover(tenants)
    script = _script(settings.tenant_folder(state, tenants, directory), x_arg)
    target = settings.tenant_target(None)
    want = sorted(settings.target_heads(script, target))
    engine, made = _engine(state, tenants)
    try:
        with engine.connect() as connection:
            found = databases.revisions(state, tenants.kind, connection, names)
            run, rows = None, []
            if store.has_tables(connection):
                run = store.latest_run(connection)
                rows = store.tenant_rows(connection, run.id) if run is not None else []
    finally:
        if made:
            engine.dispose()
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(" ".join(sorted(found[name])), []).append(name)
    ordered = dict(sorted(groups.items(), key=lambda item: -len(item[1])))
    failed = [(r.tenant, r.error or "") for r in rows if r.status == "failed"]
    result = TenantStatus(target, want, ordered, run, failed)
    if check:
        check_tenants(result)
    return result


def check_tenants(found: TenantStatus) -> None:
    """Raise :class:`NotUpToDateError` when a tenant is not at the target or failed."""
    if not found.behind and not found.failed:
        return
    failed = f"; {len(found.failed)} failed in run {found.run.id}" if found.run else ""
    raise NotUpToDateError(
        f"{len(found.behind)} of {found.tenants} tenants are not at the target"
        f" ({' '.join(found.target_heads)})"
        + (failed if found.failed else "")
        + ".",
        hint="Run 'flask db upgrade --all-tenants' (or --retry-failed).",
    )
