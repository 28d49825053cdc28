"""The fleet's Celery executor with a real broker (Redis) and a real Celery worker process.

The broker comes from FLASK_MIGRATIONS_TEST_REDIS_URL, else redis://127.0.0.1:6379/0; the test
skips, saying why, when no Redis answers there (and fails instead when CI requires every
backend). Tasks go to a queue of the test's own, so other suites sharing the server never see
them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from celery import Celery

import fleet_project as fp
from conftest import fresh_database
from flask_migrations.fleet.celery_executor import TASK
from flask_migrations.fleet.worker import Job, encode

pytestmark = pytest.mark.timeout(240)


def broker_url() -> str:
    url = os.environ.get("FLASK_MIGRATIONS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError as exc:
        if os.environ.get("FLASK_MIGRATIONS_REQUIRE_BACKENDS"):
            pytest.fail(f"Redis at {url} does not answer ({exc}), and CI requires it")
        pytest.skip(f"the Celery executor's test needs Redis at {url} ({exc})")
    return url


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    yield from fresh_database("postgresql", tmp_path)


def test_worker_loops_as_celery_tasks(tmp_path: Path, pg_url: str) -> None:
    broker = broker_url()
    queue = f"fmtest-fleet-{uuid.uuid4().hex[:8]}"
    env = {"CELERY_BROKER": broker, "CELERY_QUEUE": queue}
    root = tmp_path / "project"
    root.mkdir()
    fp.write(root, pg_url)
    tenants = [f"tenant_{i:03d}" for i in range(8)]
    fp.create_tenants(pg_url, tenants)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "app:celery", "worker", "--pool", "solo",
         "-Q", queue, "--without-gossip", "--without-mingle", "-l", "warning"],
        cwd=root,
        env={**os.environ, "DATABASE_URL": pg_url, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        run = fp.flask(
            root, pg_url, "db", "upgrade", "--all-tenants", "--executor", "celery", "--jobs",
            "2", "--run-id", "on-celery", **env,
        )
        assert run.returncode == 0, (run.stdout, run.stderr)
        assert "Run on-celery: 8 tenants: 8 migrated" in run.stdout
        for tenant in tenants:
            assert fp.applied(pg_url, tenant) == ["t01", "t02", "t03"]

        # The task delivered again (a redelivery, a lost worker): it finds nothing to do.
        client = Celery(broker=broker, backend=broker)
        job = Job(run_id="on-celery", target="heads", directory=str(root / "migrations/tenant"))
        again = client.send_task(TASK, args=[encode(job)], queue=queue)
        assert again.get(timeout=120) == 0
        for tenant in tenants:
            assert fp.applied(pg_url, tenant) == ["t01", "t02", "t03"]
            assert [rev for rev, ok in fp.history(pg_url, tenant) if ok] == ["t01", "t02", "t03"]
    finally:
        worker.terminate()
        out, _ = worker.communicate(timeout=60)
        redis.Redis.from_url(broker).delete(queue)
    assert "Traceback" not in out, out
