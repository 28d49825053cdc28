"""Fleet migrations on real PostgreSQL: schema-per-tenant, ``upgrade --all-tenants``.

Each test gets a fresh database (conftest) and creates its tenant schemas; the commands run as
subprocesses (``flask db ...``), as users and Kubernetes Jobs run them, so that worker processes,
SIGKILL and Ctrl-C are the real thing. The project (tests/fleet_project.py) has a shared folder
(s01) and the tenants' own folder (t01..t03), whose revisions log themselves in each tenant.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import fleet_project as fp
from conftest import fails, fresh_database

pytestmark = pytest.mark.timeout(240)

TENANT_REVISIONS = ["t01", "t02", "t03"]


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    yield from fresh_database("postgresql", tmp_path)


@pytest.fixture
def root(tmp_path: Path, pg_url: str) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    return fp.write(folder, pg_url)


def names(count: int) -> list[str]:
    return [f"tenant_{i:03d}" for i in range(count)]


def run_rows(url: str, tenant: str) -> list[tuple[str, str, int]]:
    """(run id, status, attempts) of ``tenant`` in every run."""
    sql = (
        "SELECT run_id, status, attempts FROM flask_migrations_fleet_tenant"
        " WHERE tenant = :t ORDER BY run_id"
    )
    return [(r[0], r[1], r[2]) for r in fp.query(url, sql, t=tenant)]


def migrated_once(url: str, tenant: str) -> None:
    """Each tenant revision ran exactly once in ``tenant``, and its history says so."""
    assert fp.applied(url, tenant) == TENANT_REVISIONS
    successes = [rev for rev, ok in fp.history(url, tenant) if ok]
    assert successes == TENANT_REVISIONS
    assert fp.versions(url, tenant) == {"t03"}


def test_two_invocations_share_one_run_over_200_tenants(root: Path, pg_url: str) -> None:
    tenants = names(210)
    fp.create_tenants(pg_url, tenants)
    args = ("db", "upgrade", "--all-tenants", "--run-id", "deploy-42")
    first = fp.start(root, pg_url, *args, "--jobs", "2")
    second = fp.start(root, pg_url, *args)
    outputs = [p.communicate(timeout=200) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    for tenant in tenants:
        migrated_once(pg_url, tenant)
    # Every tenant once, by one worker or the other: a line each, in one of the two outputs.
    lines = [line for out, _ in outputs for line in out.splitlines() if " tenant tenant_" in line]
    assert sorted(line.split(" tenant ")[1].split()[0] for line in lines) == tenants
    assert all(status == "done" for t in tenants for _, status, _ in run_rows(pg_url, t))
    # The shared part ran once, before any tenant (t01 reads its table: it would fail).
    assert fp.query(pg_url, "SELECT version_num FROM public.alembic_version") == [("s01",)]
    assert "Run deploy-42: 210 tenants: 210 migrated" in outputs[0][0] + outputs[1][0]

    again = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants")
    assert again.returncode == 0, again.stderr
    assert "0 migrated, 210 already at the target" in again.stdout
    assert " tenant tenant_" not in again.stdout  # nobody started Alembic for a tenant
    assert fp.applied(pg_url, "tenant_000") == TENANT_REVISIONS


def test_a_failing_tenant_does_not_stop_the_others_and_retry_failed_completes_it(
    root: Path, pg_url: str
) -> None:
    tenants = names(6)
    fp.create_tenants(pg_url, tenants)
    up_to_t02 = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "t02")
    assert up_to_t02.returncode == 0, up_to_t02.stderr
    fp.query(pg_url, "INSERT INTO tenant_003.items (id, name) VALUES (1, NULL)")

    # Worker processes are replaced after two tenants each (Tenants(recycle=2)).
    failed = fp.flask(
        root, pg_url, "db", "upgrade", "--all-tenants", "--jobs", "2", FLEET_RECYCLE="2"
    )
    assert failed.returncode == 1, failed.stderr
    workers = fp.query(
        pg_url,
        "SELECT DISTINCT worker FROM flask_migrations_fleet_tenant WHERE status <> 'skipped'"
        " AND run_id = (SELECT max(run_id) FROM flask_migrations_fleet_tenant)",
    )
    assert len(workers) >= 3, workers
    assert failed.stderr.startswith("Error: 1 tenant(s) failed in run ")
    assert "tenant_003: " in failed.stderr and "null" in failed.stderr.lower()
    assert "--retry-failed --run-id" in failed.stderr
    for tenant in tenants:
        if tenant != "tenant_003":
            assert fp.versions(pg_url, tenant) == {"t03"}
    # The failing tenant rolled back whole: still at t02, t03 never applied.
    assert fp.versions(pg_url, "tenant_003") == {"t02"}
    assert fp.applied(pg_url, "tenant_003") == ["t01", "t02"]

    check = fp.flask(root, pg_url, "db", "status", "--tenants", "--check")
    assert check.returncode == 1
    assert "1 of 6 tenants are not at the target (t03); 1 failed in run" in check.stderr
    shown = json.loads(fp.flask(root, pg_url, "db", "status", "--tenants", "--json").stdout)
    assert shown["behind"] == ["tenant_003"]
    assert shown["last_run"]["failed"][0]["tenant"] == "tenant_003"

    fp.query(pg_url, "UPDATE tenant_003.items SET name = 'fixed'")
    retried = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "--retry-failed")
    assert retried.returncode == 0, retried.stderr
    assert "tenant tenant_003 done" in retried.stdout
    assert fp.applied(pg_url, "tenant_003") == TENANT_REVISIONS
    assert fp.history(pg_url, "tenant_003")[-2:] == [("t03", False), ("t03", True)]
    assert fp.flask(root, pg_url, "db", "status", "--tenants", "--check").returncode == 0


def _wait_running(url: str, tenant: str) -> int:
    """The pid of the worker that is migrating ``tenant``, once it is."""
    sql = (
        "SELECT worker FROM flask_migrations_fleet_tenant WHERE tenant = :t"
        " AND status = 'running' AND worker IS NOT NULL"
    )

    def running() -> int | None:
        try:
            rows = fp.query(url, sql, t=tenant)
        except Exception:  # noqa: BLE001 - the tables are not made yet
            return None
        return int(rows[0][0].rsplit(" ", 1)[1]) if rows else None

    return fp.wait_for(running)


def test_a_killed_worker_tenant_is_reclaimed_after_its_lease_and_migrated_once(
    root: Path, pg_url: str, tmp_path: Path
) -> None:
    tenants = names(4)
    fp.create_tenants(pg_url, tenants)
    slow = tmp_path / "slow"
    slow.mkdir()
    (slow / "tenant_001").touch()
    env = {"FLEET_SLOW_DIR": str(slow), "FLEET_LEASE": "2"}
    fleet = fp.start(root, pg_url, "db", "upgrade", "--all-tenants", "--jobs", "2", **env)
    pid = _wait_running(pg_url, "tenant_001")

    # While a worker migrates a tenant, the shared part cannot be migrated by a plain upgrade.
    plain = fp.flask(root, pg_url, "db", "upgrade", "--lock-timeout", "1")
    assert plain.returncode == 3, plain.stderr

    os.kill(pid, signal.SIGKILL)
    (slow / "tenant_001").unlink()
    out, err = fleet.communicate(timeout=120)
    assert fleet.returncode == 0, (out, err)
    for tenant in tenants:
        migrated_once(pg_url, tenant)
    [(_, status, attempts)] = run_rows(pg_url, "tenant_001")
    assert (status, attempts) == ("done", 2)


def test_ctrl_c_then_resume(root: Path, pg_url: str, tmp_path: Path) -> None:
    tenants = names(5)
    fp.create_tenants(pg_url, tenants)
    slow = tmp_path / "slow"
    slow.mkdir()
    (slow / "tenant_000").touch()
    env = {"FLEET_SLOW_DIR": str(slow)}
    fleet = fp.start(root, pg_url, "db", "upgrade", "--all-tenants", "--jobs", "2", **env)
    _wait_running(pg_url, "tenant_000")
    fleet.send_signal(signal.SIGINT)
    out, err = fleet.communicate(timeout=120)
    assert fleet.returncode == 130, (out, err)
    assert "Interrupted: fleet run" in err and "--resume" in err
    assert fp.query(pg_url, "SELECT to_regclass('tenant_000.alembic_version')") == [(None,)]

    (slow / "tenant_000").unlink()
    resumed = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    for tenant in tenants:
        migrated_once(pg_url, tenant)
    assert len({run for t in tenants for run, _, _ in run_rows(pg_url, t)}) == 1


def test_the_canary_and_the_failure_budget_stop_the_run(root: Path, pg_url: str) -> None:
    tenants = names(8)
    fp.create_tenants(pg_url, tenants)
    assert fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "t02").returncode == 0
    for bad in ("tenant_002", "tenant_005"):
        fp.query(pg_url, f"INSERT INTO {bad}.items (id, name) VALUES (1, NULL)")

    canary = fp.flask(
        root, pg_url, "db", "upgrade", "--all-tenants", "--jobs", "2", "--canary", "tenant_002"
    )
    assert canary.returncode == 4, canary.stderr
    assert "stopped: canary tenant tenant_002 failed" in canary.stderr
    assert all(fp.versions(pg_url, t) == {"t02"} for t in tenants)  # nobody after the canary

    budget = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "--max-failures", "1")
    assert budget.returncode == 4, budget.stderr
    assert "1 tenants failed, the failure budget (--max-failures) was 1" in budget.stderr
    # One worker, in order: the tenants before the failure were migrated, none after it.
    at = {t: fp.versions(pg_url, t) for t in tenants}
    assert [t for t in tenants if at[t] == {"t03"}] == ["tenant_000", "tenant_001"]


def test_tenants_added_and_removed_between_runs(root: Path, pg_url: str) -> None:
    fp.create_tenants(pg_url, names(3))
    assert fp.flask(root, pg_url, "db", "upgrade", "--all-tenants").returncode == 0
    fp.query(pg_url, "DROP SCHEMA tenant_001 CASCADE")
    fp.create_tenants(pg_url, ["tenant_009"])
    again = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants")
    assert again.returncode == 0, again.stderr
    assert "3 tenants: 1 migrated, 2 already at the target" in again.stdout
    migrated_once(pg_url, "tenant_009")
    assert run_rows(pg_url, "tenant_001")[-1:] != [] and len(run_rows(pg_url, "tenant_001")) == 1
    status = fp.flask(root, pg_url, "db", "status", "--tenants")
    assert "3 tenants; target t03" in status.stdout


def test_one_tenant_by_hand_with_x_tenant(root: Path, pg_url: str) -> None:
    fp.create_tenants(pg_url, ["tenant_000", "tenant_001"])
    assert fp.flask(root, pg_url, "db", "upgrade").returncode == 0
    one = fp.flask(root, pg_url, "db", "-x", "tenant=tenant_001", "upgrade")
    assert one.returncode == 0, one.stderr
    migrated_once(pg_url, "tenant_001")
    assert fp.query(pg_url, "SELECT to_regclass('public.items')") == [(None,)]
    current = fp.flask(root, pg_url, "db", "-x", "tenant=tenant_001", "current")
    assert "t03" in current.stdout
    status = fp.flask(root, pg_url, "db", "status", "--tenants")
    assert "never migrated" in status.stdout

    # Autogenerate: in a tenant, the tenant models against its schema, into the tenants'
    # folder; in the shared part, every model but the tenant ones.
    tenant = fp.flask(root, pg_url, "db", "-x", "tenant=tenant_001", "migrate", "-m", "invoice")
    assert tenant.returncode == 0, tenant.stderr
    [written] = (root / "migrations" / "tenant" / "versions").glob("*_invoice.py")
    upgrade = written.read_text().split("def downgrade")[0]
    assert "create_table('invoice'" in upgrade and "drop_table" not in upgrade
    assert "accounts" not in upgrade and "items" not in upgrade
    shared = fp.flask(root, pg_url, "db", "migrate", "-m", "nothing")
    assert shared.returncode == 0, shared.stderr
    assert not list((root / "migrations" / "versions").glob("*_nothing.py"))


def test_bad_fleet_options_are_one_error_line(root: Path, pg_url: str) -> None:
    fp.create_tenants(pg_url, names(2))
    alone = fp.flask(root, pg_url, "db", "upgrade", "--jobs", "2")
    assert alone.returncode == 2 and "--jobs needs --all-tenants" in alone.stderr
    budget = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "--max-failures", "lots")
    assert budget.returncode == 1
    assert budget.stderr.startswith("Error: --max-failures 'lots' is not a number")
    canary = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "--canary", "nobody")
    assert canary.returncode == 1
    assert canary.stderr.startswith("Error: --canary names nobody")
    resume = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "--resume")
    assert resume.returncode == 1 and "Error: There is no unfinished run" in resume.stderr
    assert "Traceback" not in budget.stderr + canary.stderr + resume.stderr


def test_downgrade_all_tenants_undoes_exactly_one_run(root: Path, pg_url: str) -> None:
    fp.create_tenants(pg_url, names(4))
    first = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "t02", "--run-id", "first")
    assert first.returncode == 0, first.stderr
    fp.create_tenants(pg_url, ["tenant_004"])
    second = fp.flask(root, pg_url, "db", "upgrade", "--all-tenants", "--run-id", "second")
    assert second.returncode == 0, second.stderr
    # A tenant moved by hand after the run is not the run's to undo.
    by_hand = fp.flask(root, pg_url, "db", "-x", "tenant=tenant_001", "downgrade", "t02")
    assert by_hand.returncode == 0, by_hand.stderr
    rows_before = len(fp.history(pg_url, "tenant_001"))

    undo = fp.flask(
        root, pg_url, "db", "downgrade", "--all-tenants", "--undo", "second", "--jobs", "2"
    )
    assert undo.returncode == 1, undo.stderr
    assert "tenant_001: It is at t02 now, not at t03 where run second left it" in undo.stderr
    assert "Run undo-second: 5 tenants: 4 migrated, 0 already at the target, 1 failed." in (
        undo.stdout
    )
    for tenant in ("tenant_000", "tenant_002", "tenant_003"):
        assert fp.versions(pg_url, tenant) == {"t02"}  # where run "second" found them
    assert fp.versions(pg_url, "tenant_004") == set()  # new in "second": back to base
    assert len(fp.history(pg_url, "tenant_001")) == rows_before  # left alone
    assert fp.query(pg_url, "SELECT version_num FROM public.alembic_version") == [("s01",)]

    alone = fp.flask(root, pg_url, "db", "downgrade", "--undo", "first")
    assert alone.returncode == 2 and "--undo needs --all-tenants" in alone.stderr


def test_without_tenants_the_fleet_says_what_to_do(project: Any) -> None:
    project.ok("db", "init")
    error = fails(project.cli("db", "upgrade", "--all-tenants"))
    assert "names no tenants" in error and "Migrate(app, db, tenants=discover)" in error
    assert "names no tenants" in fails(project.cli("db", "status", "--tenants"))
    assert not (project.root / "app.db").exists()  # nothing was written


def test_the_failure_budget_as_a_number_or_a_share() -> None:
    from flask_migrations.errors import ConfigurationError
    from flask_migrations.fleet.run import budget

    assert budget("3", 1000) == 3
    assert budget("2%", 1000) == 20
    assert budget("10%", 4) == 1  # never less than one tenant
    assert budget(None, 10) is None
    for bad in ("0", "-1", "0%", "150%", "lots", "2.5"):
        with pytest.raises(ConfigurationError, match="is not a number of tenants"):
            budget(bad, 100)
