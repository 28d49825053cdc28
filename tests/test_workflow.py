"""The seed workflow on every backend: init, migrate, upgrade, downgrade, stamp, check."""

from __future__ import annotations

import sqlalchemy as sa


def test_init_migrate_upgrade_downgrade(any_project):
    p = any_project
    result = p.ok("db", "init")
    assert f"Creating directory {p.migrations} ...  done" in result.stdout
    assert (p.migrations / "env.py").is_file()

    result = p.ok("db", "migrate", "-m", "users")
    [first] = p.revisions()
    assert f"Generating {first} ...  done" in result.stdout
    assert "op.create_table('user'" in first.read_text()

    p.ok("db", "upgrade")
    assert "user" in p.table_names()
    assert p.version() == {first.name.split("_")[0]}

    p.model("Post", title=sa.Column(sa.String(200), nullable=False))
    p.ok("db", "migrate", "-m", "posts")
    p.ok("db", "upgrade")
    assert {"user", "post"} <= p.table_names()

    p.ok("db", "downgrade")
    assert "post" not in p.table_names()
    assert p.version() == {first.name.split("_")[0]}

    p.ok("db", "downgrade", "base")
    assert "user" not in p.table_names()
    assert p.version() == set()


def test_stamp_and_check(any_project):
    p = any_project
    p.ok("db", "init")
    p.ok("db", "migrate")
    [rev] = p.revisions()
    rev_id = rev.name.split("_")[0]

    result = p.cli("db", "check")
    assert result.exit_code == 1
    assert "not up to date" in result.stderr

    p.ok("db", "stamp", "head")
    assert p.version() == {rev_id}
    assert "user" not in p.table_names()  # stamp runs no migration

    p.ok("db", "stamp", "--purge", "base")
    assert p.version() == set()

    p.ok("db", "upgrade")
    assert p.ok("db", "check").stdout.strip() == "No new upgrade operations detected."

    p.model("Tag", label=sa.Column(sa.String(40), unique=True))
    result = p.cli("db", "check")
    assert result.exit_code == 1
    assert "tag" in result.stderr


def test_migrate_without_changes_writes_nothing(any_project):
    p = any_project
    p.ok("db", "init")
    p.ok("db", "migrate")
    p.ok("db", "upgrade")
    for _ in range(2):
        result = p.ok("db", "migrate")
        assert "No changes in schema detected." in result.stdout
    assert len(p.revisions()) == 1
