"""upgrade --plan and downgrade --plan: what would run, with its operations; nothing runs."""

from __future__ import annotations

import flask_migrations.api
from deploy_project import write_project

BATCH = '''\
"""widen t01"""
from alembic import op
import sqlalchemy as sa

revision = "r04"
down_revision = "r03"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("t01") as batch:
        batch.add_column(sa.Column("note", sa.String(20), nullable=True))
    op.create_index("ix_t02_id", "t02", ["id"])


def downgrade():
    pass
'''

RAISES = '''\
"""drop the old data"""
from alembic import op

revision = "r05"
down_revision = "r04"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_table("t03")


def downgrade():
    raise NotImplementedError("t03 is gone for good")
'''


def project_with_irreversible_steps(make_project, url):
    p = make_project(url)
    write_project(p, count=3)
    (p.migrations / "versions" / "r04_widen.py").write_text(BATCH)
    (p.migrations / "versions" / "r05_drop.py").write_text(RAISES)
    return p


def test_upgrade_plan_lists_revisions_and_operations(make_project, any_database_url):
    p = project_with_irreversible_steps(make_project, any_database_url)
    p.ok("db", "upgrade", "r02")
    out = p.ok("db", "upgrade", "--plan").stdout.splitlines()
    lint = [  # t02 exists: on PostgreSQL its index blocks writes (t03 is new: dropped freely)
        "    lint error [index-not-concurrently] migrations/versions/r04_widen.py:14: CREATE"
        " INDEX ix_t02_id on t02 takes a SHARE lock: every INSERT, UPDATE and DELETE on the"
        " table waits until the index is built."
    ]
    assert out == [
        "upgrade r03: step 3",
        "    create_table t03 (id)",
        "    execute INSERT INTO applied (rev) VALUES ('r03')",
        "upgrade r04: widen t01",
        "    add_column t01.note",
        "    create_index t02 ix_t02_id",
        *(lint if any_database_url.startswith("postgresql") else []),
        "upgrade r05: drop the old data",
        "    drop_table t03",
    ]
    assert p.version() == {"r02"}  # nothing ran
    assert "t03" not in p.table_names()


def test_downgrade_plan_flags_irreversible_steps(make_project, any_database_url):
    p = project_with_irreversible_steps(make_project, any_database_url)
    p.ok("db", "upgrade")
    out = p.ok("db", "downgrade", "--plan", "r02").stdout.splitlines()
    assert out == [
        "downgrade r05: drop the old data  IRREVERSIBLE",
        "    (downgrade() raises NotImplementedError: t03 is gone for good)",
        "downgrade r04: widen t01  IRREVERSIBLE",
        "    (downgrade() does nothing)",
        "downgrade r03: step 3",
        "    drop_table t03",
    ]
    assert p.version() == {"r05"}


def test_plan_when_nothing_would_run(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=1)
    p.ok("db", "upgrade")
    assert p.ok("db", "upgrade", "--plan").stdout == (
        "Nothing to run: the database is already there.\n"
    )


def test_plan_from_python(make_project, sqlite_url):
    p = project_with_irreversible_steps(make_project, sqlite_url)
    with p.app.app_context():
        [plan] = flask_migrations.api.plan(revision="r01")
        [down] = flask_migrations.api.plan(revision="base", direction="downgrade")
    assert plan.heads == () and [s.revision for s in plan.steps] == ["r01"]
    assert plan.steps[0].operations[0] == "create_table applied (rev)"
    assert down.steps == []  # at base: nothing to undo


def test_an_empty_revision_is_not_flagged_irreversible(make_project, any_database_url):
    p = project_with_irreversible_steps(make_project, any_database_url)
    p.ok("db", "revision", "-m", "nothing yet", "--rev-id", "r06")
    p.ok("db", "upgrade")
    out = p.ok("db", "downgrade", "r04", "--plan").stdout.splitlines()
    assert out[0] == "downgrade r06: nothing yet"
    assert out[1] == "downgrade r05: drop the old data  IRREVERSIBLE"
