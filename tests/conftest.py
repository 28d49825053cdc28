"""Fixtures: a fresh, empty database per test on every backend, and a Flask app bound to it.

SQLite always runs. PostgreSQL and MySQL/MariaDB run when their server URLs are set:

    FLASK_MIGRATIONS_TEST_POSTGRESQL_URL=postgresql+psycopg://postgres@127.0.0.1:5432/postgres
    FLASK_MIGRATIONS_TEST_MYSQL_URL=mysql+pymysql://root@127.0.0.1:3306/test

Each test gets a database of its own, created on that server and dropped afterwards.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable

import click
import click.testing
import pytest
import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from flask_migrations import Migrate

ENV_VARS = {
    "postgresql": "FLASK_MIGRATIONS_TEST_POSTGRESQL_URL",
    "mysql": "FLASK_MIGRATIONS_TEST_MYSQL_URL",
}
BACKENDS = ["sqlite", "postgresql", "mysql"]
CLICK_8_2 = "mix_stderr" not in inspect.signature(click.testing.CliRunner).parameters


def server_url(backend: str) -> sa.engine.URL:
    """The URL of the backend's server, or a skip that says how to enable it."""
    value = os.environ.get(ENV_VARS[backend])
    if not value and os.environ.get("FLASK_MIGRATIONS_REQUIRE_BACKENDS"):
        pytest.fail(f"{ENV_VARS[backend]} is not set, and CI requires every backend")
    if not value:
        pytest.skip(f"{backend} tests need {ENV_VARS[backend]} (a server URL); it is not set")
    url = sa.engine.make_url(value)
    if url.drivername == "postgresql+psycopg" and sa.__version__.startswith("1."):
        url = url.set(drivername="postgresql+psycopg2")  # SQLAlchemy 1.4 knows psycopg2 only
    return url


def admin_execute(url: sa.engine.URL, *statements: str) -> None:
    """Run statements outside any transaction (CREATE/DROP DATABASE)."""
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(sa.text(statement))
    finally:
        engine.dispose()


def fresh_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """Yield the URL of a new, empty database of ``backend``; drop it afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'app.db'}"
        return
    server = server_url(backend)
    name = f"fmtest_{uuid.uuid4().hex[:12]}"
    if backend == "postgresql":
        admin_execute(server, f'CREATE DATABASE "{name}"')
        try:
            yield server.set(database=name).render_as_string(hide_password=False)
        finally:
            admin_execute(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        # Connect to the server without a database: the URL's own need not exist.
        admin = sa.engine.URL.create(
            server.drivername, server.username, server.password, server.host, server.port,
            query=server.query,
        )  # fmt: skip
        admin_execute(admin, f"CREATE DATABASE `{name}`")
        try:
            yield server.set(database=name).render_as_string(hide_password=False)
        finally:
            admin_execute(admin, f"DROP DATABASE IF EXISTS `{name}`")


@pytest.fixture(params=BACKENDS)
def any_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database on each backend in turn (skipped where the server is not configured)."""
    yield from fresh_database(request.param, tmp_path)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    yield from fresh_database("sqlite", tmp_path)


@pytest.fixture(params=["postgresql", "mysql"])
def server_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database on PostgreSQL, then on MySQL/MariaDB."""
    yield from fresh_database(request.param, tmp_path)


ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "mysql": "mysql+aiomysql",
}


@pytest.fixture(params=BACKENDS)
def backend_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """The backend's name, and a function making fresh databases of it by name."""
    with contextlib.ExitStack() as stack:
        made: dict[str, str] = {}

        def url(name: str = "default") -> str:
            if name not in made:
                folder = tmp_path / "db" / name
                folder.mkdir(parents=True)
                gen = fresh_database(request.param, folder)
                made[name] = next(gen)
                stack.callback(lambda: next(gen, None))
            return made[name]

        yield request.param, url


def fails(result: Any, code: int = 1) -> str:
    """Assert a clean failure: exit ``code``, an Error line first, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert result.stderr.startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def write_revision(
    p: Any, rev: str, down: str | None, upgrade: str, downgrade: str = "pass"
) -> Path:
    path = p.migrations / "versions" / f"{rev}_step.py"
    path.write_text(
        f'"""step {rev}"""\n'
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = {rev!r}\ndown_revision = {down!r}\nbranch_labels = None\n"
        "depends_on = None\n\n\ndef upgrade():\n"
        + textwrap.indent(textwrap.dedent(upgrade).strip(), "    ")
        + "\n\n\ndef downgrade():\n"
        + textwrap.indent(textwrap.dedent(downgrade).strip(), "    ")
        + "\n"
    )
    return path


def app_cli(app: Flask, *args: str) -> Any:
    """Run ``flask <args>`` against any app in-process."""
    runner = app.test_cli_runner(**({} if CLICK_8_2 else {"mix_stderr": False}))
    return runner.invoke(args=list(args), prog_name="flask")  # as typed: flask db ...


def app_ok(app: Flask, *args: str) -> Any:
    """Run a command that must succeed against any app."""
    result = app_cli(app, *args)
    assert result.exit_code == 0, (args, result.stdout, result.stderr, result.exception)
    return result


def user_tables(url: str) -> set[str]:
    """The tables of the database at ``url``, less the tool's own."""
    engine = sa.create_engine(url)
    try:
        own = {"alembic_version", "flask_migrations_history"}
        return set(sa.inspect(engine).get_table_names()) - own
    finally:
        engine.dispose()


class Project:
    """A Flask application with Flask-SQLAlchemy and Migrate, in a folder of its own.

    ``model(name, **columns)`` adds a model; ``cli(...)`` runs ``flask db ...`` in-process.
    """

    def __init__(self, root: Path, url: str, **migrate_kwargs: Any) -> None:
        self.root = root
        self.url = url
        self.app = Flask("testapp", root_path=str(root))
        self.app.config["SQLALCHEMY_DATABASE_URI"] = url
        self.db = SQLAlchemy(self.app)
        migrate_kwargs.setdefault("directory", str(root / "migrations"))
        self.migrate = Migrate(self.app, self.db, **migrate_kwargs)
        self.models: dict[str, Any] = {}

    @property
    def migrations(self) -> Path:
        return Path(self.app.extensions["migrate"].directory)

    def model(self, class_name: str, /, **columns: Any) -> Any:
        """Define a model ``class_name`` with an integer primary key ``id`` and ``columns``."""
        attrs: dict[str, Any] = {
            "__tablename__": class_name.lower(),
            "id": sa.Column(sa.Integer, primary_key=True),
        }
        attrs.update(columns)
        cls = type(class_name, (self.db.Model,), attrs)
        self.models[class_name] = cls
        return cls

    def cli(self, *args: str, env: dict[str, str] | None = None, input: str | None = None) -> Any:
        """Run ``flask <args>`` against the app; the result has exit_code, stdout, stderr."""
        kwargs = {} if CLICK_8_2 else {"mix_stderr": False}
        runner = self.app.test_cli_runner(**kwargs)
        return runner.invoke(args=list(args), env=env, input=input, prog_name="flask")

    def ok(self, *args: str, **kwargs: Any) -> Any:
        """Run a command that must succeed; show its output when it does not."""
        result = self.cli(*args, **kwargs)
        assert result.exit_code == 0, (
            f"flask {' '.join(args)} exited {result.exit_code}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}\n{result.exception!r}"
        )
        return result

    def revisions(self) -> list[Path]:
        return sorted((self.migrations / "versions").glob("*.py"))

    def table_names(self) -> set[str]:
        with self.app.app_context():
            return set(sa.inspect(self.db.engine).get_table_names())

    def columns(self, table: str) -> dict[str, Any]:
        with self.app.app_context():
            return {c["name"]: c for c in sa.inspect(self.db.engine).get_columns(table)}

    def version(self) -> set[str]:
        """The revisions recorded in the database's alembic_version table."""
        with self.app.app_context():
            engine = self.db.engine
            if "alembic_version" not in sa.inspect(engine).get_table_names():
                return set()
            with engine.connect() as connection:
                rows = connection.execute(sa.text("SELECT version_num FROM alembic_version"))
                return {row[0] for row in rows}

    def close(self) -> None:
        with self.app.app_context():
            for engine in self.db.engines.values():
                engine.dispose()


@pytest.fixture
def make_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Project]]:
    """Build Projects in tmp_path (the working directory of the test)."""
    monkeypatch.chdir(tmp_path)
    made: list[Project] = []

    def make(url: str, **migrate_kwargs: Any) -> Project:
        project = Project(tmp_path, url, **migrate_kwargs)
        made.append(project)
        return project

    yield make
    for project in made:
        project.close()


@pytest.fixture
def project(make_project: Callable[..., Project], sqlite_url: str) -> Project:
    """A SQLite project with a User model."""
    p = make_project(sqlite_url)
    p.model("User", name=sa.Column(sa.String(128)))
    return p


@pytest.fixture
def any_project(make_project: Callable[..., Project], any_database_url: str) -> Project:
    """A project with a User model on each backend in turn."""
    p = make_project(any_database_url)
    p.model("User", name=sa.Column(sa.String(128)))
    return p
