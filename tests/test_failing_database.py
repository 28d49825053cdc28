"""A database error names the database it came from, wherever the connection was made.

env.py's runtime connects to each database in turn; the error it raises carries which
database (bind) and URL it was for, so the message says ``the database 'users' at
sqlite:///...``, not just that some database failed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from conftest import CLICK_8_2, fails
from flask_migrations import Migrate


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Flask]:
    """Two SQLite databases; the 'users' one lies in a folder that does not exist."""
    monkeypatch.chdir(tmp_path)
    app = Flask("two_databases", root_path=str(tmp_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{tmp_path / 'app.db'}"
    app.config["SQLALCHEMY_BINDS"] = {"users": f"sqlite:///{tmp_path / 'missing' / 'users.db'}"}
    db = SQLAlchemy(app)
    Migrate(app, db, directory=str(tmp_path / "migrations"))
    yield app
    with app.app_context():
        for engine in db.engines.values():
            engine.dispose()


def run(app: Flask, *args: str) -> object:
    runner = app.test_cli_runner(**({} if CLICK_8_2 else {"mix_stderr": False}))
    return runner.invoke(args=list(args), prog_name="flask")


@pytest.mark.parametrize("command", [("current",), ("upgrade",), ("check",), ("stamp", "head")])
def test_the_database_env_py_cannot_open_is_named(
    app: Flask, tmp_path: Path, command: tuple[str, ...]
) -> None:
    app.config["MIGRATIONS_LOCK"] = False  # env.py's runtime is the first to connect
    assert run(app, "db", "init", "--multidb").exit_code == 0  # type: ignore[attr-defined]
    err = fails(run(app, "db", *command))
    url = f"sqlite:///{tmp_path / 'missing' / 'users.db'}"
    assert f"Cannot connect to the database 'users' at {url}: unable to open database file" in err
    assert f"(the folder {tmp_path / 'missing'} does not exist)." in err
