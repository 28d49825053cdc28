"""Migrations folders made by Flask-Migrate keep working after the one-import switch.

The folders are generated at test time by Flask-Migrate 4.1 itself (a test-only dependency),
with each of its templates, by calling ``flask_migrate.init()`` in-process; every command then
runs through Flask-Migrations (``app.test_cli_runner()`` uses ``app.cli``, where ``Migrate``
registered our ``db`` group).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import flask_migrate
import pytest
import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from conftest import ASYNC_DRIVERS
from conftest import app_cli as cli
from conftest import app_ok as ok
from conftest import user_tables as tables
from flask_migrations import Migrate
from flask_migrations import api as fm

#: Flask-Migrate's env.py calls db.get_engine() first; Flask-SQLAlchemy 3.1 deprecates it
#: with a warning that Python hides by default (the user never sees it; the suite errors on it).
get_engine_deprecated = pytest.mark.filterwarnings(
    "ignore:.*get_engine.*:DeprecationWarning"
)





def flask_migrate_init(app: Flask, directory: Path, template: str) -> None:
    """Let Flask-Migrate 4.1 write the folder, as `flask db init -t <template>` would have."""
    with app.app_context():
        flask_migrate.init(str(directory), template=template)
    assert "current_app.extensions['migrate']" in (directory / "env.py").read_text()



def workflow(app: Flask, directory: Path, add_model: Any, databases: dict[str, str]) -> None:
    """migrate, upgrade, check, stamp, history, current, downgrade: what a project runs."""
    ok(app, "db", "migrate", "-m", "first")
    [first] = list((directory / "versions").glob("*.py"))
    ok(app, "db", "upgrade")
    for url, expected in databases.items():
        assert tables(url) == {expected}
    assert ok(app, "db", "check").stdout.strip() == "No new upgrade operations detected."
    assert "No changes in schema detected." in ok(app, "db", "migrate").stdout

    add_model()
    result = cli(app, "db", "check")
    assert result.exit_code == 1 and "extra" in result.stderr
    ok(app, "db", "migrate", "-m", "second")
    ok(app, "db", "upgrade")
    rev = first.name.split("_")[0]
    history = ok(app, "db", "history").stdout
    assert f"<base> -> {rev}, first" in history
    current = ok(app, "db", "current").stdout
    assert "(head)" in current
    ok(app, "db", "downgrade")
    ok(app, "db", "stamp", "head")
    ok(app, "db", "stamp", rev)
    ok(app, "db", "downgrade", "base")
    for url in databases:
        assert tables(url) == set()


@get_engine_deprecated
def test_flask_template(backend_urls: tuple[str, Any], tmp_path: Path) -> None:
    _, url = backend_urls
    app = Flask("fm_single", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = url()
    db = SQLAlchemy(app)
    Migrate(app, db, directory=str(tmp_path / "migrations"))
    flask_migrate_init(app, tmp_path / "migrations", "flask")

    type("Thing", (db.Model,), {"id": sa.Column(sa.Integer, primary_key=True)})

    def add_model() -> None:
        type("Extra", (db.Model,), {"id": sa.Column(sa.Integer, primary_key=True)})

    workflow(app, tmp_path / "migrations", add_model, {url(): "thing"})
    with app.app_context():
        for engine in db.engines.values():
            engine.dispose()


@get_engine_deprecated
def test_flask_multidb_template(backend_urls: tuple[str, Any], tmp_path: Path) -> None:
    _, url = backend_urls
    app = Flask("fm_multi", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = url()
    app.config["SQLALCHEMY_BINDS"] = {"users": url("users")}
    db = SQLAlchemy(app)
    Migrate(app, db, directory=str(tmp_path / "migrations"))
    flask_migrate_init(app, tmp_path / "migrations", "flask-multidb")

    type("Thing", (db.Model,), {"id": sa.Column(sa.Integer, primary_key=True)})
    type("User", (db.Model,), {"__bind_key__": "users",
                               "id": sa.Column(sa.Integer, primary_key=True)})

    def add_model() -> None:
        type("Extra", (db.Model,), {"__bind_key__": "users",
                                    "id": sa.Column(sa.Integer, primary_key=True)})

    workflow(app, tmp_path / "migrations", add_model, {url(): "thing", url("users"): "user"})
    with app.app_context():
        for engine in db.engines.values():
            engine.dispose()


def _async(url: str, backend: str) -> str:
    return sa.engine.make_url(url).set(drivername=ASYNC_DRIVERS[backend]).render_as_string(
        hide_password=False
    )


@pytest.mark.parametrize("template", ["aioflask", "aioflask-multidb"])
def test_aioflask_templates(backend_urls: tuple[str, Any], tmp_path: Path, template: str) -> None:
    """Flask-Migrate's async templates, on async engines given to Migrate directly."""
    from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

    backend, url = backend_urls
    multi = template.endswith("multidb")
    if multi and not hasattr(AsyncConnection, "_sync_connection"):
        pytest.skip(
            "Flask-Migrate's aioflask-multidb env.py calls AsyncConnection._sync_connection(),"
            " a private method that this SQLAlchemy version no longer has"
        )
    metadata = {None: sa.MetaData(), "users": sa.MetaData()}
    sa.Table("thing", metadata[None], sa.Column("id", sa.Integer, primary_key=True))
    sa.Table("user", metadata["users"], sa.Column("id", sa.Integer, primary_key=True))
    engines = {None: create_async_engine(_async(url(), backend))}
    if multi:
        engines["users"] = create_async_engine(_async(url("users"), backend))
    else:
        del metadata["users"]
    app = Flask("fm_async", root_path=str(tmp_path))
    Migrate(app, metadata=metadata, engines=engines, directory=str(tmp_path / "migrations"))
    flask_migrate_init(app, tmp_path / "migrations", template)
    assert "get_event_loop()" in (tmp_path / "migrations" / "env.py").read_text()

    def add_model() -> None:
        target = metadata["users"] if multi else metadata[None]
        sa.Table("extra", target, sa.Column("id", sa.Integer, primary_key=True))

    databases = {url(): "thing", **({url("users"): "user"} if multi else {})}
    asyncio.run(_nothing())  # an earlier asyncio.run() leaves no current loop behind
    workflow(app, tmp_path / "migrations", add_model, databases)
    for engine in engines.values():
        asyncio.run(engine.dispose())


async def _nothing() -> None:
    return None


@pytest.mark.parametrize("backend_urls", ["sqlite", "postgresql"], indirect=True)
@get_engine_deprecated
def test_pre_2_env_py(backend_urls: tuple[str, Any], tmp_path: Path) -> None:
    """An env.py of the Flask-Migrate 1.x/2.x era: URL from the app config, db.metadata."""
    _, url = backend_urls
    app = Flask("fm_old", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = url()
    db = SQLAlchemy(app)
    Migrate(app, db, directory=str(tmp_path / "migrations"))
    flask_migrate_init(app, tmp_path / "migrations", "flask")
    (tmp_path / "migrations" / "env.py").write_text(OLD_ENV_PY)
    type("Thing", (db.Model,), {"id": sa.Column(sa.Integer, primary_key=True)})

    def add_model() -> None:
        type("Extra", (db.Model,), {"id": sa.Column(sa.Integer, primary_key=True)})

    workflow(app, tmp_path / "migrations", add_model, {url(): "thing"})
    with app.app_context():
        assert [d.heads for d in fm.current()] == [()]
        for engine in db.engines.values():
            engine.dispose()


# Written here in the style of the env.py that Flask-Migrate 2.x generated (not copied).
OLD_ENV_PY = '''
import logging
from logging.config import fileConfig

from alembic import context
from flask import current_app
from sqlalchemy import engine_from_config, pool

config = context.config
fileConfig(config.config_file_name)
logger = logging.getLogger("alembic.env")

config.set_main_option(
    "sqlalchemy.url", current_app.config.get("SQLALCHEMY_DATABASE_URI").replace("%", "%%")
)
target_metadata = current_app.extensions["migrate"].db.metadata


def run_migrations_offline():
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    def process_revision_directives(context, revision, directives):
        if getattr(config.cmd_opts, "autogenerate", False):
            if directives[0].upgrade_ops.is_empty():
                directives[:] = []
                logger.info("No changes in schema detected.")

    engine = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    connection = engine.connect()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        process_revision_directives=process_revision_directives,
        **current_app.extensions["migrate"].configure_args
    )
    try:
        with context.begin_transaction():
            context.run_migrations()
    finally:
        connection.close()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
'''


@pytest.mark.parametrize("backend_urls", ["sqlite", "postgresql"], indirect=True)
@get_engine_deprecated
def test_flask_migrate_folder_gains_a_bind(backend_urls: tuple[str, Any], tmp_path: Path) -> None:
    """Flask-Migrate's single-database folder, then the app's first bind: init --multidb."""
    _, url = backend_urls
    directory = tmp_path / "migrations"
    app = Flask("fm_grow", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = url()
    db = SQLAlchemy(app)
    Migrate(app, db, directory=str(directory))
    flask_migrate_init(app, directory, "flask")
    type("Thing", (db.Model,), {"id": sa.Column(sa.Integer, primary_key=True)})
    ok(app, "db", "migrate", "-m", "things")
    ok(app, "db", "upgrade")
    [old] = list((directory / "versions").glob("*.py"))

    grown = Flask("fm_grown", root_path=str(tmp_path))
    grown.config["SQLALCHEMY_DATABASE_URI"] = url()
    grown.config["SQLALCHEMY_BINDS"] = {"users": url("users")}
    db2 = SQLAlchemy(grown)
    Migrate(grown, db2, directory=str(directory))
    type("Thing", (db2.Model,), {"id": sa.Column(sa.Integer, primary_key=True)})
    type("User", (db2.Model,), {"__bind_key__": "users",
                                "id": sa.Column(sa.Integer, primary_key=True)})
    result = ok(grown, "db", "init", "--multidb")
    assert "env.py.bak" in result.stdout  # Flask-Migrate's env.py, kept for its edits
    assert "current_app.extensions['migrate']" in (directory / "env.py.bak").read_text()
    ok(grown, "db", "upgrade")
    ok(grown, "db", "migrate", "-m", "users")
    ok(grown, "db", "upgrade")
    assert tables(url()) == {"thing"} and tables(url("users")) == {"user"}
    with grown.app_context():
        heads = {d.label: d.heads for d in fm.current()}
    assert heads["default"] == heads["users"] != (old.name.split("_")[0],)
    ok(grown, "db", "downgrade", "base")
    assert tables(url()) == tables(url("users")) == set()
    for app_ in (app, grown):
        with app_.app_context():
            for engine in app_.extensions["sqlalchemy"].engines.values():
                engine.dispose()
