"""A project's own Alembic settings keep working: alembic.ini and [tool.alembic] in pyproject.toml.

These settings decide file names and places, not SQL: SQLite is enough to show them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import alembic
import pytest
import sqlalchemy as sa

ALEMBIC = tuple(int(x) for x in alembic.__version__.split(".")[:2])
PYPROJECT = pytest.mark.skipif(
    ALEMBIC < (1, 16), reason="Alembic reads [tool.alembic] from pyproject.toml since 1.16"
)


def set_ini(project, **settings: str) -> None:
    """Add settings to the [alembic] section of the folder's alembic.ini."""
    ini = project.migrations / "alembic.ini"
    lines = "".join(f"{key} = {value}\n" for key, value in settings.items())
    ini.write_text(ini.read_text().replace("[alembic]\n", "[alembic]\n" + lines, 1))


def path_list(*paths: Path) -> dict[str, str]:
    """version_locations with several paths, in the syntax this Alembic version reads."""
    if ALEMBIC >= (1, 16):  # our alembic.ini has path_separator = os
        return {"version_locations": __import__("os").pathsep.join(map(str, paths))}
    return {"version_locations": " ".join(map(str, paths))}


def test_file_template_and_slug_length(project) -> None:
    project.ok("db", "init")
    set_ini(project, file_template="%%(year)d_%%(rev)s_%%(slug)s", truncate_slug_length="12")
    project.ok("db", "migrate", "-m", "create the users table", "--rev-id", "abc123")
    [script] = project.revisions()
    assert re.fullmatch(r"\d{4}_abc123_create_the_?\.py", script.name)  # 1.13 keeps a "_"
    project.ok("db", "upgrade")
    assert project.version() == {"abc123"}


def test_post_write_hook(project, tmp_path: Path) -> None:
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import sys\n"
        "with open(sys.argv[1], 'a') as f:\n"
        "    f.write('# checked by the hook\\n')\n"
    )
    project.ok("db", "init")
    ini = project.migrations / "alembic.ini"
    ini.write_text(
        ini.read_text()
        + "\n[post_write_hooks]\nhooks = mine\nmine.type = exec\n"
        + f"mine.executable = {sys.executable}\n"
        + f"mine.options = {hook} REVISION_SCRIPT_FILENAME\n"
    )
    project.ok("db", "migrate", "-m", "users")
    [script] = project.revisions()
    assert script.read_text().endswith("# checked by the hook\n")


def test_version_locations(project, tmp_path: Path) -> None:
    project.ok("db", "init")
    extra = tmp_path / "other_versions"
    extra.mkdir()
    set_ini(project, **path_list(project.migrations / "versions", extra))
    versions = str(project.migrations / "versions")
    project.ok("db", "migrate", "-m", "users", "--rev-id", "a1", "--version-path", versions)
    project.model("Post", title=sa.Column(sa.String(20)))
    project.ok("db", "upgrade")
    project.ok("db", "migrate", "-m", "posts", "--rev-id", "b2", "--version-path", str(extra))
    assert [p.name for p in extra.glob("*.py")] == ["b2_posts.py"]
    project.ok("db", "upgrade")
    assert {"user", "post"} <= project.table_names()
    history = project.ok("db", "history").stdout
    assert "a1 -> b2 (head), posts" in history


def test_recursive_version_locations(project) -> None:
    project.ok("db", "init")
    set_ini(project, recursive_version_locations="true")
    project.ok("db", "migrate", "-m", "users", "--rev-id", "a1")
    [script] = project.revisions()
    sub = project.migrations / "versions" / "2026"
    sub.mkdir()
    script.rename(sub / script.name)
    project.ok("db", "upgrade")
    assert project.version() == {"a1"}
    assert "user" in project.table_names()


@PYPROJECT
def test_pyproject_tool_alembic(project, tmp_path: Path) -> None:
    """[tool.alembic] beside the migrations folder (the project root) is read."""
    hook = tmp_path / "hook.py"
    hook.write_text(
        "import sys\n"
        "with open(sys.argv[1], 'a') as f:\n"
        "    f.write('# from pyproject\\n')\n"
    )
    project.ok("db", "init")
    (project.migrations.parent / "pyproject.toml").write_text(
        "[tool.alembic]\n"
        'file_template = "%%(rev)s_from_toml_%%(slug)s"\n'
        "\n[[tool.alembic.post_write_hooks]]\n"
        'name = "mine"\n'
        'type = "exec"\n'
        f'executable = "{sys.executable}"\n'
        f'options = "{hook} REVISION_SCRIPT_FILENAME"\n'
    )
    project.ok("db", "migrate", "-m", "users table", "--rev-id", "c3")
    [script] = project.revisions()
    assert script.name == "c3_from_toml_users_table.py"
    assert script.read_text().endswith("# from pyproject\n")
    project.ok("db", "upgrade")
    assert project.version() == {"c3"}
