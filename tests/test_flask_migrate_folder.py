"""A project switching from Flask-Migrate: the folder Flask-Migrate 4.1 made keeps working.

Flask-Migrate's ``init`` writes the folder (its env.py reads ``app.extensions["migrate"]``);
then the application changes one import and goes on with ``flask db`` from Flask-Migrations.
"""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

flask_migrate = pytest.importorskip("flask_migrate", reason="Flask-Migrate is a test dependency")

# Flask-Migrate's env.py calls db.get_engine(), which Flask-SQLAlchemy 3.1 deprecates; a user
# sees that warning with either package.
pytestmark = pytest.mark.filterwarnings("ignore:.*get_engine.*:DeprecationWarning")


def flask_migrate_init(url, directory):
    """Run Flask-Migrate's own ``init`` on a throwaway application."""
    app = Flask("before_the_switch")
    app.config["SQLALCHEMY_DATABASE_URI"] = url
    flask_migrate.Migrate(app, SQLAlchemy(app), directory=str(directory))
    with app.app_context():
        flask_migrate.init(str(directory))


def test_a_flask_migrate_folder_keeps_working(make_project, any_database_url, tmp_path):
    flask_migrate_init(any_database_url, tmp_path / "migrations")
    env_py = (tmp_path / "migrations" / "env.py").read_text()
    assert "flask_migrations" not in env_py  # Flask-Migrate's own env.py, not ours

    p = make_project(any_database_url)
    p.model("User", name=sa.Column(sa.String(50)))
    root_handlers = list(logging.getLogger().handlers)

    out = p.ok("db", "migrate", "-m", "users", "--rev-id", "r1").stdout
    assert "Generating" in out and "r1_users.py" in out
    assert "op.create_table('user'" in (p.migrations / "versions" / "r1_users.py").read_text()
    p.ok("db", "upgrade")
    assert "user" in p.table_names()
    assert p.version() == {"r1"}

    # Two commands in one process: still no empty revision (Flask-Migrate's env.py alone kept
    # the first command's hook and wrote one).
    assert p.ok("db", "migrate").stdout.strip() == "No changes in schema detected."
    assert len(p.revisions()) == 1

    p.db.metadata.tables["user"].c.name.type = sa.String(120)  # compare_type reaches its env.py
    p.ok("db", "migrate", "-m", "wider", "--rev-id", "r2")
    assert "sa.String(length=120)" in (p.migrations / "versions" / "r2_wider.py").read_text()
    p.ok("db", "upgrade")
    assert p.columns("user")["name"]["type"].length == 120

    assert p.ok("db", "current").stdout.strip() == "r2 (head)"
    p.ok("db", "downgrade", "base")
    assert "user" not in p.table_names()
    assert logging.getLogger().handlers == root_handlers  # its fileConfig() was kept out
