"""The seed workflow on every backend: init, migrate, upgrade, downgrade, stamp, check."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from conftest import fresh_database


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


def test_type_nullability_and_index_changes(any_project):
    """Autogenerate sees type, length, nullability and index changes on every backend."""
    p = any_project
    user = p.db.metadata.tables["user"]
    user.append_column(sa.Column("visits", sa.Integer, nullable=True))
    p.ok("db", "init")
    p.ok("db", "migrate", "--rev-id", "r1")
    p.ok("db", "upgrade")

    user.c.name.type = sa.String(200)
    user.c.visits.type = sa.BigInteger()
    user.c.visits.nullable = False
    sa.Index("ix_user_visits", user.c.visits)
    p.ok("db", "migrate", "-m", "wider", "--rev-id", "r2")
    text = (p.migrations / "versions" / "r2_wider.py").read_text()
    assert "type_=sa.String(length=200)" in text
    assert "type_=sa.BigInteger()" in text
    assert "nullable=False" in text
    assert "'ix_user_visits'" in text

    p.ok("db", "upgrade")
    columns = p.columns("user")
    assert columns["name"]["type"].length == 200
    assert isinstance(columns["visits"]["type"], sa.BigInteger)
    assert columns["visits"]["nullable"] is False
    with p.app.app_context():
        indexes = sa.inspect(p.db.engine).get_indexes("user")
    assert "ix_user_visits" in {index["name"] for index in indexes}
    assert p.ok("db", "migrate").stdout.strip() == "No changes in schema detected."

    p.ok("db", "downgrade")
    columns = p.columns("user")
    assert columns["name"]["type"].length == 128
    assert columns["visits"]["nullable"] is True
    assert p.version() == {"r1"}


@pytest.fixture
def postgresql_url(tmp_path):
    yield from fresh_database("postgresql", tmp_path)


def test_current_verbose_never_shows_the_password(make_project, postgresql_url):
    # The test server trusts local connections, so any password is accepted.
    url = sa.engine.make_url(postgresql_url).set(password="s3cret-pw")
    p = make_project(url.render_as_string(hide_password=False))
    p.model("User", name=sa.Column(sa.String(128)))
    p.ok("db", "init")
    p.ok("db", "migrate")
    upgrade = p.ok("db", "upgrade")
    out = p.ok("db", "current", "-v").stdout
    assert f"Current revision(s) for {url.render_as_string(hide_password=True)}:" in out
    assert "***" in out
    for result in (upgrade, p.ok("db", "current", "-v")):
        assert "s3cret-pw" not in result.stdout + result.stderr


def test_offline_sql_touches_no_database(any_project):
    p = any_project
    p.ok("db", "init")
    p.ok("db", "migrate", "--rev-id", "r1")
    before = p.table_names()
    out = p.ok("db", "upgrade", "--sql").stdout
    assert "CREATE TABLE alembic_version" in out
    assert "CREATE TABLE" in out.replace("CREATE TABLE alembic_version", "")
    assert "'r1'" in out
    out = p.ok("db", "stamp", "--sql", "r1").stdout
    assert "INSERT INTO alembic_version" in out
    assert p.table_names() == before
    assert p.version() == set()
    p.ok("db", "upgrade")
    out = p.ok("db", "downgrade", "--sql").stdout
    assert "DROP TABLE" in out
    assert "user" in p.table_names() and p.version() == {"r1"}
