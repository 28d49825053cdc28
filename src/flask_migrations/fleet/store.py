"""The run table and the tenant table: every fleet run, and a row per tenant of it.

Both live in the shared database (its default schema) and hold all the state of a run, so any
number of invocations, on any number of machines, share a run by its id with no coordinator:

- ``flask_migrations_fleet_run``: one row per run. Its key is the run id, text made of the start
  time and random bits (or the ``--run-id`` given), never a number counted by the database, so
  the rows of a backup restored beside newer ones never collide (the rule of the history table).
- ``flask_migrations_fleet_tenant``: one row per tenant of a run, keyed by (run id, tenant name).

A worker claims the next tenant with ``SELECT ... FOR UPDATE SKIP LOCKED`` and sets a lease
(``lease_until``, the database's clock) that it renews while it works; a tenant whose lease ran
out (its worker died) is claimed again. Times are the database's own (``now()``), so machines
with skewed clocks agree.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import secrets
import socket
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

RUN_TABLE = "flask_migrations_fleet_run"
TENANT_TABLE = "flask_migrations_fleet_tenant"

# run status: running, done (every tenant done or skipped), failed (some failed), stopped
# tenant status: pending, running, done, failed, skipped (already at the target at the start)
FINISHED = ("done", "failed", "skipped")

metadata = sa.MetaData()

runs = sa.Table(
    RUN_TABLE,
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("direction", sa.String(16), nullable=False),  # upgrade or downgrade
    sa.Column("target", sa.String(255), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("stop_reason", sa.Text),
    sa.Column("max_failures", sa.Integer),  # the failure budget, as a number of tenants
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("finished_at", sa.DateTime),
    sa.Column("started_by", sa.String(255)),
)

tenants = sa.Table(
    TENANT_TABLE,
    metadata,
    sa.Column("run_id", sa.String(64), primary_key=True),
    sa.Column("tenant", sa.String(255), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("canary", sa.Boolean, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("worker", sa.String(255)),
    sa.Column("lease_until", sa.DateTime),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("from_revisions", sa.String(1024)),
    sa.Column("to_revisions", sa.String(1024)),
    # this tenant's own target, when it has one (an undo run: where the undone run found it)
    sa.Column("target", sa.String(1024)),
    sa.Column("started_at", sa.DateTime),
    sa.Column("finished_at", sa.DateTime),
    sa.Column("duration_ms", sa.Integer),
    sa.Column("error", sa.Text),
)


def new_run_id() -> str:
    """``20261201-114203-3f9a1c``: sortable by start time, unique without asking anyone."""
    now = datetime.datetime.now(datetime.timezone.utc)
    return f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def worker_name() -> str:
    return f"{socket.gethostname()} pid {os.getpid()}"


def _now() -> Any:
    return sa.func.now()


def _in(connection: Any, seconds: float) -> Any:
    """The database's time ``seconds`` from now."""
    if connection.dialect.name == "postgresql":
        return sa.func.now() + sa.func.make_interval(0, 0, 0, 0, 0, 0, float(seconds))
    return sa.func.timestampadd(sa.text("MICROSECOND"), int(seconds * 1e6), sa.func.now())


@contextlib.contextmanager
def _serialised(engine: Any, key: str) -> Iterator[Any]:
    """A transaction that no other process runs under the same ``key`` at the same time
    (creating the tables, creating a run)."""
    with engine.connect() as connection:
        mysql = connection.dialect.name in ("mysql", "mariadb")
        if mysql:
            name = "flask_migrations:" + hashlib.sha256(key.encode()).hexdigest()[:40]
            with connection.begin():  # a session's lock: it outlives the transaction
                connection.execute(sa.text("SELECT GET_LOCK(:n, 600)"), {"n": name})
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    from ..lock import pg_lock_id

                    query = sa.text("SELECT pg_advisory_xact_lock(:k)")
                    connection.execute(query, {"k": pg_lock_id(key)})
                yield connection
        finally:
            if mysql:
                with connection.begin():
                    connection.execute(sa.text("SELECT RELEASE_LOCK(:n)"), {"n": name})


def ensure_tables(engine: Any) -> None:
    """Create the two tables if the database has none (two invocations at once: one does)."""
    with _serialised(engine, "fleet tables") as connection:
        metadata.create_all(connection, checkfirst=True)


@dataclass(frozen=True)
class NewTenant:
    """A tenant row of a run being created."""

    name: str
    status: str  # pending, skipped or failed
    revisions: str  # its revisions now
    canary: bool = False
    target: str | None = None
    error: str | None = None


@dataclass
class Run:
    id: str
    direction: str
    target: str
    status: str
    stop_reason: str | None
    max_failures: int | None
    started_at: datetime.datetime
    finished_at: datetime.datetime | None
    started_by: str | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def create_or_join(
    engine: Any,
    run_id: str,
    direction: str,
    target: str,
    rows: Sequence[NewTenant],
    max_failures: int | None,
) -> tuple[Run, bool]:
    """The run ``run_id``: joined when it exists, else created with ``rows`` in one
    transaction. True when this call created it."""
    with _serialised(engine, f"fleet run {run_id}") as connection:
        existing = read_run(connection, run_id)
        if existing is not None:
            return existing, False
        connection.execute(
            runs.insert().values(
                id=run_id,
                direction=direction,
                target=target,
                status="running",
                max_failures=max_failures,
                started_at=_now(),
                started_by=worker_name(),
            )
        )
        if rows:
            connection.execute(
                tenants.insert(),
                [
                    {
                        "run_id": run_id,
                        "tenant": row.name,
                        "position": position,
                        "canary": row.canary,
                        "status": row.status,
                        "attempts": 0,
                        "from_revisions": row.revisions,
                        "to_revisions": row.revisions if row.status != "pending" else None,
                        "target": row.target,
                        "error": row.error,
                    }
                    for position, row in enumerate(rows)
                ],
            )
        created = read_run(connection, run_id)
    assert created is not None
    return created, True


def read_run(connection: Any, run_id: str) -> Run | None:
    row = connection.execute(sa.select(runs).where(runs.c.id == run_id)).first()
    if row is None:
        return None
    counts = dict(
        connection.execute(
            sa.select(tenants.c.status, sa.func.count())
            .where(tenants.c.run_id == run_id)
            .group_by(tenants.c.status)
        ).all()
    )
    return Run(**row._mapping, counts={str(k): int(v) for k, v in counts.items()})


def latest_run(
    connection: Any, unfinished: bool = False, direction: str | None = None
) -> Run | None:
    """The run started last (of those still running or stopped, with ``unfinished``; of
    those in ``direction``)."""
    query = sa.select(runs.c.id).order_by(runs.c.started_at.desc(), runs.c.id.desc()).limit(1)
    if direction is not None:
        query = query.where(runs.c.direction == direction)
    if unfinished:
        query = query.where(runs.c.status.in_(("running", "stopped")))
    run_id = connection.execute(query).scalar()
    return None if run_id is None else read_run(connection, run_id)


def has_tables(connection: Any) -> bool:
    return bool(sa.inspect(connection).has_table(RUN_TABLE))


def reopen(engine: Any, run_id: str, retry_failed: bool) -> int:
    """Set a run running again; with ``retry_failed``, its failed tenants pending. Returns the
    number of tenants put back."""
    with engine.begin() as connection:
        count = 0
        if retry_failed:
            count = connection.execute(
                tenants.update()
                .where(tenants.c.run_id == run_id, tenants.c.status == "failed")
                .values(status="pending", worker=None, lease_until=None)
            ).rowcount
        connection.execute(
            runs.update()
            .where(runs.c.id == run_id)
            .values(status="running", stop_reason=None, finished_at=None)
        )
    return int(count)


def claim(connection: Any, run_id: str, worker: str, lease: float) -> tuple[str, str | None] | None:
    """Claim the next tenant of the run (canaries first, and only canaries until they are all
    done); its name and its own target, or None when none is free now."""
    t = tenants
    canary_open = (
        sa.select(t.c.tenant)
        .where(t.c.run_id == run_id, t.c.canary, t.c.status.notin_(("done", "skipped")))
        .exists()
    )
    free = sa.or_(
        t.c.status == "pending", sa.and_(t.c.status == "running", t.c.lease_until < _now())
    )
    with connection.begin():
        row = connection.execute(
            sa.select(t.c.tenant, t.c.target)
            .where(t.c.run_id == run_id, free, sa.or_(t.c.canary, ~canary_open))
            .order_by(t.c.canary.desc(), t.c.position)
            .limit(1)
            .with_for_update(skip_locked=True)
        ).first()
        if row is None:
            return None
        connection.execute(
            t.update()
            .where(t.c.run_id == run_id, t.c.tenant == row.tenant)
            .values(
                status="running",
                worker=worker,
                lease_until=_in(connection, lease),
                attempts=t.c.attempts + 1,
                started_at=_now(),
                error=None,
            )
        )
    return str(row.tenant), row.target


def renew(connection: Any, run_id: str, tenant: str, worker: str, lease: float) -> bool:
    """Extend the lease; False when the tenant is no longer this worker's."""
    with connection.begin():
        result = connection.execute(
            tenants.update()
            .where(
                tenants.c.run_id == run_id,
                tenants.c.tenant == tenant,
                tenants.c.worker == worker,
                tenants.c.status == "running",
            )
            .values(lease_until=_in(connection, lease))
        )
    return bool(result.rowcount)


def put_back(connection: Any, run_id: str, tenant: str, worker: str, after: float) -> None:
    """Give a claimed tenant back, to be claimed again ``after`` seconds from now."""
    with connection.begin():
        connection.execute(
            tenants.update()
            .where(
                tenants.c.run_id == run_id, tenants.c.tenant == tenant, tenants.c.worker == worker
            )
            .values(
                status="running" if after > 0 else "pending",
                lease_until=_in(connection, after) if after > 0 else None,
                attempts=tenants.c.attempts - 1,
            )
        )


def finish(
    connection: Any,
    run_id: str,
    tenant: str,
    worker: str,
    outcome: dict[str, Any],
) -> None:
    """Record how a tenant went: ``status`` (done or failed), revisions, duration, error."""
    with connection.begin():
        connection.execute(
            tenants.update()
            .where(
                tenants.c.run_id == run_id, tenants.c.tenant == tenant, tenants.c.worker == worker
            )
            .values(finished_at=_now(), lease_until=None, **outcome)
        )


def progress(connection: Any, run_id: str) -> tuple[int, int]:
    """(tenants finished, tenants in the run)."""
    t = tenants
    finished = sa.func.sum(sa.case((t.c.status.in_(FINISHED), 1), else_=0))
    with connection.begin():
        row = connection.execute(
            sa.select(finished, sa.func.count()).where(t.c.run_id == run_id)
        ).one()
    return int(row[0] or 0), int(row[1])


def open_work(connection: Any, run_id: str) -> int:
    """Tenants pending or running (a running one may belong to a live worker elsewhere)."""
    with connection.begin():
        return int(
            connection.execute(
                sa.select(sa.func.count()).where(
                    tenants.c.run_id == run_id, tenants.c.status.in_(("pending", "running"))
                )
            ).scalar()
        )


def run_status(connection: Any, run_id: str) -> str:
    with connection.begin():
        return str(connection.execute(sa.select(runs.c.status).where(runs.c.id == run_id)).scalar())


def stop(connection: Any, run_id: str, reason: str) -> None:
    """Stop the run from claiming more tenants (first reason wins)."""
    with connection.begin():
        connection.execute(
            runs.update()
            .where(runs.c.id == run_id, runs.c.status == "running")
            .values(status="stopped", stop_reason=reason, finished_at=_now())
        )


def failures(connection: Any, run_id: str) -> tuple[int, bool]:
    """(failed tenants, whether a canary failed)."""
    with connection.begin():
        rows = connection.execute(
            sa.select(tenants.c.canary).where(
                tenants.c.run_id == run_id, tenants.c.status == "failed"
            )
        ).all()
    return len(rows), any(bool(r[0]) for r in rows)


def close_run(connection: Any, run_id: str) -> None:
    """Mark a run with no open work left as done, or failed when a tenant failed."""
    with connection.begin():
        failed = connection.execute(
            sa.select(sa.func.count()).where(
                tenants.c.run_id == run_id, tenants.c.status == "failed"
            )
        ).scalar()
        connection.execute(
            runs.update()
            .where(runs.c.id == run_id, runs.c.status == "running")
            .values(status="failed" if failed else "done", finished_at=_now())
        )


def tenant_rows(connection: Any, run_id: str) -> list[Any]:
    t = tenants
    return list(connection.execute(sa.select(t).where(t.c.run_id == run_id).order_by(t.c.position)))
