"""flask db lint: selection of revisions, dialects from the app, formats, exit codes, allow
comments, settings; the findings flask db migrate and upgrade --plan show. Every backend."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

REVISION = '''\
"""{message}"""
from alembic import op
import sqlalchemy as sa

revision = "{rev}"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}

def downgrade():
{undo}
'''

USERS = '    op.create_table("users", sa.Column("id", sa.Integer, primary_key=True))\n'
AGE = '    op.add_column("users", sa.Column("age", sa.Integer(), nullable=False))\n'
INDEX = '    op.create_index("ix_users_age", "users", ["age"])\n'


def write(p, rev: str, down: str | None, body: str, undo: str = "    pass\n") -> Path:
    path = p.migrations / "versions" / f"{rev}_step.py"
    path.write_text(REVISION.format(message=rev, rev=rev, down=down, body=body, undo=undo))
    return path


def project(make_project, url: str):
    """A project with r1 (create users) and r2 (a NOT NULL column and an index on it)."""
    p = make_project(url)
    p.ok("db", "init")
    write(p, "r1", None, USERS, '    op.drop_table("users")\n')
    undo = '    op.drop_index("ix_users_age", "users")\n    op.drop_column("users", "age")\n'
    write(p, "r2", "r1", AGE + INDEX, undo)
    return p


def backend_of(url: str) -> str:
    return url.split(":")[0].split("+")[0]


def test_lint_flags_by_the_apps_dialect(make_project, any_database_url):
    p = project(make_project, any_database_url)
    result = p.cli("db", "lint")
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "r2_step.py:12: error [not-null-without-default] revision r2" in out
    assert "Safe way:" in out
    pg = backend_of(any_database_url) == "postgresql"
    assert ("[index-not-concurrently]" in out) is pg
    # the safe way is the revision's own index, ready to paste
    assert ('safe.create_index_concurrently("ix_users_age", "users", ["age"])' in out) is pg
    assert "r1" not in out.replace("r1_", "")  # the new table of r1 raises nothing
    assert out.splitlines()[-1].startswith("2 errors" if pg else "1 error")


def test_pending_lints_what_the_database_has_not_applied(make_project, any_database_url):
    p = project(make_project, any_database_url)
    write(
        p,
        "r3",
        "r2",
        '    op.create_table("t3", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    op.add_column("t3", sa.Column("n", sa.Integer(), nullable=False))\n',
        '    op.drop_table("t3")\n',
    )
    p.ok("db", "upgrade", "r1")
    result = p.cli("db", "lint", "--pending", "--format", "json")
    assert result.exit_code == 1
    found = json.loads(result.stdout)
    assert {f["revision"] for f in found} == {"r2"}
    assert all({"rule", "severity", "path", "line", "message", "advice"} <= set(f) for f in found)
    p.ok("db", "upgrade")
    clean = p.ok("db", "lint", "--pending")
    assert clean.stdout.startswith("No findings in 0 revisions")


def test_pending_knows_tables_created_by_earlier_pending_revisions(make_project, sqlite_url):
    p = project(make_project, sqlite_url)
    write(p, "r3", "r2", '    op.add_column("t", sa.Column("n", sa.Integer(), nullable=False))\n')
    (p.migrations / "versions" / "r2_step.py").unlink()
    write(
        p,
        "r2",
        "r1",
        '    op.create_table("t", sa.Column("id", sa.Integer, primary_key=True))\n',
        '    op.drop_table("t")\n',
    )
    assert p.cli("db", "lint", "r3").exit_code == 1  # alone, t is an existing table
    assert p.cli("db", "lint", "--pending").exit_code == 0  # after r2 in one upgrade: new


def test_range_and_since(make_project, sqlite_url):
    p = project(make_project, sqlite_url)
    assert p.cli("db", "lint", "r1:r1").exit_code == 0
    assert p.cli("db", "lint", "r1:head").exit_code == 1
    assert p.cli("db", "lint", "--since", "r2").stdout.startswith("No findings in 0 revisions")
    assert "in 1 revision " in p.cli("db", "lint", "--since", "r1").stdout
    bad = p.cli("db", "lint", "nosuch:head")
    assert bad.exit_code == 2 and "Error: Cannot select revisions" in bad.stderr
    both = p.cli("db", "lint", "r1:head", "--since", "r1")
    assert both.exit_code == 2 and "Choose the revisions one way" in both.stderr


def test_changed_since_a_git_ref(make_project, sqlite_url):
    p = project(make_project, sqlite_url)
    (p.migrations / "versions" / "r2_step.py").unlink()

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=p.root, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.email=t@e", "-c", "user.name=t", "commit", "-qm", "base", "--allow-empty")
    git("add", "-A")
    git("-c", "user.email=t@e", "-c", "user.name=t", "commit", "-qm", "r1")
    write(p, "r2", "r1", AGE)
    result = p.cli("db", "lint", "--changed-since", "HEAD")
    assert result.exit_code == 1 and "in 1 revision " in result.stdout
    assert "r2_step.py" in result.stdout
    assert p.cli("db", "lint", "--changed-since", "HEAD~1").stdout.count("revision r") == 1
    bad = p.cli("db", "lint", "--changed-since", "no-such-ref")
    assert bad.exit_code == 2 and "git cannot compare with 'no-such-ref'" in bad.stderr


def test_github_format_annotates_the_line(make_project, sqlite_url):
    p = project(make_project, sqlite_url)
    out = p.cli("db", "lint", "--format", "github").stdout.splitlines()
    assert out[0].startswith(
        "::error file=migrations/versions/r2_step.py,line=12,"
        "title=not-null-without-default (r2)::Adding NOT NULL column users.age"
    )
    assert "%0ASafe way:%0A" in out[0]


def test_allow_comment_with_a_reason(make_project, any_database_url):
    p = project(make_project, any_database_url)
    path = p.migrations / "versions" / "r2_step.py"
    text = path.read_text().replace(
        AGE, AGE.rstrip() + "  # lint: allow not-null-without-default -- users is empty\n"
    )
    text = text.replace('"""r2"""', '"""r2\n\nlint: allow index-not-concurrently -- 40 rows\n"""')
    path.write_text(text)
    result = p.cli("db", "lint")
    assert result.exit_code == 0, result.output
    assert "allowed [not-null-without-default] revision r2: users is empty" in result.stdout
    path.write_text(text.replace(" -- users is empty", ""))  # no reason: allows nothing
    assert p.cli("db", "lint").exit_code == 1


def test_a_revision_that_cannot_be_linted_exits_3(make_project, sqlite_url):
    p = project(make_project, sqlite_url)
    write(p, "r3", "r2", "    op.get_bind().execute(sa.text('SELECT 1')).fetchall()\n")
    result = p.cli("db", "lint")
    assert result.exit_code == 3
    assert "r3_step.py: cannot lint revision r3: upgrade() cannot run offline" in result.stdout
    (p.migrations / "versions" / "r3_step.py").write_text("import nosuchmodule\n")
    broken = p.cli("db", "lint", "--format", "json")
    assert broken.exit_code == 3
    assert json.loads(broken.stdout)[0]["rule"] == "cannot-lint"


def test_warnings_ok_and_settings(make_project, sqlite_url):
    p = project(make_project, sqlite_url)
    p.app.config["MIGRATIONS_LINT_SEVERITY"] = {"not-null-without-default": "warning"}
    assert p.cli("db", "lint").exit_code == 1
    assert p.cli("db", "lint", "--warnings-ok").exit_code == 0
    p.app.config["MIGRATIONS_LINT_DISABLE"] = ["not-null-without-default"]
    assert p.ok("db", "lint").stdout.startswith("No findings in 2 revisions")
    p.app.config["MIGRATIONS_LINT_DISABLE"] = "no-such-rule"
    bad = p.cli("db", "lint")
    assert bad.exit_code == 2 and "unknown lint rules: no-such-rule" in bad.stderr


def test_server_version_option_and_folder_setting(make_project, sqlite_url):
    p = make_project(sqlite_url)
    p.ok("db", "init")
    write(
        p,
        "r1",
        None,
        '    op.add_column("users", sa.Column("on", sa.Boolean(),'
        ' server_default=sa.text("true"), nullable=False))\n',
    )
    args = ("db", "lint", "--dialect", "postgresql")
    assert p.cli(*args).exit_code == 0
    old = p.cli(*args, "--server-version", "10.5")
    assert old.exit_code == 1 and "[default-rewrites-table]" in old.stdout
    ini = p.migrations / "alembic.ini"
    ini.write_text(ini.read_text() + "\n[flask-migrations.lint]\nserver_version = 9.6\n")
    assert "postgresql 9.6" in p.cli(*args).stdout


def test_no_application_needed_with_dialect_and_directory(tmp_path: Path):
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    (tmp_path / "migrations" / "alembic.ini").write_text(
        "[alembic]\n\n[flask-migrations.lint]\ndisable = drop-table\n"
    )
    (versions / "r1.py").write_text(
        REVISION.format(
            message="r1",
            rev="r1",
            down=None,
            body=INDEX + '    op.drop_table("x")\n',
            undo='    op.drop_index("ix_users_age", "users")\n',
        )
    )
    env = {k: v for k, v in os.environ.items() if k != "FLASK_APP"}
    command = [sys.executable, "-m", "flask", "db", "lint", "-d", "migrations"]
    done = subprocess.run(
        [*command, "--dialect", "postgresql"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 1, done.stderr
    assert "[index-not-concurrently]" in done.stdout and "drop-table" not in done.stdout
    assert "\x1b[" not in done.stdout  # piped: no colour
    sqlite = subprocess.run(
        [*command, "--dialect", "sqlite"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert sqlite.returncode == 0 and sqlite.stdout.startswith("No findings in 1 revision")
    missing = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert missing.returncode == 2 and "Error:" in missing.stderr


def test_migrate_prints_the_findings_of_the_new_revision(make_project, any_database_url):
    p = make_project(any_database_url)
    p.model("User", email=sa.Column(sa.String(50)))
    p.ok("db", "init")
    p.ok("db", "migrate", "-m", "users")
    p.ok("db", "upgrade")
    p.models["User"].__table__.append_column(sa.Column("age", sa.Integer, nullable=False))
    out = p.ok("db", "migrate", "-m", "age").stdout.splitlines()
    assert out[0].startswith("Generating ") and out[0].endswith("_age.py ...  done")
    assert "error [not-null-without-default]" in out[1]
    assert any("Safe way:" in line for line in out[2:])


def test_upgrade_plan_shows_findings_beside_each_revision(make_project, any_database_url):
    p = project(make_project, any_database_url)
    p.ok("db", "upgrade", "r1")
    out = p.ok("db", "upgrade", "--plan").stdout.splitlines()
    at = out.index(next(line for line in out if line.startswith("upgrade r2")))
    notes = [line for line in out[at:] if line.startswith("    lint ")]
    assert notes and notes[0].startswith(
        "    lint error [not-null-without-default] migrations/versions/r2_step.py:12:"
    )
    assert not any(line.startswith("    lint ") for line in out[:at])


def test_the_db_group_loads_no_linter_code():
    code = (
        "import sys, flask_migrations.cli as c; assert 'lint' in c.db.commands;"
        " print(sorted(m for m in sys.modules"
        " if m == 'sqlglot' or m.startswith('flask_migrations.lint')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "['flask_migrations.lint', 'flask_migrations.lint.cli']"


NOT_VALID = (
    '    op.create_foreign_key("fk_t_users", "users", "users", ["id"], ["id"],'
    " postgresql_not_valid=True)\n"
)
VALIDATE = '    op.execute("ALTER TABLE users VALIDATE CONSTRAINT fk_t_users")\n'


def test_pending_revisions_share_one_transaction_on_postgresql(make_project, any_database_url):
    p = make_project(any_database_url)
    p.ok("db", "init")
    write(p, "r1", None, USERS, '    op.drop_table("users")\n')
    write(p, "r2", "r1", NOT_VALID, '    op.drop_constraint("fk_t_users", "users", "foreignkey")\n')
    write(p, "r3", "r2", VALIDATE)
    p.ok("db", "upgrade", "r1")
    pending = p.cli("db", "lint", "--pending", "--dialect", "postgresql", "--format", "json")
    assert [f["rule"] for f in json.loads(pending.stdout)] == ["validate-in-same-transaction"]
    assert p.cli("db", "lint", "r2:r3", "--dialect", "postgresql").exit_code == 0


def test_transaction_per_migration_ends_the_transaction(make_project, tmp_path):
    from conftest import fresh_database

    for url in fresh_database("postgresql", tmp_path):
        p = make_project(url, transaction_per_migration=True)
        p.ok("db", "init")
        write(p, "r1", None, USERS, '    op.drop_table("users")\n')
        write(p, "r2", "r1", NOT_VALID, '    op.drop_constraint("fk_t_users", "users")\n')
        write(p, "r3", "r2", VALIDATE)
        p.ok("db", "upgrade", "r1")
        result = p.cli("db", "lint", "--pending")
        assert result.exit_code == 0, result.stdout
        assert "in 2 revisions for postgresql" in result.stdout


def test_changed_since_refuses_an_option_in_place_of_a_ref(make_project, sqlite_url, tmp_path):
    p = project(make_project, sqlite_url)
    subprocess.run(["git", "init", "-q"], cwd=p.root, check=True)
    written = tmp_path / "written-by-git"
    result = p.cli("db", "lint", f"--changed-since=--output={written}")
    assert result.exit_code == 2
    assert "--changed-since takes a git ref, not '--output=" in result.stderr
    assert not written.exists()


def test_colour_on_a_terminal_and_none_with_no_color(make_project, sqlite_url):
    p = project(make_project, sqlite_url)
    runner = p.app.test_cli_runner()
    coloured = runner.invoke(args=["db", "lint"], color=True)
    assert "\x1b[31m\x1b[1merror" in coloured.stdout
    plain = runner.invoke(args=["db", "lint"], color=True, env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout and "error [not-null-without-default]" in plain.stdout


MULTIDB = '''\
"""two databases"""
from alembic import op
import sqlalchemy as sa

revision = "m1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade(engine_name):
    globals()["upgrade_%s" % engine_name]()


def downgrade(engine_name):
    globals()["downgrade_%s" % engine_name]()


def upgrade_():
    op.add_column("users", sa.Column("age", sa.Integer(), nullable=False))


def downgrade_():
    op.drop_column("users", "age")


def upgrade_reports():
    op.create_index("ix_sales_day", "sales", ["day"])


def downgrade_reports():
    op.drop_index("ix_sales_day", table_name="sales")
'''


def test_each_database_is_linted_by_its_own_dialect(tmp_path, monkeypatch):
    from flask import Flask
    from flask_sqlalchemy import SQLAlchemy

    from flask_migrations import Migrate

    monkeypatch.chdir(tmp_path)
    app = Flask("multi", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{tmp_path / 'main.db'}"
    # never connected to: static linting reads the dialect from the URL
    app.config["SQLALCHEMY_BINDS"] = {"reports": "postgresql://u@127.0.0.1:9/reports"}
    db = SQLAlchemy(app)
    Migrate(app, db)
    runner = app.test_cli_runner()
    assert runner.invoke(args=["db", "init", "--multidb"]).exit_code == 0
    (tmp_path / "migrations" / "versions" / "m1.py").write_text(MULTIDB)
    result = runner.invoke(args=["db", "lint", "--format", "json"])
    assert result.exit_code == 1, result.output
    found = {(f["database"], f["rule"]) for f in json.loads(result.stdout)}
    assert found == {("", "not-null-without-default"), ("reports", "index-not-concurrently")}
    with app.app_context():
        db.engines["reports"].dispose()
