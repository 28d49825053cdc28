"""The Python API in-process: values returned, errors raised, the host application left alone."""

from __future__ import annotations

import inspect
import logging
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

import flask_migrations
from flask_migrations import Migrate, MigrateState
from flask_migrations import api as fm


def test_several_commands_in_one_process(project):
    p = project
    with p.app.app_context():
        created = fm.init()
        assert created[0] == p.migrations.absolute()
        assert p.migrations.absolute() / "env.py" in created

        [db] = fm.current()
        assert (db.database, db.label, db.heads, db.scripts) == ("", "default", (), [])

        [script] = fm.migrate(message="users")
        assert Path(script.path).is_file()
        assert script.doc == "users"

        result = fm.upgrade()
        [step] = result.steps
        assert step.direction == "upgrade"
        assert step.revision == script.revision
        assert step.from_revisions == () and step.to_revisions == (script.revision,)
        assert step.message == "users"
        assert result.sql is None

        # Flask-Migrate's env.py wrote an empty second revision in this sequence.
        assert fm.migrate(message="nothing") == []
        assert fm.upgrade().steps == []

        [db] = fm.current()
        assert db.heads == (script.revision,)
        assert db.scripts[0].revision == script.revision
    assert len(p.revisions()) == 1
    assert "user" in p.table_names()


def test_return_values_of_read_commands(any_project, monkeypatch):
    p = any_project
    monkeypatch.setenv("EDITOR", "true")  # an editor that leaves the file as it is
    with p.app.app_context():
        fm.init()
        fm.revision(message="one", rev_id="a1")
        fm.revision(message="two", rev_id="b2")
        assert [s.revision for s in fm.heads()] == ["b2"]
        assert [s.revision for s in fm.history()] == ["b2", "a1"]
        assert [s.revision for s in fm.history(rev_range="a1:a1")] == ["a1"]
        assert [s.revision for s in fm.show(revision="a1")] == ["a1"]
        assert [s.revision for s in fm.edit(revision="a1")] == ["a1"]
        assert fm.branches() == []
        assert [name for name, _ in fm.list_templates()] == [
            "aioflask",
            "aioflask-multidb",
            "flask",
            "flask-multidb",
        ]

        sql = fm.upgrade(sql=True)
        assert sql.sql is not None
        assert [s.revision for s in sql.steps] == ["a1", "b2"]  # what the script covers
        assert "INSERT INTO alembic_version (version_num) VALUES ('a1')" in sql.sql

        up = fm.upgrade()
        assert [(s.revision, s.direction) for s in up.steps] == [
            ("a1", "upgrade"),
            ("b2", "upgrade"),
        ]
        down = fm.downgrade(revision="base")
        assert [(s.revision, s.direction) for s in down.steps] == [
            ("b2", "downgrade"),
            ("a1", "downgrade"),
        ]
        assert fm.current()[0].heads == ()
        stamped = fm.stamp(revision="a1")
        assert [s.direction for s in stamped.steps] == ["stamp"]
        assert fm.current()[0].heads == ("a1",)
        marked = [s.cmd_format(False) for s in fm.history(indicate_current=True)]
        assert marked == ["b2 (head)", "a1 (current)"]

        with pytest.raises(fm.MigrationError) as info:  # a1 is no head: nothing to merge
            fm.merge(revisions=["a1", "b2"], rev_id="m3")
        assert "a1" in info.value.message
        fm.revision(message="side", rev_id="c3", head="a1", splice=True)
        [merged] = fm.merge(message="join", rev_id="m4")
        assert merged.revision == "m4" and set(merged.down_revision) == {"b2", "c3"}
    assert len(p.revisions()) == 4


def test_errors_raise_migration_error_never_system_exit(project):
    p = project
    with p.app.app_context():
        with pytest.raises(fm.ConfigurationError) as info:
            fm.upgrade()
        assert "flask db init" in str(info.value)
        fm.init()
        with pytest.raises(fm.ConfigurationError):
            fm.init()
        fm.migrate(rev_id="r1")
        with pytest.raises(fm.RevisionError) as revision_error:
            fm.upgrade(revision="nosuch")
        assert "nosuch" in revision_error.value.message
        with pytest.raises(fm.NotUpToDateError):
            fm.current(check_heads=True)
        with pytest.raises(fm.NotUpToDateError):
            fm.check()
        fm.upgrade()
        fm.check()
        p.db.metadata.tables["user"].append_column(sa.Column("age", sa.Integer))
        with pytest.raises(fm.SchemaDiffersError):
            fm.check()
    with pytest.raises(fm.ConfigurationError) as outside:
        fm.current()
    assert "application context" in outside.value.message
    for error in (revision_error.value, outside.value):
        assert isinstance(error, fm.MigrationError)
        assert not isinstance(error, SystemExit)


#: The logging part of an alembic.ini as Flask-Migrate wrote it: root to stderr at WARN.
LOGGING_SECTIONS = """
[loggers]
keys = root,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %%(levelname)-5.5s [%%(name)s] %%(message)s
"""


def test_host_logging_is_untouched(project, tmp_path):
    root = logging.getLogger()
    app_logger = logging.getLogger("myapp.audit")
    handler = logging.FileHandler(tmp_path / "app.log")
    root.addHandler(handler)
    saved_root_level = root.level
    root.setLevel(logging.ERROR)
    app_logger.setLevel(logging.DEBUG)
    root_handlers = list(root.handlers)
    alembic_logger = logging.getLogger("alembic")
    alembic_state = (list(alembic_logger.handlers), alembic_logger.level)
    try:
        p = project
        with p.app.app_context():
            fm.init()
            # An env.py as Flask-Migrate wrote it calls fileConfig on alembic.ini.
            env = p.migrations / "env.py"
            env.write_text(
                "from logging.config import fileConfig\n"
                "from alembic import context\n"
                "fileConfig(context.config.config_file_name)\n" + env.read_text()
            )
            ini = p.migrations / "alembic.ini"
            ini.write_text(ini.read_text() + LOGGING_SECTIONS)
            fm.migrate()
            fm.upgrade()
            fm.current()
            fm.downgrade(revision="base")
        assert root.handlers == root_handlers
        assert root.level == logging.ERROR
        assert app_logger.level == logging.DEBUG
        assert not app_logger.disabled
        assert (list(alembic_logger.handlers), alembic_logger.level) == alembic_state
        app_logger.error("still here")
        handler.flush()
        assert "still here" in (tmp_path / "app.log").read_text()
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(saved_root_level)
        app_logger.setLevel(logging.NOTSET)


# -- the extension ---------------------------------------------------------------------------


def test_extension_state_offers_what_flask_migrate_env_py_reads(make_project, sqlite_url):
    def include_object(obj, name, type_, reflected, compare_to):
        return True

    p = make_project(sqlite_url, include_object=include_object, compare_type=False)
    state = p.app.extensions["migrate"]
    assert isinstance(state, MigrateState)
    assert state.migrate is p.migrate
    assert state.db is p.db
    assert state.directory == p.migrate.directory
    assert state.configure_args == {
        "include_object": include_object,
        "compare_type": False,
        "render_as_batch": True,
    }
    state.configure_args["process_revision_directives"] = print  # changes stay with the copy
    assert "process_revision_directives" not in state.configure_args
    with p.app.app_context():
        assert state.metadata is p.db.metadata


def test_init_app_overrides_constructor_values(sqlite_url, tmp_path):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = sqlite_url
    db = SQLAlchemy(app)
    migrate = Migrate(
        directory="first", command="first", compare_type=False, user_module_prefix="x."
    )
    assert "migrate" not in app.extensions  # nothing happens without an app and db
    migrate.init_app(app, db, directory=tmp_path / "second", render_as_batch=False)
    state = app.extensions["migrate"]
    assert state.directory == str(tmp_path / "second")
    assert state.configure_args == {
        "compare_type": False,
        "render_as_batch": False,
        "user_module_prefix": "x.",
    }
    assert "first" in app.cli.commands
    migrate.init_app(app, db, command="database")
    assert "database" in app.cli.commands


def test_migrate_needs_both_app_and_db_to_bind():
    app = Flask(__name__)
    Migrate(app)
    assert "migrate" not in app.extensions
    assert "db" not in app.cli.commands


def test_configure_callbacks_run_in_registration_order(project):
    p = project
    calls = []

    @p.migrate.configure
    def first(config):
        calls.append("first")
        config.set_main_option("sqlalchemy.url", "first")
        return config

    @p.migrate.configure
    def second(config):
        calls.append(("second", config.get_main_option("sqlalchemy.url")))
        config.attributes["seen"] = True
        return config

    assert first.__name__ == "first"  # the decorator gives the function back
    with p.app.app_context():
        fm.init()
        calls.clear()
        fm.heads()
        assert calls == ["first", ("second", "first")]
        config = p.migrate.get_config(x_arg="a=1")
        assert config.attributes["seen"] is True
        assert config.cmd_opts.x == ["a=1"]


def test_migrate_options_reach_alembic_online_and_offline(make_project, sqlite_url):
    def include_object(obj, name, type_, reflected, compare_to):
        return not (type_ == "table" and name == "legacy")

    p = make_project(sqlite_url, include_object=include_object, version_table="schema_version")
    p.model("User", name=sa.Column(sa.String(20)))
    p.model("Legacy", data=sa.Column(sa.Text))
    with p.app.app_context():
        fm.init()
        [script] = fm.migrate()
        text = Path(script.path).read_text()
        assert "create_table('user'" in text and "'legacy'" not in text
        sql = fm.upgrade(sql=True).sql
        assert sql is not None and "CREATE TABLE schema_version" in sql
        fm.upgrade()
    assert "schema_version" in p.table_names()
    assert "alembic_version" not in p.table_names()


def test_compare_type_can_be_switched_off(make_project, sqlite_url):
    p = make_project(sqlite_url, compare_type=False)
    p.model("User", name=sa.Column(sa.String(50)))
    with p.app.app_context():
        fm.init()
        fm.migrate()
        fm.upgrade()
        p.db.metadata.tables["user"].c.name.type = sa.String(100)
        assert fm.migrate() == []


# What Flask-Migrate 4.1 declares differently on purpose: merge with no revisions joins the
# heads (its '' does the same).
DELIBERATE = {("merge", "revisions")}


@pytest.mark.parametrize(
    "name",
    [
        "init",
        "revision",
        "migrate",
        "edit",
        "merge",
        "upgrade",
        "downgrade",
        "show",
        "history",
        "heads",
        "branches",
        "current",
        "stamp",
        "check",
        "list_templates",
        "Migrate.__init__",
        "Migrate.init_app",
        "Migrate.get_config",
        "Migrate.configure",
    ],
)
def test_signatures_accept_every_flask_migrate_call(name):
    """Code that calls Flask-Migrate's functions, by position or keyword, calls ours the same."""
    flask_migrate = pytest.importorskip("flask_migrate")

    def lookup(module):
        obj = module
        for part in name.split("."):
            obj = getattr(obj, part)
        return inspect.signature(obj).parameters.values()

    theirs, ours = list(lookup(flask_migrate)), list(lookup(flask_migrations))
    our_kwargs = [p for p in ours if p.kind is p.VAR_KEYWORD]
    for index, param in enumerate(theirs):
        if param.kind is param.VAR_KEYWORD:
            assert our_kwargs, f"{name} takes **{param.name}"
            continue
        mine = ours[index]
        assert (mine.name, mine.kind) == (param.name, param.kind), name
        if (name, param.name) not in DELIBERATE:
            assert mine.default == param.default, (name, param.name)
