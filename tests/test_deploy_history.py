"""The history table, status, the pending check and accepted edits, on every backend."""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa

from deploy_project import rows, write_project

FAILING = '''\
"""breaks"""
from alembic import op

revision = "r{n:02d}"
down_revision = "r{down:02d}"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT * FROM no_such_table")


def downgrade():
    pass
'''

HISTORY = (
    "SELECT revision, direction, success, duration_ms, hostname, username, checksum, error,"
    " started_at FROM flask_migrations_history ORDER BY id"
)


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_step_is_recorded(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=3)
    p.ok("db", "upgrade")
    p.ok("db", "downgrade")
    p.ok("db", "stamp", "r01")
    found = rows(p, HISTORY)
    assert [(r.revision, r.direction) for r in found] == [
        ("r01", "upgrade"),
        ("r02", "upgrade"),
        ("r03", "upgrade"),
        ("r03", "downgrade"),
        ("r02", "stamp"),  # stamp from r02 down to r01 undoes r02
    ]
    for row in found:
        assert row.success
        assert row.duration_ms >= 0 and row.started_at is not None
        assert row.hostname and row.username and row.error is None
    r01 = p.migrations / "versions" / "r01_step.py"
    assert found[0].checksum == sha256(r01)


def test_a_failing_revision_is_recorded_as_failed(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    (p.migrations / "versions" / "r03_breaks.py").write_text(FAILING.format(n=3, down=2))
    result = p.cli("db", "upgrade")
    assert result.exit_code == 1
    assert "no_such_table" in result.stderr
    found = rows(p, HISTORY)
    failed = [r for r in found if not r.success]
    assert [(r.revision, r.direction) for r in failed] == [("r03", "upgrade")]
    assert "no_such_table" in failed[0].error
    # Rows of steps that succeeded stand or fall with their steps.
    done = {r.revision for r in found if r.success}
    if any_database_url.startswith("postgresql"):  # one transaction: all rolled back
        assert p.version() == set() and done == set()
    else:  # MySQL and SQLite commit step by step
        assert p.version() == {"r02"} and done == {"r01", "r02"}


def test_history_can_be_switched_off(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=1)
    p.app.config["MIGRATIONS_HISTORY"] = False
    p.ok("db", "upgrade")
    assert "flask_migrations_history" not in p.table_names()
    assert p.version() == {"r01"}


def test_migrate_option_switches_history_off(make_project, sqlite_url):
    p = make_project(sqlite_url, history=False)
    write_project(p, count=1)
    p.ok("db", "upgrade")
    assert "flask_migrations_history" not in p.table_names()


def test_autogenerate_leaves_the_history_table_alone(make_project, any_database_url):
    p = make_project(any_database_url)
    p.model("User", name=sa.Column(sa.String(50)))
    p.ok("db", "init")
    p.ok("db", "migrate")
    p.ok("db", "upgrade")
    assert "flask_migrations_history" in p.table_names()
    assert "No changes in schema detected." in p.ok("db", "migrate").stdout


def test_status_shows_applied_pending_and_when(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=3)
    p.ok("db", "upgrade", "r02")
    out = p.ok("db", "status").stdout.splitlines()
    assert out[0].startswith("Database default (") and out[0].endswith(": 1 pending")
    assert [line.split()[:2] for line in out[1:]] == [
        ["applied", "r01"],
        ["applied", "r02"],
        ["PENDING", "r03"],
    ]
    assert " UTC, " in out[1] and " ms, " in out[1]
    data = json.loads(p.ok("db", "status", "--json").stdout)
    [db] = data["databases"]
    assert db["database"] == "default" and db["heads"] == ["r02"] and not db["up_to_date"]
    assert [r["state"] for r in db["revisions"]] == ["applied", "applied", "pending"]
    assert db["revisions"][0]["applied_at"].endswith("Z")
    assert isinstance(db["revisions"][0]["duration_ms"], int)
    assert db["revisions"][2]["applied_at"] is None


def test_status_check_fails_when_behind_and_applies_nothing(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    p.ok("db", "upgrade", "r01")
    result = p.cli("db", "status", "--check")
    assert result.exit_code == 1
    assert "Error: The database is not up to date: default has 1 pending revision(s)." in (
        result.stderr
    )
    assert p.version() == {"r01"}
    p.ok("db", "upgrade")
    assert p.ok("db", "status", "--check").stdout.splitlines()[0].endswith(": up to date")


def test_status_reports_revisions_without_a_file(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    p.ok("db", "upgrade")
    (p.migrations / "versions" / "r02_step.py").unlink()  # e.g. a branch switch
    out = p.ok("db", "status").stdout.splitlines()
    assert out[0].endswith("1 without a file")
    assert out[-1].split()[:2] == ["NO", "FILE"] and "r02" in out[-1]
    result = p.cli("db", "status", "--check")
    assert result.exit_code == 1
    assert "at revision(s) no file defines (r02)" in result.stderr


def test_edited_revision_is_reported_warned_and_accepted(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=2)
    p.ok("db", "upgrade")
    r01 = p.migrations / "versions" / "r01_step.py"
    r01.write_text(r01.read_text() + "\n# a comment added later\n")

    result = p.ok("db", "upgrade")
    assert "Warning: Revision r01 of the default database was edited after it was applied" in (
        result.stderr
    )
    assert "the edit will not run on this database" in result.stderr
    assert "put the change in a new revision" in result.stderr
    assert "run 'flask db accept-edit r01'" in result.stderr
    line = next(x for x in p.ok("db", "status").stdout.splitlines() if " r01 " in x)
    assert line.endswith("EDITED since applied")

    assert "Accepted the file of revision r01" in p.ok("db", "accept-edit", "r01").stdout
    assert "EDITED" not in p.ok("db", "status").stdout
    assert "Warning" not in p.ok("db", "upgrade").stderr
    accepted = [r for r in rows(p, HISTORY) if r.direction == "accept"]
    assert [(r.revision, r.checksum) for r in accepted] == [("r01", sha256(r01))]
