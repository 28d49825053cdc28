"""Settings read from configuration often arrive as text (an ini file, the environment): each is
read by one parser for its kind, and a value that is not of its kind is refused by name."""

from __future__ import annotations

import pytest

from conftest import fails
from deploy_project import rows, write_project
from flask_migrations.lock import hold


@pytest.mark.parametrize("text", ["false", "False", "FALSE", "0", "no", "off", " Off "])
def test_history_switched_off_by_text(make_project, sqlite_url, text):
    p = make_project(sqlite_url)
    write_project(p, count=1)
    p.app.config["MIGRATIONS_HISTORY"] = text
    p.ok("db", "upgrade")
    assert "flask_migrations_history" not in p.table_names()


@pytest.mark.parametrize("text", ["true", "1", "yes", "ON"])
def test_history_switched_on_by_text(make_project, sqlite_url, text):
    p = make_project(sqlite_url)
    write_project(p, count=1)
    p.app.config["MIGRATIONS_HISTORY"] = text
    p.ok("db", "upgrade")
    assert [r[0] for r in rows(p, "SELECT revision FROM flask_migrations_history")] == ["r01"]


def test_lock_switched_off_by_text_does_not_wait(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=1)
    p.app.config["MIGRATIONS_LOCK"] = "false"
    p.app.config["MIGRATIONS_LOCK_TIMEOUT"] = "0.2"  # a number as text is a number
    with p.app.app_context(), hold([("", p.db.engine)]):
        result = p.cli("db", "upgrade")
    assert result.exit_code == 0, result.stderr
    assert "Waiting for the migration lock" not in result.stderr
    assert p.version() == {"r01"}


def test_lock_timeout_as_text_still_limits_the_wait(make_project, sqlite_url):
    p = make_project(sqlite_url)
    write_project(p, count=1)
    p.app.config["MIGRATIONS_LOCK_TIMEOUT"] = "0.2"
    with p.app.app_context(), hold([("", p.db.engine)]):
        result = p.cli("db", "upgrade")
    assert result.exit_code == 3
    assert "after 0.2 seconds" in result.stderr


@pytest.mark.parametrize(
    ("key", "value"),
    [("MIGRATIONS_HISTORY", "maybe"), ("MIGRATIONS_LOCK", "2"), ("MIGRATIONS_LOCK", [])],
)
def test_a_value_of_the_wrong_kind_is_refused_by_name(make_project, sqlite_url, key, value):
    p = make_project(sqlite_url)
    write_project(p, count=1)
    p.app.config[key] = value
    err = fails(p.cli("db", "upgrade"))
    assert err.splitlines()[0] == (
        f"Error: {key} = {value!r} is not true or false (give true/false, 1/0, yes/no or"
        " on/off)."
    )
    assert p.version() == set()


def test_own_settings_are_not_handed_to_alembic(make_project, sqlite_url):
    p = make_project(sqlite_url, history=False, lock_timeout=5)
    state = p.app.extensions["migrate"]
    assert "history" not in state.configure_args
    assert "lock_timeout" not in state.configure_args
    assert state.configure_args["compare_type"] is True  # Alembic's own still go through
    write_project(p, count=1)
    p.ok("db", "upgrade")
    assert "flask_migrations_history" not in p.table_names()  # the setting still applies


@pytest.mark.parametrize(
    ("typo", "meant"), [("lock_timout", "lock_timeout"), ("histroy", "history")]
)
def test_a_misspelt_setting_is_refused(make_project, sqlite_url, typo, meant):
    with pytest.raises(TypeError) as caught:
        make_project(sqlite_url, **{typo: 5})
    assert str(caught.value) == (
        f"Migrate() got an unexpected keyword argument {typo!r}; did you mean {meant!r}?"
    )


def test_the_api_takes_settings_by_keyword_only(make_project, sqlite_url):
    from flask_migrations import api

    p = make_project(sqlite_url)
    write_project(p, count=1)
    with p.app.app_context():
        with pytest.raises(TypeError):
            api.upgrade(None, "head", False, None, None, False)  # type: ignore[misc]
        with pytest.raises(TypeError):
            api.upgrade(lock_timout=3)  # type: ignore[call-arg]
        result = api.upgrade(history=False, lock_timeout=3)
    assert [s.revision for s in result.steps] == ["r01"]
    assert "flask_migrations_history" not in p.table_names()
