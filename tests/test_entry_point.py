"""The ``flask db`` group as Flask finds it: through Migrate(app, db) and through the
``flask.commands`` entry point, loaded for every application in the environment. The
application's own commands win, only the name asked for shows, and nothing heavy is imported
until a migration command runs. Each test runs the real ``flask`` command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HEADER = """\
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
db = SQLAlchemy(app)
"""

#: What an application that only builds ``Migrate(app, db)`` must not pay for: Alembic, Mako,
#: SQLAlchemy's asyncio extension and our command modules. (Not greenlet: SQLAlchemy 1.4
#: imports it itself.)
HEAVY = (
    "alembic",
    "mako",
    "sqlalchemy.ext.asyncio",
    "flask_migrations.api",
    "flask_migrations.cli",
    "flask_migrations.session",
    "flask_migrations.runtime",
)

#: Says, once the process exits, whether Alembic was imported and which heavy modules were.
REPORT = f"""\
import atexit, sys
def _report():
    print("alembic imported:", "alembic" in sys.modules, file=sys.stderr)
    print("heavy:", sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)
atexit.register(_report)
"""

#: Runs ``flask`` and says, once it exits, what was imported.
FLASK = REPORT + """\
from flask.cli import main
sys.argv[0] = "flask"
main()
"""


def run(folder: Path, app_source: str, *args: str) -> subprocess.CompletedProcess:
    (folder / "app.py").write_text(HEADER + app_source)
    env = {**os.environ, "FLASK_APP": "app.py"}
    env.pop("FLASK_DB_DIRECTORY", None)
    return subprocess.run(
        [sys.executable, "-c", FLASK, *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def listed(help_text: str) -> set[str]:
    section = help_text.split("Commands:", 1)[1]
    return {line.split()[0] for line in section.splitlines() if line.strip()}


OURS = "from flask_migrations import Migrate\nMigrate(app, db)\n"


def test_flask_help_imports_nothing_of_alembic(tmp_path):
    result = run(tmp_path, OURS, "--help")
    assert result.returncode == 0, result.stderr
    assert "db" in listed(result.stdout)
    db_line = next(line for line in result.stdout.splitlines() if line.split()[:1] == ["db"])
    assert db_line.split(None, 1)[1] == "Create, apply and inspect migrations."  # not cut
    assert "alembic imported: False" in result.stderr
    routes = run(tmp_path, OURS, "routes")
    assert routes.returncode == 0, routes.stderr
    assert "alembic imported: False" in routes.stderr
    assert "heavy: []" in routes.stderr
    init = run(tmp_path, OURS, "db", "init")
    assert init.returncode == 0, init.stderr
    assert (tmp_path / "migrations" / "env.py").is_file()


def test_an_app_that_imports_the_package_pays_nothing_heavy(tmp_path):
    """A gunicorn worker or a test session imports the app, never the ``flask`` command."""
    (tmp_path / "app.py").write_text(HEADER + OURS + "import flask_migrations\n")
    env = {k: v for k, v in os.environ.items() if k not in ("FLASK_APP", "FLASK_DB_DIRECTORY")}
    result = subprocess.run(
        [sys.executable, "-c", REPORT + "import app\nprint(app.app.extensions['migrate'])"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stderr
    assert "alembic imported: False" in result.stderr


def test_only_the_name_asked_for_shows(tmp_path):
    source = "from flask_migrations import Migrate\nMigrate(app, db, command='migrations')\n"
    result = run(tmp_path, source, "--help")
    assert {"migrations"} <= listed(result.stdout)
    assert "db" not in listed(result.stdout)
    db = run(tmp_path, source, "db", "upgrade")
    assert db.returncode == 2
    assert "No such command 'db'" in db.stderr
    assert run(tmp_path, source, "migrations", "init").returncode == 0
    assert (tmp_path / "migrations" / "env.py").is_file()


def test_the_apps_own_db_group_wins(tmp_path):
    source = (
        "from flask_migrations import Migrate\n"
        "Migrate(app, db, command='migrations')\n"
        "@app.cli.group('db', help='Seed and reset the data.')\n"
        "def data():\n"
        "    pass\n"
        "@data.command()\n"
        "def seed():\n"
        "    print('seeded')\n"
    )
    result = run(tmp_path, source, "db", "seed")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "seeded\n"
    help_text = run(tmp_path, source, "--help").stdout
    assert "Seed and reset the data." in help_text
    assert {"db", "migrations"} <= listed(help_text)


def test_an_app_still_on_flask_migrate_runs_flask_migrate(tmp_path):
    source = "from flask_migrate import Migrate\nMigrate(app, db)\n"
    result = run(tmp_path, source, "db", "init")
    assert result.returncode == 0, result.stderr
    assert "Please edit configuration/connection/logging settings" in result.stdout + result.stderr
    # Flask-Migrate's own env.py, not ours
    assert "fileConfig" in (tmp_path / "migrations" / "env.py").read_text()
    upgrade = run(tmp_path, source, "db", "upgrade")
    assert upgrade.returncode == 0, upgrade.stderr
    assert "command_args" not in upgrade.stderr


def test_an_app_without_migrate_gets_a_clear_error(tmp_path):
    result = run(tmp_path, "", "db", "upgrade")
    assert result.returncode == 1
    assert "Error: This application has no Migrate extension." in result.stderr
    assert "db" not in listed(run(tmp_path, "", "--help").stdout)


@pytest.mark.parametrize("command", ["db", "database"])
def test_a_flaskgroup_cli_finds_the_group_under_its_name(tmp_path, command):
    (tmp_path / "manage.py").write_text(
        HEADER
        + "from flask.cli import FlaskGroup\n"
        + "from flask_migrations import Migrate\n"
        + f"Migrate(app, db, command={command!r})\n"
        + "cli = FlaskGroup(create_app=lambda: app)\n"
        + "if __name__ == '__main__':\n    cli()\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("FLASK_APP", "FLASK_DB_DIRECTORY")}
    result = subprocess.run(
        [sys.executable, "manage.py", command, "init"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"run 'manage.py {command} migrate'" in result.stdout
    assert (tmp_path / "migrations" / "env.py").is_file()
