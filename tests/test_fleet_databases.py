"""Fleet migrations with a database per tenant, on PostgreSQL and MySQL/MariaDB.

The shared database is the test's fresh database (conftest); the tenant databases are created by
the test on the same server, named after it, and dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

import fleet_project as fp
from conftest import admin_execute, fresh_database, server_url

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(params=["postgresql", "mysql"])
def fleet(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path, dict]]:
    """(backend, project folder, tenant database URLs by name)."""
    backend = request.param
    for url in fresh_database(backend, tmp_path):
        prefix = f"fmtest_{uuid.uuid4().hex[:8]}_t"
        names = [f"{prefix}0", f"{prefix}1_bad", f"{prefix}2"]
        server = server_url(backend)
        quote = '"' if backend == "postgresql" else "`"
        admin_execute(server, *[f"CREATE DATABASE {quote}{n}{quote}" for n in names])
        try:
            root = tmp_path / "project"
            root.mkdir()
            fp.write_databases(root, url, prefix.replace("_", "\\_") + "%")
            urls = {n: server.set(database=n).render_as_string(hide_password=False) for n in names}
            yield backend, root, {"url": url, "pattern": prefix.replace("_", "\\_") + "%", **urls}
        finally:
            force = " WITH (FORCE)" if backend == "postgresql" else ""
            admin_execute(
                server, *[f"DROP DATABASE IF EXISTS {quote}{n}{quote}{force}" for n in names]
            )


def _rows(url: str, sql: str) -> list:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as connection:
            result = connection.execute(sa.text(sql))
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


def _versions(url: str) -> set[str]:
    try:
        return {r[0] for r in _rows(url, "SELECT version_num FROM alembic_version")}
    except sa.exc.ProgrammingError:
        return set()


def test_a_database_per_tenant_fleet(fleet: tuple[str, Path, dict]) -> None:
    backend, root, urls = fleet
    env = {"FLEET_DATABASES": urls["pattern"]}
    names = sorted(n for n in urls if n.startswith("fmtest_"))
    good = [n for n in names if not n.endswith("_bad")]
    bad = next(n for n in names if n.endswith("_bad"))

    _rows(urls[bad], "CREATE TABLE poison (id INTEGER)")
    run = fp.flask(root, urls["url"], "db", "upgrade", "--all-tenants", "--jobs", "2", **env)
    assert run.returncode == 1, run.stderr
    assert f"{bad}: " in run.stderr
    for name in good:
        assert _versions(urls[name]) == {"t03"}
        assert [r[0] for r in _rows(urls[name], "SELECT rev FROM applied")] == [
            "t01", "t02", "t03"
        ]
        successes = _rows(urls[name], "SELECT revision FROM flask_migrations_history")
        assert [r[0] for r in successes] == ["t01", "t02", "t03"]
    if backend == "postgresql":  # the failing tenant rolled back whole
        assert _versions(urls[bad]) == set()
    else:  # MariaDB commits each DDL statement: where the tenant stands is said
        assert _versions(urls[bad]) == {"t02"}
        assert "The database is at revision t02." in run.stderr, run.stderr

    _rows(urls[bad], "DROP TABLE poison")
    if backend != "postgresql":
        _rows(urls[bad], "UPDATE items SET name = 'fixed'")
    retried = fp.flask(root, urls["url"], "db", "upgrade", "--all-tenants", "--retry-failed", **env)
    assert retried.returncode == 0, retried.stderr
    assert _versions(urls[bad]) == {"t03"}
    status = fp.flask(root, urls["url"], "db", "status", "--tenants", "--check", **env)
    assert status.returncode == 0, status.stderr
    assert "3 tenants; target t03" in status.stdout
