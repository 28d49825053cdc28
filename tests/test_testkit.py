"""The migration test kit (``pytest --migrations``) run by pytester on generated projects: the
clean project passes on every backend, each seeded defect fails with its revision named, and
the kit never touches the application's own database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import alembic.autogenerate
import alembic.ddl
import pytest
import sqlalchemy as sa
import sqlalchemy.dialects.mysql
import sqlalchemy.dialects.postgresql
import sqlalchemy.dialects.sqlite

import flask_migrations.api
import flask_migrations.testing.fixtures
import testkit_projects
from conftest import BACKENDS, server_url

pytest_plugins = ["pytester"]

# pytester runs pytest in this process and then forgets the modules it imported; those that
# warn when imported twice (SQLAlchemy's dialects) are imported here once for all.
PRELOADED = (alembic.autogenerate, alembic.ddl, sqlalchemy.dialects, flask_migrations.api)

#: Defects that are defects on one kind of database only.
ONLY_ON = {"enum type left behind": {"postgresql"}, "sqlite only": {"postgresql", "mysql"}}


def app_url(backend: str, tmp_path: Path) -> str:
    """The URL the generated app is configured with: never created, never to be touched."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'real.db'}"
    url = server_url(backend).set(database="fmkit_real_database_never_created")
    return url.render_as_string(hide_password=False)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess("--migrations", "-p", "no:cacheprovider", *args)


def test_clean_project_passes_and_leaves_no_database(
    pytester: pytest.Pytester, backend: str, tmp_path: Path
) -> None:
    testkit_projects.write(pytester.path, app_url(backend, tmp_path))
    result = run(pytester, "-v")
    result.assert_outcomes(passed=9)
    assert "migrations::stairway[r2] PASSED" in result.stdout.str()
    assert not (tmp_path / "real.db").exists()
    assert leftovers(backend) == []


def leftovers(backend: str) -> list[str]:
    """Throwaway databases of this process still on the server."""
    if backend == "sqlite":
        return []
    query = {
        "postgresql": "SELECT datname FROM pg_database",
        "mysql": "SELECT schema_name FROM information_schema.schemata",
    }[backend]
    engine = sa.create_engine(server_url(backend))
    try:
        with engine.connect() as connection:
            names = [name for (name,) in connection.execute(sa.text(query))]
    finally:
        engine.dispose()
    return [n for n in names if n.startswith("fmkit_") and f"_{os.getpid()}_" in n]


@pytest.mark.parametrize("defect", sorted(testkit_projects.DEFECTS))
def test_each_defect_fails_naming_its_revision(
    pytester: pytest.Pytester, backend: str, defect: str, tmp_path: Path
) -> None:
    testkit_projects.write(pytester.path, app_url(backend, tmp_path), defect)
    result = run(pytester, "-v")
    item, words = testkit_projects.DEFECTS[defect]
    if backend not in ONLY_ON.get(defect, set(BACKENDS)):
        result.assert_outcomes(passed=9)  # no false failure where it is no defect
        return
    assert result.ret == 1
    assert f"migrations::{item} FAILED" in result.stdout.str()
    failures = result.stdout.str().split("= FAILURES =", 1)[1]
    for word in words:
        assert word in failures
    assert "Traceback" not in failures


def test_no_migrations_folder_is_one_clear_line(pytester: pytest.Pytester, tmp_path: Path) -> None:
    testkit_projects.write(pytester.path, app_url("sqlite", tmp_path))
    (pytester.path / "migrations" / "env.py").unlink()
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*has no env.py: run 'flask db init'*"])


def test_server_refusing_create_database_is_one_clear_line(
    pytester: pytest.Pytester, tmp_path: Path
) -> None:
    url = server_url("postgresql").set(username="fmkit_nobody")
    testkit_projects.write(pytester.path, url.render_as_string(hide_password=False))
    result = run(pytester, "-rs")
    result.assert_outcomes(passed=4, failed=1, skipped=4)
    result.stdout.fnmatch_lines(["*Cannot create a throwaway database for the default database*"])
    assert "Traceback" not in result.stdout.str()


FIXTURE_TESTS = """
import sqlalchemy as sa
from app import Account, db


def test_data_migration(migrator):
    migrator.upgrade("r1")
    with migrator.connection() as connection:
        connection.execute(sa.text("INSERT INTO account (id, name) VALUES (1, 'ann')"))
    migrator.upgrade("r2")
    account = migrator.tables()["account"]
    with migrator.connection() as connection:
        assert connection.execute(sa.select(account.c.name, account.c.mood)).all() == [
            ("ann", None)
        ]
    assert migrator.current() == ("r2",)


def test_first(migrated_app):
    db.session.add(Account(name="first"))
    db.session.commit()
    assert [a.name for a in Account.query.all()] == ["first"]


def test_second_sees_nothing_of_the_first(migrated_app):
    assert Account.query.count() == 0
    assert "ix_account_name" in [i["name"] for i in sa.inspect(db.engine).get_indexes("account")]
"""


def test_fixtures_migrator_and_migrated_app(
    pytester: pytest.Pytester, backend: str, tmp_path: Path
) -> None:
    testkit_projects.write(pytester.path, app_url(backend, tmp_path))
    pytester.makepyfile(test_app=FIXTURE_TESTS)
    pytester.syspathinsert()
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=3)
    assert not (tmp_path / "real.db").exists()
    assert leftovers(backend) == []


def test_plugin_imports_nothing_heavy_unless_asked(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import sys, pytest
        pytest.main(["-q", "-p", "no:cacheprovider", sys.argv[1]])
        heavy = [m for m in ("alembic", "sqlalchemy", "flask", "app") if m in sys.modules]
        print("HEAVY", heavy, "LOADED", "flask_migrations.testing.plugin" in sys.modules)
        """
    )
    (tmp_path / "test_nothing.py").write_text("def test_nothing():\n    pass\n")
    (tmp_path / "app.py").write_text("raise SystemExit('the app must not be imported')\n")
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "1 passed" in out
    assert "HEAVY [] LOADED True" in out


@pytest.mark.parametrize("table_left", [False, True], ids=["clean", "table left"])
def test_binds_get_a_throwaway_database_each(
    pytester: pytest.Pytester, backend: str, tmp_path: Path, table_left: bool
) -> None:
    url = app_url(backend, tmp_path)
    audit = url.replace("real", "audit")
    testkit_projects.write_multidb(pytester.path, url, audit, table_left)
    result = run(pytester, "-v")
    if table_left:
        result.assert_outcomes(passed=6, failed=2)
        failures = result.stdout.str().split("= FAILURES =", 1)[1]
        assert "audit database: table 'entry' is left behind" in failures
        assert "migrations::stairway[m1] FAILED" in result.stdout.str()
    else:
        result.assert_outcomes(passed=8)
    assert not (tmp_path / "real.db").exists() and not (tmp_path / "audit.db").exists()
    assert leftovers(backend) == []


def test_ctrl_c_drops_the_throwaway_databases(
    pytester: pytest.Pytester, backend: str, tmp_path: Path
) -> None:
    testkit_projects.write(pytester.path, app_url(backend, tmp_path))
    pytester.makepyfile(
        test_app="def test_interrupted(migrated_app, migrator):\n    raise KeyboardInterrupt\n"
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", no_reraise_ctrlc=True)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert leftovers(backend) == []


def test_leftovers_of_a_killed_run_are_swept(pytester: pytest.Pytester, tmp_path: Path) -> None:
    from flask_migrations.testing import throwaway

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    name = f"fmkit_{throwaway.host_tag()}_{dead}_1700000000_main_1"
    server = server_url("postgresql")
    engine = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    testkit_projects.write(pytester.path, app_url("postgresql", tmp_path))
    run(pytester).assert_outcomes(passed=9)
    engine = sa.create_engine(server)
    with engine.connect() as connection:
        names = {n for (n,) in connection.execute(sa.text("SELECT datname FROM pg_database"))}
    engine.dispose()
    assert name not in names


def test_offline_sql_is_opt_in(pytester: pytest.Pytester, tmp_path: Path) -> None:
    testkit_projects.write(pytester.path, app_url("sqlite", tmp_path))
    run(pytester).assert_outcomes(passed=9)
    result = run(pytester, "--migrations-sql", "-v")
    result.assert_outcomes(passed=11)
    assert "migrations::offline sql[r2] PASSED" in result.stdout.str()


def test_works_under_xdist(pytester: pytest.Pytester, tmp_path: Path) -> None:
    testkit_projects.write(pytester.path, app_url("sqlite", tmp_path), "index left behind")
    result = pytester.runpytest_subprocess("--migrations", "-p", "no:cacheprovider", "-n", "2")
    result.assert_outcomes(passed=8, failed=1)
    assert "is left behind" in result.stdout.str()


def test_quickstart_example_tests_use_the_kit(tmp_path: Path) -> None:
    """examples/quickstart/tests, after the README's init and migrate: the app's tests run on
    copies of the migrated database, and pytest.ini turns the migration checks on."""
    example = Path(__file__).parent.parent / "examples" / "quickstart"
    for name in ("app.py", "pytest.ini"):
        shutil.copy(example / name, tmp_path / name)
    shutil.copytree(example / "tests", tmp_path / "tests")
    env = {**os.environ, "FLASK_APP": "app.py"}
    flask = [sys.executable, "-m", "flask"]
    for args in (["db", "init"], ["db", "migrate", "-m", "create users"]):
        subprocess.run([*flask, *args], cwd=tmp_path, env=env, check=True, capture_output=True)
    (tmp_path / "instance" / "app.db").unlink()  # made by 'flask db migrate'; the kit must not
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout
    assert "migrations::models match head PASSED" in done.stdout
    assert "tests/test_users.py::test_each_test_starts_on_an_empty_copy PASSED" in done.stdout
    assert not (tmp_path / "instance" / "app.db").exists()


GENERATED_APP = """\
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = {url!r}
app.config["SQLALCHEMY_BINDS"] = {binds!r}
db = SQLAlchemy(app)
Migrate(app, db)


class Author(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False, unique=True)


class Book(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    author_id = db.Column(db.ForeignKey("author.id"))
    title = db.Column(db.String(200), server_default="untitled", index=True)
{more}"""

AUDIT_MODEL = """

class Entry(db.Model):
    __bind_key__ = "audit"
    id = db.Column(db.Integer, primary_key=True)
    at = db.Column(db.DateTime, nullable=False, index=True)
"""


@pytest.mark.parametrize("multidb", [False, True], ids=["single", "multidb"])
def test_revisions_flask_db_migrate_writes_pass_the_kit(
    pytester: pytest.Pytester, backend_urls: Any, multidb: bool
) -> None:
    """Our own templates and autogenerate, checked by the kit: the revisions `flask db migrate`
    writes (tables, a unique constraint, an index, a foreign key, a server default; a bind
    with --multidb) upgrade, downgrade without a trace and match the models."""
    _, url = backend_urls
    binds = {"audit": url("audit")} if multidb else {}
    more = AUDIT_MODEL if multidb else ""
    app = GENERATED_APP.format(url=url(), binds=binds, more=more)
    (pytester.path / "app.py").write_text(app)
    env = {**os.environ, "FLASK_APP": "app.py"}
    init = ["db", "init", "--multidb"] if multidb else ["db", "init"]
    for args in (init, ["db", "migrate", "-m", "first"]):
        subprocess.run(
            [sys.executable, "-m", "flask", *args],
            cwd=pytester.path,
            env=env,
            check=True,
            capture_output=True,
        )
    result = run(pytester, "-v")
    result.assert_outcomes(passed=8)
    assert "migrations::stairway[" in result.stdout.str()


def test_migrations_db_names_the_server_to_use(pytester: pytest.Pytester) -> None:
    """The app's own server is out of reach (port 1); --migrations-db gives another one."""
    server = server_url("postgresql")
    unreachable = server.set(port=1, database="app").render_as_string(hide_password=False)
    testkit_projects.write(pytester.path, unreachable)
    given = server.render_as_string(hide_password=False)
    run(pytester, "--migrations-db", given).assert_outcomes(passed=9)
    assert leftovers("postgresql") == []


def test_own_migrations_app_fixture_serves_the_fixtures(
    pytester: pytest.Pytester, tmp_path: Path
) -> None:
    """A project whose tests build their app from a factory gives it as migrations_app."""
    testkit_projects.write(pytester.path, app_url("sqlite", tmp_path))
    pytester.makeconftest(
        """
        import pytest
        from app import app


        @pytest.fixture(scope="session")
        def migrations_app():
            app.config["BUILT_BY"] = "the project's factory"
            return app
        """
    )
    pytester.makepyfile(
        test_app="""
        from app import Account


        def test_uses_it(migrated_app):
            assert migrated_app.config["BUILT_BY"] == "the project's factory"
            assert Account.query.count() == 0
        """
    )
    pytester.syspathinsert()
    pytester.runpytest_inprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)
