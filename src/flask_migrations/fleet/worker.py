"""One fleet worker: claim a tenant, migrate it in its own transaction, record it, repeat.

A worker is a process (Alembic keeps its ``context`` and ``op`` as module globals, so tenants
are never migrated by threads side by side). ``--jobs 1`` runs one worker in the command's own
process; more are started as ``python -m flask_migrations.fleet.process JOB`` subprocesses that
load the application as ``flask`` does. All a worker knows of the run is in the run table, so
a worker of another invocation, on another machine, is no different.

A worker holds at most two connections to the shared database: its control connection (run
table, lease, locks) and the migration's own one (from the application's pool, given back
after each tenant).
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

from . import locks, store

#: Exit code of a worker process that finished its share and should be replaced by a fresh
#: one (``Tenants(recycle=N)``) while work remains.
RECYCLED = 75

#: Exit code of a worker process that could not work (the application did not load, the
#: shared lock timed out, ...): its Error line says why; it is not started again.
WORKER_FAILED = 3

#: Seconds between looks at the run table while other workers hold the last tenants.
_IDLE = 0.25
#: Seconds a tenant whose lock another process holds waits before it is claimed again.
_BUSY = 2.0


@dataclass
class Job:
    """What a worker needs to know; plain values, handed to a worker process as JSON."""

    run_id: str
    target: str
    direction: str = "upgrade"  # or downgrade: each tenant to its own target (an undo run)
    directory: str | None = None
    x_arg: list[str] = field(default_factory=list)
    lease: float = 60.0
    recycle: int = 0  # tenants before the process is replaced (0: never)
    lock_timeout: float = 600.0
    statement_timeout: float | None = None
    table_lock_timeout: float | None = None
    app_import_path: str | None = None
    report: str = "plain"  # tty, plain or quiet: how each tenant's line is written
    alembic_lines: bool = False  # Alembic's own lines for each tenant (flask db -v)


@dataclass
class TenantDone:
    """One tenant finished by a worker: what the progress line and the signal tell."""

    run_id: str
    tenant: str
    status: str  # done or failed
    seconds: float
    from_revisions: str
    to_revisions: str
    error: str | None
    finished: int
    total: int


def work(job: Job, on_tenant: Callable[[TenantDone], None] | None = None) -> int:
    """Migrate tenants of ``job.run_id`` until none is left (0), the run is stopped (0), or
    the worker migrated ``job.recycle`` of them (:data:`RECYCLED`). Needs the app context."""
    from ..lock import sync_engine
    from ..runtime import migrate_state
    from ..targets import engines_by_bind
    from .settings import discover, required

    state = migrate_state()
    tenants = required(state)
    if tenants.kind == "database":
        discover(tenants)  # the tenants' URLs, when discovery gives URLs
    engine, made = sync_engine(engines_by_bind(state)[""])
    try:
        with engine.connect() as control:
            database = locks.database_of(control)
            locks.hold_shared(control, database, job.lock_timeout)
            return _loop(job, state, control, database, on_tenant)
    finally:
        if made:
            engine.dispose()


def _loop(
    job: Job, state: Any, control: Any, database: str, on_tenant: Callable[..., None] | None
) -> int:
    worker = store.worker_name()
    migrated = 0
    while True:
        if store.run_status(control, job.run_id) != "running":
            return 0
        claimed = store.claim(control, job.run_id, worker, job.lease)
        if claimed is None:
            if store.open_work(control, job.run_id) == 0:
                store.close_run(control, job.run_id)
                return 0
            time.sleep(_IDLE)
            continue
        tenant, own_target = claimed
        if not locks.try_tenant(control, database, tenant):
            store.put_back(control, job.run_id, tenant, worker, after=_BUSY)
            time.sleep(_IDLE)
            continue
        try:
            done = _one(job, state, control, tenant, worker, own_target or job.target)
        finally:
            locks.release_tenant(control, database, tenant)
        _judge(control, job.run_id, tenant, done.status)
        _tell(state, done, on_tenant)
        migrated += 1
        if job.recycle and migrated >= job.recycle:
            return RECYCLED


def _one(
    job: Job, state: Any, control: Any, tenant: str, worker: str, target: str
) -> TenantDone:
    """Migrate one claimed tenant and record how it went."""
    before = _heads(state, control, tenant)
    started = time.monotonic()
    error: str | None = None
    try:
        with _leased(control, job, tenant, worker), _version_schema(state, tenant):
            _migrate(job, tenant, target)
    except KeyboardInterrupt:
        store.put_back(control, job.run_id, tenant, worker, after=0)
        raise
    except Exception as exc:  # noqa: BLE001 - the tenant failed; the others go on
        error = _failure_text(exc)
    seconds = time.monotonic() - started
    after = _heads(state, control, tenant)
    outcome = {
        "status": "failed" if error else "done",
        "from_revisions": before,
        "to_revisions": after,
        "duration_ms": int(seconds * 1000),
        "error": error,
    }
    store.finish(control, job.run_id, tenant, worker, outcome)
    finished, total = store.progress(control, job.run_id)
    return TenantDone(
        job.run_id, tenant, str(outcome["status"]), seconds, before, after, error, finished, total
    )


def _migrate(job: Job, tenant: str, target: str) -> None:
    """Run Alembic for one tenant: what ``flask db -x tenant=NAME upgrade TARGET`` (or
    downgrade) does, without the database-wide lock (the tenant's own lock is held)."""
    from .. import api

    x_arg = [*job.x_arg, f"tenant={tenant}"]
    logger = logging.getLogger("alembic.runtime.migration")
    level = logger.level
    if not job.alembic_lines:  # a line per tenant is said by the fleet itself
        logger.setLevel(logging.WARNING)
    try:
        move = api.downgrade if job.direction == "downgrade" else api.upgrade
        move(
            job.directory,
            revision=target,
            x_arg=x_arg,
            lock=False,
            statement_timeout=job.statement_timeout,
            table_lock_timeout=job.table_lock_timeout,
        )
    finally:
        logger.setLevel(level)


def _failure_text(exc: BaseException) -> str:
    from flask import current_app

    from ..redact import app_secrets, clean

    text = str(exc) if str(exc) else type(exc).__name__
    return clean(text, app_secrets(current_app))


def _heads(state: Any, control: Any, tenant: str) -> str:
    from .databases import revisions
    from .settings import required

    with control.begin():
        found = revisions(state, required(state).kind, control, [tenant])[tenant]
    return " ".join(sorted(found))


@contextlib.contextmanager
def _version_schema(state: Any, tenant: str) -> Iterator[None]:
    """The Guard's own reads of the history table (edited files, id widths) in the tenant's
    schema for the length of one tenant; the worker runs one command at a time."""
    from .settings import required

    if required(state).kind != "schema":
        yield
        return
    args = state._configure_args
    missing = "version_table_schema" not in args
    saved = args.get("version_table_schema")
    args["version_table_schema"] = tenant
    try:
        yield
    finally:
        if missing:
            args.pop("version_table_schema", None)
        else:
            args["version_table_schema"] = saved


@contextlib.contextmanager
def _leased(control: Any, job: Job, tenant: str, worker: str) -> Iterator[None]:
    """Renew the tenant's lease every third of it while the body runs (a thread that only
    touches the control connection, which the body leaves alone)."""
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(job.lease / 3):
            try:
                store.renew(control, job.run_id, tenant, worker, job.lease)
            except Exception:  # noqa: BLE001 - the tenant's lock still guards it
                return

    thread = threading.Thread(target=renew, name=f"fleet lease {tenant}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _judge(control: Any, run_id: str, tenant: str, status: str) -> None:
    """Stop the run when a canary failed or the failure budget is spent."""
    if status != "failed":
        return
    count, canary = store.failures(control, run_id)
    if canary:
        store.stop(control, run_id, f"canary tenant {tenant} failed")
        return
    with control.begin():
        run = store.read_run(control, run_id)
    if run is not None and run.max_failures is not None and count >= run.max_failures:
        store.stop(
            control,
            run_id,
            f"{count} tenants failed, the failure budget (--max-failures) was {run.max_failures}",
        )


def _tell(state: Any, done: TenantDone, on_tenant: Callable[[TenantDone], None] | None) -> None:
    from flask import current_app

    from .signals import tenant_migrated

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    tenant_migrated.send(app, result=done)
    if on_tenant is not None:
        on_tenant(done)


def encode(job: Job) -> str:
    return json.dumps(asdict(job))
