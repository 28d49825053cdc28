"""``flask db graph``: the revision graph drawn as text, Mermaid and DOT, with where each
database stands; images drawn by a real Graphviz, files written whole or not at all."""

from __future__ import annotations

import os
import re
import shutil
import stat
import textwrap
from pathlib import Path
from typing import Any

import alembic
import pytest
import sqlalchemy as sa
from flask import Flask
from flask_sqlalchemy import SQLAlchemy

from conftest import fails, server_url
from flask_migrations import Migrate
from test_multidb import Urls, urls  # noqa: F401


def revision_file(
    folder: Path,
    rev: str,
    down: Any,
    message: str,
    labels: Any = None,
    depends: Any = None,
) -> None:
    """A revision that changes nothing, with the graph's fields as given."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{rev}_x.py").write_text(
        textwrap.dedent(
            f'''\
            """{message}"""
            revision = {rev!r}
            down_revision = {down!r}
            branch_labels = {labels!r}
            depends_on = {depends!r}


            def upgrade():
                pass


            def downgrade():
                pass
            '''
        )
    )


def branchy_history(versions: Path) -> None:
    """A history with a branch (labelled), a merge, a second root that depends on the branch,
    and a revision after the merge."""
    revision_file(versions, "a1", None, "create users")
    revision_file(versions, "b2", "a1", "add email")
    revision_file(versions, "c3", "a1", "billing start", labels=("billing",))
    revision_file(versions, "d4", "c3", "invoices")
    revision_file(versions, "e5", ("b2", "d4"), "merge billing")
    revision_file(versions, "f6", "e5", "audit")
    revision_file(versions, "g7", None, "reports", depends="d4")


EXPECTED = """\
○ f6 (head) audit  (pending)
○ e5 (merge) merge billing  (pending)
├─╮
● │ b2 add email  ◀ default
│ │ ○ g7 (head) reports [depends on d4]  (pending)
│ ○ d4 invoices  (pending)
│ ○ c3 (branch: billing) billing start  (pending)
├─╯
● a1 (branch point) create users
"""


def test_text_graph_with_branches_merges_labels_and_where_the_database_is(any_project):
    p = any_project
    p.ok("db", "init")
    branchy_history(p.migrations / "versions")
    p.ok("db", "upgrade", "b2")
    result = p.ok("db", "graph")
    assert result.stdout == EXPECTED
    assert "Context impl" not in result.stderr  # a reading command: no connection notes

    ascii_text = p.ok("db", "graph", "--ascii").stdout
    assert ascii_text.splitlines()[:4] == [
        "o f6 (head) audit  (pending)",
        "o e5 (merge) merge billing  (pending)",
        "|-.",
        "* | b2 add email  <- default",
    ]
    assert "|-'" in ascii_text and not re.search(r"[^\x00-\x7f]", ascii_text)


def test_range_and_a_database_at_base(project):
    project.ok("db", "init")
    branchy_history(project.migrations / "versions")
    assert project.ok("db", "graph", "b2:f6").stdout.splitlines() == [
        "○ f6 (head) audit  (pending)",
        "○ e5 (merge) merge billing  (pending)",
        "○ b2 add email  (pending)",
    ]
    whole = project.ok("db", "graph").stdout.splitlines()
    assert whole[-1] == "  (base)  ◀ default"  # nothing applied yet: the marker sits at base
    err = fails(project.cli("db", "graph", "b2"))
    assert "Graph range 'b2' has no colon." in err


#: How alembic.ini's lists are split: ``path_separator = os`` (the template's) from Alembic 1.16,
#: blanks before it.
SEPARATOR = os.pathsep if tuple(map(int, alembic.__version__.split(".")[:2])) >= (1, 16) else " "


def test_several_version_locations_are_named(project):
    project.ok("db", "init")
    ini = project.migrations / "alembic.ini"
    ini.write_text(
        ini.read_text().replace(
            "[alembic]\n",
            f"[alembic]\nversion_locations = %(here)s/versions{SEPARATOR}%(here)s/billing\n",
            1,
        )
    )
    revision_file(project.migrations / "versions", "a1", None, "create users")
    revision_file(project.migrations / "billing", "c3", "a1", "billing start")
    lines = project.ok("db", "graph").stdout.splitlines()
    assert lines == [
        "○ c3 (head) billing start [in billing]  (pending)",
        "○ a1 create users [in versions]  (pending)",
        "  (base)  ◀ default",
    ]


def _unreachable(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'logs.db'}"
    return server_url(backend).set(port=1, database="logs").render_as_string(False)


def _app(urls: dict[str, str], binds: dict[str, str], root: Path) -> Any:  # noqa: F811
    app = Flask("graphapp", root_path=str(root))
    app.config["SQLALCHEMY_DATABASE_URI"] = urls["default"]
    app.config["SQLALCHEMY_BINDS"] = binds
    db = SQLAlchemy(app)
    Migrate(app, db, directory=str(root / "migrations"))
    app.db = db  # type: ignore[attr-defined]
    return app


def _cli(app: Any, *args: str, env: dict[str, str] | None = None) -> Any:
    from conftest import CLICK_8_2

    runner = app.test_cli_runner(**({} if CLICK_8_2 else {"mix_stderr": False}))
    return runner.invoke(args=list(args), env=env, prog_name="flask")


def _ok(app: Any, *args: str, **kwargs: Any) -> Any:
    result = _cli(app, *args, **kwargs)
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return result


def _dispose(app: Any) -> None:
    with app.app_context():
        for engine in app.db.engines.values():
            engine.dispose()


def test_several_databases_one_unreachable(urls: Urls, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.chdir(tmp_path)
    first = _app(urls, {"users": urls["users"]}, tmp_path)
    _ok(first, "db", "init", "--multidb")
    _ok(first, "db", "revision", "-m", "one", "--rev-id", "aaa111")
    _ok(first, "db", "revision", "-m", "two", "--rev-id", "bbb222")
    _ok(first, "db", "upgrade")
    _ok(first, "db", "downgrade", "-1")  # default back at aaa111; users moved back too
    engine = sa.create_engine(urls["users"])
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'bbb222'"))
    engine.dispose()
    _dispose(first)

    logs = _unreachable(urls.backend, tmp_path)
    second = _app(urls, {"users": urls["users"], "logs": logs}, tmp_path)
    try:
        lines = _ok(second, "db", "graph").stdout.splitlines()
        mermaid = _ok(second, "db", "graph", "--format", "mermaid").stdout
    finally:
        _dispose(second)
    assert lines[0].startswith("✕ database logs: cannot be read: ")
    assert lines[1:] == [
        "○ bbb222 (head) two  ◀ users  (pending: default)",
        "● aaa111 one  ◀ default",
    ]
    assert re.search(r'db_\d\[\("logs: cannot be read: [^"]+"\)\]:::unreachable', mermaid)


MERMAID_NODE = re.compile(r'^    (r_\d+)\["([^"]*)"\]$')
MERMAID_EDGE = re.compile(r"^    (\w+) (-->|-\.->\|depends on\||-\.->) (\w+)$")


def test_mermaid_is_a_flowchart_of_the_revisions(project):
    project.ok("db", "init")
    branchy_history(project.migrations / "versions")
    project.ok("db", "upgrade", "b2")
    lines = project.ok("db", "graph", "--format", "mermaid").stdout.splitlines()
    assert lines[0] == "flowchart TD"
    nodes = {m.group(1): m.group(2) for m in map(MERMAID_NODE.match, lines) if m}
    labels = {label.split()[0]: name for name, label in nodes.items()}
    assert set(labels) == {"a1", "b2", "c3", "d4", "e5", "f6", "g7"}
    edges = {(m.group(1), m.group(2), m.group(3)) for m in map(MERMAID_EDGE.match, lines) if m}
    parent = "-->"
    assert (labels["e5"], parent, labels["b2"]) in edges
    assert (labels["e5"], parent, labels["d4"]) in edges
    assert (labels["g7"], "-.->|depends on|", labels["d4"]) in edges
    assert any(e[1] == "-.->" and e[2] == labels["b2"] for e in edges)  # the database marker
    pending = next(line for line in lines if line.startswith("    class "))
    assert set(pending.split()[1].split(",")) == {labels[r] for r in ("c3", "d4", "e5", "f6", "g7")}
    for line in lines[1:]:  # every line is a node, an edge, a class or a database
        assert line.startswith("    "), line


@pytest.fixture
def graphviz() -> None:
    """Graphviz's ``dot``: these tests skip without it, saying why, except in CI (.ci/run
    installs it), where they fail."""
    if shutil.which("dot") is not None:
        return
    why = "Graphviz's 'dot' is not installed (Debian: apt-get install graphviz; .ci/run does)"
    if os.environ.get("FLASK_MIGRATIONS_REQUIRE_BACKENDS"):
        pytest.fail(f"{why}, and CI requires it")
    pytest.skip(why)


def test_svg_drawn_by_graphviz_and_nothing_else_left(project, tmp_path, graphviz):
    project.ok("db", "init")
    branchy_history(project.migrations / "versions")
    out = tmp_path / "pictures"
    out.mkdir()
    project.ok("db", "graph", "-o", str(out / "graph.svg"))
    svg = (out / "graph.svg").read_text()
    assert "<svg" in svg and "merge billing" in svg and "create users" in svg
    assert os.listdir(out) == ["graph.svg"]
    assert stat.S_IMODE((out / "graph.svg").stat().st_mode) & 0o044  # readable, not 0600
    project.ok("db", "graph", "-o", str(out / "graph.png"))
    assert (out / "graph.png").read_bytes().startswith(b"\x89PNG")
    project.ok("db", "graph", "-o", str(out / "graph.dot"))
    assert (out / "graph.dot").read_text().startswith("digraph migrations {")


def test_without_graphviz_the_package_is_named_and_no_file_written(project, tmp_path):
    project.ok("db", "init")
    branchy_history(project.migrations / "versions")
    empty = tmp_path / "no-programs"
    empty.mkdir()
    target = tmp_path / "graph.svg"
    err = fails(project.cli("db", "graph", "-o", str(target), env={"PATH": str(empty)}))
    assert "Graphviz's 'dot' program is not installed" in err
    assert "apt-get install graphviz" in err
    assert not target.exists()


def test_a_failing_graphviz_leaves_the_old_file_whole(project, tmp_path):
    project.ok("db", "init")
    branchy_history(project.migrations / "versions")
    programs = tmp_path / "bin"
    programs.mkdir()
    fake = programs / "dot"  # writes half a picture, then fails as a crashing dot would
    fake.write_text(
        '#!/bin/sh\nwhile [ "$1" != "-o" ]; do shift; done\n'
        'echo "<svg half" > "$2"\necho "Error: syntax error in line 3" >&2\nexit 1\n'
    )
    fake.chmod(0o755)
    target = tmp_path / "out" / "graph.svg"
    target.parent.mkdir()
    target.write_text("the old picture")
    err = fails(project.cli("db", "graph", "-o", str(target), env={"PATH": str(programs)}))
    assert "Graphviz could not draw" in err and "syntax error in line 3" in err
    assert target.read_text() == "the old picture"
    assert os.listdir(target.parent) == ["graph.svg"]


def test_ascii_where_the_output_cannot_show_box_characters(sqlite_url, tmp_path):
    from test_progress import Folder

    folder = Folder(tmp_path, sqlite_url)
    shown = folder.run("db", "graph", PYTHONIOENCODING="ascii").stdout
    assert shown.splitlines() == [
        "o b2 (head) slow backfill  (pending)",
        "o a1 step a1  (pending)",
        "  (base)  <- default",
    ]


def test_output_into_a_missing_folder_is_refused(project, tmp_path):
    project.ok("db", "init")
    branchy_history(project.migrations / "versions")
    err = fails(project.cli("db", "graph", "-o", str(tmp_path / "nowhere" / "graph.dot")))
    assert "Cannot write" in err and "the folder" in err and "does not exist" in err
    assert not (tmp_path / "nowhere").exists()
