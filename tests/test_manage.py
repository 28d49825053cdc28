"""How applications reach the commands: factories, a custom group name, manage.py, the
``flask.commands`` entry point and ``FLASK_DB_DIRECTORY``."""

from __future__ import annotations

import os
import subprocess
import sys

import click.testing
import pytest
import sqlalchemy as sa
from flask import Flask
from flask.cli import FlaskGroup
from flask_sqlalchemy import SQLAlchemy

import flask_migrations
from flask_migrations import Migrate

FACTORY_APP = """\
import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy

import flask_migrations
from flask_migrations import Migrate

db = SQLAlchemy()
migrate = Migrate()


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(64))


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["MYAPP_DATABASE_URL"]
    db.init_app(app)
    migrate.init_app(app, db, directory="migrations")
    return app
"""

MANAGE_PY = """\
from flask.cli import FlaskGroup

from flask_migrations import MigrateCommand
from myapp import create_app

cli = FlaskGroup(create_app=create_app)
cli.add_command(MigrateCommand, "db")

if __name__ == "__main__":
    cli()
"""


def tables(url):
    engine = sa.create_engine(url)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_manage_py_in_a_subprocess(tmp_path, monkeypatch, sqlite_url):
    (tmp_path / "myapp.py").write_text(FACTORY_APP)
    (tmp_path / "manage.py").write_text(MANAGE_PY)
    # The folder and its first revision, written in-process (one subprocess keeps this quick).
    monkeypatch.chdir(tmp_path)
    app = make_factory(sqlite_url, table="user")()
    with app.app_context():
        flask_migrations.init()
        [script] = flask_migrations.migrate(message="users")
        app.extensions["sqlalchemy"].engines[None].dispose()

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=tmp_path,
            env={"MYAPP_DATABASE_URL": sqlite_url, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=120,
        )

    done = manage("db", "upgrade")
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert f"Running upgrade  -> {script.revision}, users" in done.stderr  # as with flask db
    assert "user" in tables(sqlite_url)

    done = manage("db", "-q", "downgrade", "base")  # -q: warnings and errors only
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert done.stdout == "" and done.stderr == ""
    assert "user" not in tables(sqlite_url)


def make_factory(url, table="thing"):
    db = SQLAlchemy()
    migrate = Migrate()

    def create_app():
        app = Flask("factoryapp")
        app.config["SQLALCHEMY_DATABASE_URI"] = url
        db.init_app(app)
        migrate.init_app(app, db)
        return app

    class Thing(db.Model):
        __tablename__ = table
        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(64))

    return create_app


@pytest.fixture
def flask_group_runner(monkeypatch):
    """Run a FlaskGroup in-process as the ``flask`` command would (FLASK_* variables read)."""
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)  # FlaskGroup.main sets it
    monkeypatch.delenv("FLASK_DB_DIRECTORY", raising=False)
    runner = click.testing.CliRunner()

    def run(group, *args, env=None):
        result = runner.invoke(group, list(args), env=env, prog_name="myapp")
        return result

    return run


def test_entry_point_gives_an_app_cli_the_db_group(
    tmp_path, monkeypatch, sqlite_url, flask_group_runner
):
    monkeypatch.chdir(tmp_path)
    cli = FlaskGroup(create_app=make_factory(sqlite_url), load_dotenv=False)  # no add_command
    assert "--quiet" in flask_group_runner(cli, "db", "--help").output  # our group, not another
    result = flask_group_runner(cli, "db", "init")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "migrations" / "env.py").is_file()
    result = flask_group_runner(cli, "db", "migrate")
    assert result.exit_code == 0, result.output
    result = flask_group_runner(cli, "db", "upgrade")
    assert result.exit_code == 0, result.output
    assert "thing" in tables(sqlite_url)


def test_flask_db_directory_sets_the_folder(tmp_path, monkeypatch, sqlite_url, flask_group_runner):
    monkeypatch.chdir(tmp_path)
    cli = FlaskGroup(create_app=make_factory(sqlite_url), load_dotenv=False)
    env = {"FLASK_DB_DIRECTORY": "from_env"}
    result = flask_group_runner(cli, "db", "init", env=env)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from_env" / "env.py").is_file()
    assert not (tmp_path / "migrations").exists()
    result = flask_group_runner(cli, "db", "migrate", "--rev-id", "e1", env=env)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from_env" / "versions" / "e1_.py").is_file()
    help_text = flask_group_runner(cli, "db", "--help").output
    assert 'default is "migrations"' in help_text
    # A command's own -d wins over the variable.
    result = flask_group_runner(cli, "db", "upgrade", "-d", "missing", env=env)
    assert result.exit_code == 1
    assert "missing" in result.output


def test_factory_with_a_custom_command_name(tmp_path, monkeypatch, sqlite_url):
    monkeypatch.chdir(tmp_path)
    app = Flask("custom")
    app.config["SQLALCHEMY_DATABASE_URI"] = sqlite_url
    db = SQLAlchemy()
    migrate = Migrate(command="database")
    db.init_app(app)
    migrate.init_app(app, db)

    class Item(db.Model):
        id = sa.Column(sa.Integer, primary_key=True)

    assert "database" in app.cli.commands
    assert "db" not in app.cli.commands
    runner = app.test_cli_runner()
    result = runner.invoke(args=["database", "init"])
    assert result.exit_code == 0, result.output
    assert "database migrate'" in result.output  # the next step names this group
    for args in (["database", "migrate"], ["database", "upgrade"]):
        result = runner.invoke(args=args)
        assert result.exit_code == 0, result.output
    assert "item" in tables(sqlite_url)
    with app.app_context():
        db.engine.dispose()


def test_one_migrate_for_two_apps(tmp_path, monkeypatch):
    """One extension object serves several applications, each with its own folder."""
    monkeypatch.chdir(tmp_path)
    migrate = Migrate()
    apps = []
    for name in ("one", "two"):
        app = Flask(name)
        app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{tmp_path / name}.db"
        migrate.init_app(app, SQLAlchemy(app), directory=f"migrations_{name}")
        apps.append(app)
    for app in apps:
        runner = app.test_cli_runner()
        assert (
            f'(default is "migrations_{app.name}")' in runner.invoke(args=["db", "--help"]).output
        )
        assert runner.invoke(args=["db", "init"]).exit_code == 0
        assert (tmp_path / f"migrations_{app.name}" / "env.py").is_file()
        assert runner.invoke(args=["db", "current"]).exit_code == 0


def test_an_app_without_migrate_gets_one_clear_error(tmp_path, monkeypatch, flask_group_runner):
    monkeypatch.chdir(tmp_path)
    cli = FlaskGroup(create_app=lambda: Flask("bare"), load_dotenv=False)
    for command in ("init", "upgrade", "current"):
        result = flask_group_runner(cli, "db", command)
        assert result.exit_code == 1, command
        assert "Error: This application has no Migrate extension." in result.output
        assert "Migrate(app, db)" in result.output
        assert "Traceback" not in result.output and "KeyError" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_db_given_first_and_app_later(tmp_path, monkeypatch, sqlite_url):
    monkeypatch.chdir(tmp_path)
    db = SQLAlchemy()
    migrate = Migrate(db=db, directory=tmp_path / "later")
    app = Flask("later")
    app.config["SQLALCHEMY_DATABASE_URI"] = sqlite_url
    db.init_app(app)
    migrate.init_app(app)
    assert app.extensions["migrate"].db is db
    result = app.test_cli_runner().invoke(args=["db", "init"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "later" / "env.py").is_file()


def test_hints_name_the_command_as_typed(tmp_path, monkeypatch, sqlite_url, flask_group_runner):
    monkeypatch.chdir(tmp_path)
    cli = FlaskGroup(create_app=make_factory(sqlite_url), load_dotenv=False)
    result = flask_group_runner(cli, "db", "upgrade")  # run as "myapp"
    assert result.exit_code == 1
    assert "Run 'myapp db init' to create it" in result.output

    (tmp_path / "myapp.py").write_text(FACTORY_APP)
    (tmp_path / "manage.py").write_text(MANAGE_PY)
    typed = subprocess.run(
        [sys.executable, "manage.py", "db", "upgrade"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={**os.environ, "MYAPP_DATABASE_URL": sqlite_url},
    )
    assert typed.returncode == 1
    if sys.version_info >= (3, 10):  # Python tells how it was started
        assert "Run 'python manage.py db init' to create it" in typed.stderr
    else:
        assert "Run 'manage.py db init' to create it" in typed.stderr


def test_hints_from_python_name_the_function(make_project, sqlite_url, capfd):
    p = make_project(sqlite_url)
    with p.app.app_context(), pytest.raises(SystemExit):
        flask_migrations.upgrade()
    err = capfd.readouterr().err
    assert "Run init() to create it" in err
    assert "flask db" not in err
