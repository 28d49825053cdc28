"""The top-level functions behave as Flask-Migrate 4.1's when an application calls them: the
same output, an Alembic error as one ``Error:`` line and ``SystemExit(1)``, a database error as
the exception it is. Each scenario runs in a subprocess, once with Flask-Migrate and once with
Flask-Migrations, and the two are compared."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

import flask_migrations
from flask_migrations import api

SCRIPT = """\
import os, sys
which, url = sys.argv[1], sys.argv[2]
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
fm = __import__(which)
app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = url
db = SQLAlchemy(app)
folder = which + "_folder"
fm.Migrate(app, db, directory=folder)
class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)

def step(name, call):
    print("==", name, flush=True)
    print("==", name, file=sys.stderr, flush=True)
    try:
        call()
    except SystemExit as exc:
        print("SystemExit", exc.code, flush=True)
    except Exception as exc:
        print("raised", type(exc).__module__, type(exc).__name__, flush=True)

with app.app_context():
    step("init", lambda: fm.init(directory=folder))
    step("migrate", lambda: fm.migrate(directory=folder, message="users", rev_id="a1"))
    step("check behind", lambda: fm.check(directory=folder))
    step("upgrade", lambda: fm.upgrade(directory=folder))
    step("current", lambda: fm.current(directory=folder))
    step("history", lambda: fm.history(directory=folder))
    step("heads", lambda: fm.heads(directory=folder))
    step("show", lambda: fm.show(directory=folder, revision="a1"))
    step("branches", lambda: fm.branches(directory=folder))
    step("bad revision", lambda: fm.upgrade(directory=folder, revision="nosuch"))
    step("stamp", lambda: fm.stamp(directory=folder, revision="base"))
    step("current after stamp", lambda: fm.current(directory=folder))
"""


def run(tmp_path: Path, which: str, url: str) -> tuple[dict[str, str], dict[str, str]]:
    (tmp_path / "script.py").write_text(SCRIPT)
    done = subprocess.run(
        [sys.executable, "script.py", which, url],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return _sections(done.stdout, which, tmp_path), _sections(done.stderr, which, tmp_path)


def _sections(text: str, which: str, where: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    name = ""
    text = text.replace(str(where), "HERE").replace(which + "_folder", "FOLDER")
    for line in text.splitlines():
        if line.startswith("== "):
            name = line[3:]
            found[name] = ""
        elif not line.startswith(("Create Date:", "    Create Date:")):
            found[name] += line + "\n"
    return found


def test_output_and_errors_match_flask_migrate(tmp_path):
    ours_dir, theirs_dir = tmp_path / "ours", tmp_path / "theirs"
    ours_dir.mkdir()
    theirs_dir.mkdir()
    theirs_out, theirs_err = run(theirs_dir, "flask_migrate", f"sqlite:///{theirs_dir}/a.db")
    ours_out, ours_err = run(ours_dir, "flask_migrations", f"sqlite:///{ours_dir}/a.db")
    for name in ("migrate", "current", "history", "heads", "show", "branches",
                 "current after stamp"):
        assert ours_out[name] == theirs_out[name], name
    assert ours_out["current"] == "a1 (head)\n"
    assert ours_out["migrate"] == "Generating HERE/FOLDER/versions/a1_users.py ...  done\n"
    for name in ("check behind", "bad revision"):
        assert ours_out[name] == theirs_out[name] == "SystemExit 1\n", name
        assert ours_err[name].count("Error: ") == 1, ours_err[name]
        assert "Traceback" not in ours_err[name]
    assert "Running upgrade  -> a1, users" in ours_err["upgrade"]
    assert "Running upgrade  -> a1, users" in theirs_err["upgrade"]


def test_a_database_error_reaches_the_caller_as_it_is(tmp_path, server_database_url):
    import sqlalchemy as sa

    url = sa.engine.make_url(server_database_url).set(port=1)  # nothing listens there
    for which in ("flask_migrate", "flask_migrations"):
        folder = tmp_path / which
        folder.mkdir()
        out, _ = run(folder, which, url.render_as_string(hide_password=False))
        assert out["upgrade"] == "raised sqlalchemy.exc OperationalError\n", which


def test_the_clean_api_prints_nothing_and_raises(project, capfd):
    with project.app.app_context():
        api.init()
        capfd.readouterr()
        api.migrate(rev_id="a1")
        api.upgrade()
        assert [db.heads for db in api.current()] == [("a1",)]
        with pytest.raises(api.RevisionError) as caught:
            api.upgrade(revision="nosuch")
    out, err = capfd.readouterr()
    assert out == err == ""
    error = caught.value
    assert error.__cause__ is None and error.__suppress_context__  # shown as one exception
    assert error.original is not None  # Alembic's, for -v and for code that reads it


def test_the_top_level_face_prints_and_returns(project, capfd):
    with project.app.app_context():
        flask_migrations.init()
        [script] = flask_migrations.migrate(rev_id="a1")
        result = flask_migrations.upgrade()
        found = flask_migrations.current()
        with pytest.raises(SystemExit) as stopped:
            flask_migrations.upgrade(revision="nosuch")
    out, err = capfd.readouterr()
    assert script.revision == "a1" and [s.revision for s in result.steps] == ["a1"]
    assert found[0].heads == ("a1",)
    assert "Generating " in out and "a1_.py ...  done" in out
    assert "a1 (head)\n" in out
    assert stopped.value.code == 1
    assert "Error: No revision matches 'nosuch'." in err


def test_commands_run_from_another_thread(project):
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with project.app.app_context():
                api.init()
                api.migrate(rev_id="t1")
                api.upgrade()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []
    assert project.version() == {"t1"}


def test_edit_defaults_to_the_current_revision(project, monkeypatch, tmp_path):
    opened = tmp_path / "opened"
    monkeypatch.setenv("EDITOR", f"{sys.executable} -c \"import sys; open({str(opened)!r}, 'w')"
                       ".write(sys.argv[1])\"")
    with project.app.app_context():
        api.init()
        api.revision(message="one", rev_id="e1")
        api.revision(message="two", rev_id="e2")
        api.upgrade(revision="e1")
        flask_migrations.edit()
    assert opened.read_text().endswith("e1_one.py")
