"""migrate with models that define no tables (their module not imported) refuses to write a
revision that drops every table, unless asked."""

from __future__ import annotations

import pytest

import flask_migrations.api


def _migrated_then_models_forgotten(make_project, url):
    p = make_project(url)
    p.model("User")
    p.model("Post")
    p.ok("db", "init")
    p.ok("db", "migrate", "-m", "first")
    p.ok("db", "upgrade")
    p.db.metadata.clear()  # as if the models module had not been imported
    return p


def test_migrate_refuses_to_drop_every_table(make_project, any_database_url):
    p = _migrated_then_models_forgotten(make_project, any_database_url)
    result = p.cli("db", "migrate", "-m", "oops")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: The models define no tables for the default database, which has 2: the"
        " revision would drop them all (post, user). No file was written."
    )
    assert "--allow-empty-models" in result.stderr
    assert len(p.revisions()) == 1
    assert p.table_names() >= {"user", "post"}


def test_allow_empty_models_writes_the_drop(make_project, sqlite_url):
    p = _migrated_then_models_forgotten(make_project, sqlite_url)
    with p.app.app_context(), pytest.raises(flask_migrations.api.RevisionError) as caught:
        flask_migrations.api.migrate()
    assert "the revision would drop them all" in str(caught.value)
    p.ok("db", "migrate", "-m", "drop all", "--allow-empty-models")
    [_, new] = sorted(p.revisions(), key=lambda f: f.stat().st_mtime)
    assert "op.drop_table('user')" in new.read_text()
    with p.app.app_context():
        p.db.metadata.clear()
        flask_migrations.api.upgrade()
    assert p.table_names() == {"alembic_version", "flask_migrations_history"}


def test_an_empty_database_with_no_models_is_no_problem(make_project, sqlite_url):
    p = make_project(sqlite_url)
    p.ok("db", "init")
    result = p.ok("db", "migrate")
    assert "No changes in schema detected." in result.stdout
