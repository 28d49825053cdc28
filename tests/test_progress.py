"""Progress of upgrade and downgrade: in a real pseudo-terminal (a ticking time on a revision
that runs long, lines never cut into Alembic's), piped (plain lines), with -q (nothing), and
never in the in-process Flask-Migrate-compatible face."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import flask_migrations
from conftest import write_revision

APP = """\
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_migrations import Migrate

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = {url!r}
db = SQLAlchemy(app)
Migrate(app, db)
"""


class Folder:
    """An application on disk, with a quick revision and one that takes a few seconds."""

    def __init__(self, root: Path, url: str) -> None:
        self.root = root
        (root / "app.py").write_text(APP.format(url=url))
        self.run("db", "init")
        self.migrations = root / "migrations"
        table = "op.create_table('thing', sa.Column('id', sa.Integer, primary_key=True))"
        write_revision(self, "a1", None, table, "op.drop_table('thing')")
        slow, quick = "import time\ntime.sleep(2.5)", "import time\ntime.sleep(0.2)"
        write_revision(self, "b2", "a1", slow, quick)
        for path in (root / "migrations" / "versions").glob("*.py"):
            path.write_text(path.read_text().replace('"""step b2"""', '"""slow backfill"""'))

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        env.update(FLASK_APP="app", COLUMNS="100", TERM="xterm")
        return env

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        """``flask <args>`` with its output piped (and ``env`` added to the environment)."""
        done = subprocess.run(
            [sys.executable, "-m", "flask", *args],
            cwd=self.root,
            env={**self.env(), **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done

    def in_terminal(self, *args: str, no_color: bool = False) -> str:
        """``flask <args>`` in a pseudo-terminal: everything it showed, as the terminal got it."""
        env = {**self.env(), **({"NO_COLOR": "1"} if no_color else {})}
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "flask", *args],
            cwd=self.root,
            env=env,
            stdin=slave,
            stdout=slave,
            stderr=slave,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        assert proc.wait(timeout=120) == 0, b"".join(chunks)
        return b"".join(chunks).decode()


TICKING = re.compile(r"\[2/2\] upgrade b2 slow backfill \.\.\. \d+\.\d s")


def test_progress_in_a_terminal(any_database_url, tmp_path):
    folder = Folder(tmp_path, any_database_url)
    shown = folder.in_terminal("db", "upgrade")
    assert TICKING.search(shown), shown  # the ticking time of the revision that runs long
    assert "\r\x1b[K" in shown  # erased before the next line
    lines = [line.split("\r\x1b[K")[-1] for line in shown.replace("\r\n", "\n").split("\n")]
    assert any(re.fullmatch(r"\[1/2\] upgrade a1 step a1: \d+\.\d s", line) for line in lines)
    assert any(re.fullmatch(r"\[2/2\] upgrade b2 slow backfill: 2\.\d s", line) for line in lines)
    # Alembic's own lines are there, unchanged, each on a line of its own
    assert "INFO  [alembic.runtime.migration] Running upgrade a1 -> b2, slow backfill" in lines
    for line in lines:
        assert "INFO" not in line or line.startswith("INFO"), line

    folder.in_terminal("db", "downgrade", "base")
    again = folder.in_terminal("db", "upgrade")
    assert "2 revisions to run; about 2." in again  # from the history table
    last_time = r"\[2/2\] upgrade b2 slow backfill \.\.\. \d+\.\d s \(last time 2\.\d s\)"
    assert re.search(last_time, again)
    assert re.search(r"\[1/2\] upgrade a1 step a1: \d+\.\d s, about 2\.\d s left", again)


def test_progress_piped_is_plain_lines_and_quiet_shows_none(any_database_url, tmp_path):
    folder = Folder(tmp_path, any_database_url)
    err = folder.run("db", "upgrade").stderr
    # beside Alembic's lines, as they are: a CI log shows both alike
    assert "INFO  [alembic.runtime.migration] Running upgrade a1 -> b2, slow backfill\n" in err
    line = r"^INFO  \[flask_migrations.progress\] "
    assert re.search(line + r"\[1/2\] upgrade a1 step a1: \d+\.\d s$", err, re.M), err
    assert re.search(line + r"\[2/2\] upgrade b2 slow backfill: 2\.\d s$", err, re.M), err
    assert "\r" not in err and "\x1b" not in err
    down = folder.run("db", "downgrade").stderr
    assert re.search(line + r"\[1/1\] downgrade b2 slow backfill: \d+\.\d s$", down, re.M)
    quiet = folder.run("db", "-q", "upgrade")
    assert quiet.stderr == "" and quiet.stdout == ""


def test_the_in_process_face_shows_no_progress(project, capsys):
    project.ok("db", "init")
    write_revision(project, "a1", None, "pass")
    with project.app.app_context():
        flask_migrations.upgrade()
    captured = capsys.readouterr()
    assert "[1/1]" not in captured.out + captured.err
    assert project.version() == {"a1"}


def test_status_and_history_in_colour_on_a_terminal_only(sqlite_url, tmp_path):
    folder = Folder(tmp_path, sqlite_url)
    folder.run("db", "upgrade", "a1")
    status = folder.in_terminal("db", "status")
    assert "\x1b[32mapplied" in status and "\x1b[33mPENDING" in status
    history = folder.in_terminal("db", "history", "-i")
    assert "\x1b[32m\x1b[1m (current)\x1b[0m, step a1" in history
    assert "\x1b[33ma1 -> b2\x1b[0m" in history
    for args in (("db", "status"), ("db", "history", "-i")):
        assert "\x1b" not in folder.in_terminal(*args, no_color=True)
        assert "\x1b" not in folder.run(*args).stdout
    assert "PENDING  b2  slow backfill" in folder.run("db", "status").stdout


def test_upgrade_and_downgrade_with_progress_read_each_revision_file_once(tmp_path):
    """The progress pass and the command share one reading of the revision files: a file with
    work at import (an app's revisions import models, build lookup tables) runs it once, and
    1,000 revisions are not read twice. Each import appends a line to loads.txt."""
    folder = Folder(tmp_path, f"sqlite:///{tmp_path / 'app.db'}")
    for path in folder.migrations.glob("versions/*.py"):
        counted = f"open({str(tmp_path / 'loads.txt')!r}, 'a').write(__name__ + '\\n')\n"
        anchor = "import sqlalchemy as sa\n"
        text = path.read_text().replace(anchor, anchor + counted, 1)
        path.write_text(text)
    loads = tmp_path / "loads.txt"

    done = folder.run("db", "upgrade")
    assert "[2/2]" in done.stderr  # the progress pass ran
    assert len(loads.read_text().splitlines()) == 2  # two files, one import each

    loads.unlink()
    done = folder.run("db", "downgrade", "base")
    assert "[2/2]" in done.stderr
    assert len(loads.read_text().splitlines()) == 2
