"""Models held without Flask-SQLAlchemy: Flask-SQLAlchemy-Lite, plain SQLAlchemy, async engines.

Each runs the same env.py that ``flask db init`` writes, single- and multi-database.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import sqlalchemy.orm
from flask import Flask

from conftest import ASYNC_DRIVERS
from conftest import app_ok as ok
from conftest import user_tables as tables
from flask_migrations import Migrate
from flask_migrations import api as fm


def as_async(url: str, backend: str) -> str:
    return sa.engine.make_url(url).set(drivername=ASYNC_DRIVERS[backend]).render_as_string(
        hide_password=False
    )


def run_workflow(app: Flask, multidb: bool, grow: Any, expected: dict[str, set[str]]) -> None:
    """init, migrate, upgrade, check, a model change, migrate, upgrade, downgrade to base."""
    ok(app, "db", "init", *(["--multidb"] if multidb else []))
    ok(app, "db", "migrate", "-m", "first")
    ok(app, "db", "upgrade")
    for url, names in expected.items():
        assert tables(url) == names
    assert ok(app, "db", "check").stdout.strip() == "No new upgrade operations detected."
    grow()
    ok(app, "db", "migrate", "-m", "second")
    ok(app, "db", "upgrade")
    with app.app_context():
        databases = fm.current()
        assert len(databases) == len(expected)
        assert all(len(d.heads) == 1 for d in databases)
    ok(app, "db", "downgrade", "base")
    for url in expected:
        assert tables(url) == set()


def test_plain_sqlalchemy(backend_urls: tuple[str, Any], tmp_path: Path) -> None:
    _, url = backend_urls
    metadata = sa.MetaData()
    sa.Table("thing", metadata, sa.Column("id", sa.Integer, primary_key=True))
    engine = sa.create_engine(url())
    app = Flask("plain", root_path=str(tmp_path))
    Migrate(app, metadata=metadata, engines=engine, directory=str(tmp_path / "migrations"))

    def grow() -> None:
        sa.Table("extra", metadata, sa.Column("id", sa.Integer, primary_key=True))

    run_workflow(app, False, grow, {url(): {"thing"}})
    engine.dispose()


#: Where the backend makes no difference to what a test shows, fewer backends keep it fast.
sqlite_only = pytest.mark.parametrize("backend_urls", ["sqlite"], indirect=True)
no_mysql = pytest.mark.parametrize("backend_urls", ["sqlite", "postgresql"], indirect=True)


@sqlite_only
def test_plain_sqlalchemy_several_databases(
    backend_urls: tuple[str, Any], tmp_path: Path
) -> None:
    _, url = backend_urls

    base = sa.orm.declarative_base()  # a declarative Base stands for its MetaData
    users = sa.MetaData()
    type("Thing", (base,), {"__tablename__": "thing",
                            "id": sa.Column(sa.Integer, primary_key=True)})
    sa.Table("user", users, sa.Column("id", sa.Integer, primary_key=True))
    engines = {None: sa.create_engine(url()), "users": sa.create_engine(url("users"))}
    app = Flask("plain_multi", root_path=str(tmp_path))
    Migrate(app, metadata={None: base, "users": users}, engines=engines,
            directory=str(tmp_path / "migrations"))

    def grow() -> None:
        sa.Table("extra", users, sa.Column("id", sa.Integer, primary_key=True))

    run_workflow(app, True, grow, {url(): {"thing"}, url("users"): {"user"}})
    for engine in engines.values():
        engine.dispose()


def test_async_engine(backend_urls: tuple[str, Any], tmp_path: Path) -> None:
    """The env.py of `flask db init` runs an async engine as it runs a sync one."""
    check_async_engines(backend_urls, tmp_path, multidb=False)


@no_mysql
def test_async_engines_several_databases(backend_urls: tuple[str, Any], tmp_path: Path) -> None:
    check_async_engines(backend_urls, tmp_path, multidb=True)


def check_async_engines(backend_urls: tuple[str, Any], tmp_path: Path, multidb: bool) -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    backend, url = backend_urls
    metadata = {None: sa.MetaData(), "users": sa.MetaData()}
    sa.Table("thing", metadata[None], sa.Column("id", sa.Integer, primary_key=True))
    sa.Table("user", metadata["users"], sa.Column("id", sa.Integer, primary_key=True))
    engines = {None: create_async_engine(as_async(url(), backend))}
    expected = {url(): {"thing"}}
    if multidb:
        engines["users"] = create_async_engine(as_async(url("users"), backend))
        expected[url("users")] = {"user"}
    app = Flask("async", root_path=str(tmp_path))
    Migrate(app, metadata=metadata if multidb else metadata[None], engines=engines,
            directory=str(tmp_path / "migrations"))

    def grow() -> None:
        sa.Table("extra", metadata["users" if multidb else None],
                 sa.Column("id", sa.Integer, primary_key=True))

    run_workflow(app, multidb, grow, expected)

    # from inside a running event loop (an async application calling the API)
    async def upgrade_inside_a_loop() -> fm.MigrationResult:
        with app.app_context():
            return fm.upgrade()

    result = asyncio.run(upgrade_inside_a_loop())
    assert {step.database for step in result.steps} == ({"", "users"} if multidb else {""})
    assert tables(url()) == ({"thing"} if multidb else {"thing", "extra"})
    for engine in engines.values():
        asyncio.run(engine.dispose())


def test_flask_sqlalchemy_lite(backend_urls: tuple[str, Any], tmp_path: Path) -> None:
    lite = pytest.importorskip(
        "flask_sqlalchemy_lite",
        reason="Flask-SQLAlchemy-Lite needs SQLAlchemy 2 and Flask 3 (not the legacy stack)",
    )
    _, url = backend_urls

    class Base(sa.orm.DeclarativeBase):
        pass

    class UsersBase(sa.orm.DeclarativeBase):
        pass

    type("Thing", (Base,), {"__tablename__": "thing",
                            "id": sa.Column(sa.Integer, primary_key=True)})
    type("User", (UsersBase,), {"__tablename__": "user",
                                "id": sa.Column(sa.Integer, primary_key=True)})
    app = Flask("lite", root_path=str(tmp_path))
    app.config["SQLALCHEMY_ENGINES"] = {"default": url(), "users": url("users")}
    db = lite.SQLAlchemy(app)
    Migrate(app, db, metadata={"default": Base, "users": UsersBase},
            directory=str(tmp_path / "migrations"))

    def grow() -> None:
        type("Extra", (UsersBase,), {"__tablename__": "extra",
                                     "id": sa.Column(sa.Integer, primary_key=True)})

    run_workflow(app, True, grow, {url(): {"thing"}, url("users"): {"user"}})
    with app.app_context():
        for engine in db.engines.values():
            engine.dispose()


def test_flask_sqlalchemy_lite_async(tmp_path: Path) -> None:
    lite = pytest.importorskip(
        "flask_sqlalchemy_lite",
        reason="Flask-SQLAlchemy-Lite needs SQLAlchemy 2 and Flask 3 (not the legacy stack)",
    )

    class Base(sa.orm.DeclarativeBase):
        pass

    type("Thing", (Base,), {"__tablename__": "thing",
                            "id": sa.Column(sa.Integer, primary_key=True)})
    app = Flask("lite_async", root_path=str(tmp_path))
    app.config["SQLALCHEMY_ASYNC_ENGINES"] = {
        "default": {"url": f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"}
    }
    db = lite.SQLAlchemy(app)
    Migrate(app, db, metadata=Base, directory=str(tmp_path / "migrations"))

    def grow() -> None:
        type("Extra", (Base,), {"__tablename__": "extra",
                                "id": sa.Column(sa.Integer, primary_key=True)})

    run_workflow(app, False, grow, {f"sqlite:///{tmp_path / 'app.db'}": {"thing"}})


def test_no_flask_sqlalchemy_import(tmp_path: Path) -> None:
    """Plain SQLAlchemy users need no Flask-SQLAlchemy: it is never imported."""
    script = textwrap.dedent(
        f"""
        import sys
        import sqlalchemy as sa
        from flask import Flask
        from flask_migrations import Migrate, api as fm
        import flask_migrations.cli, flask_migrations.runtime, flask_migrations.targets

        metadata = sa.MetaData()
        sa.Table("thing", metadata, sa.Column("id", sa.Integer, primary_key=True))
        app = Flask("plain")
        engine = sa.create_engine("sqlite:///{tmp_path / 'app.db'}")
        Migrate(app, metadata=metadata, engines=engine, directory="{tmp_path / 'm'}")
        with app.app_context():
            fm.init()
            fm.migrate(message="first")
            fm.upgrade()
            fm.check()
        print(sorted(m for m in sys.modules if m.startswith(("flask_sqlalchemy", "flask_migrate"))
                     and not m.startswith("flask_migrations")))
        """
    )
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
