"""PostgreSQL's statement_timeout and lock_timeout for the migration session.

These settings exist on PostgreSQL only, so these tests run there only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from conftest import fresh_database
from deploy_project import write_project

SLOW = '''\
"""slow"""
from alembic import op
import sqlalchemy as sa

revision = "r02"
down_revision = "r01"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT pg_sleep(3)")


def downgrade():
    pass
'''

ALTER = '''\
"""alter a busy table"""
from alembic import op
import sqlalchemy as sa

revision = "r02"
down_revision = "r01"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("t01", sa.Column("note", sa.String(20)))


def downgrade():
    op.drop_column("t01", "note")
'''


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    yield from fresh_database("postgresql", tmp_path)


def setting(p, name: str) -> str:
    with p.app.app_context():
        with p.db.engine.connect() as connection:
            return str(connection.execute(sa.text(f"SHOW {name}")).scalar())


def test_statement_timeout_stops_a_slow_migration(make_project, pg_url):
    p = make_project(pg_url)
    write_project(p, count=1)
    (p.migrations / "versions" / "r02_slow.py").write_text(SLOW)
    result = p.cli("db", "upgrade", "--statement-timeout", "0.2")
    assert result.exit_code == 1
    assert "statement timeout" in result.stderr
    assert p.version() == set()  # rolled back as a whole
    assert setting(p, "statement_timeout") == "0"  # the application's connections are as before


def test_statement_timeout_below_one_millisecond_still_limits(make_project, pg_url):
    p = make_project(pg_url)
    write_project(p, count=1)
    (p.migrations / "versions" / "r02_slow.py").write_text(SLOW)
    result = p.cli("db", "upgrade", "--statement-timeout", "0.0004")  # 1 ms, never "no limit"
    assert result.exit_code == 1
    assert "statement timeout" in result.stderr
    assert p.version() == set()


def test_table_lock_timeout_fails_fast_on_a_busy_table(make_project, pg_url):
    p = make_project(pg_url)
    write_project(p, count=1)
    p.ok("db", "upgrade")
    (p.migrations / "versions" / "r02_alter.py").write_text(ALTER)
    p.app.config["MIGRATIONS_TABLE_LOCK_TIMEOUT"] = 0.2
    busy = sa.create_engine(p.url)
    try:
        with busy.begin() as connection:  # the application reads t01 in a long transaction
            connection.execute(sa.text("LOCK TABLE t01 IN ACCESS SHARE MODE"))
            result = p.cli("db", "upgrade")
    finally:
        busy.dispose()
    assert result.exit_code == 1
    assert "lock timeout" in result.stderr
    assert p.version() == {"r01"}
    assert setting(p, "lock_timeout") == "0"
    p.ok("db", "upgrade")  # once the table is free
    assert p.version() == {"r02"}
