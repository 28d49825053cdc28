"""What flask_migrations.alembic_private relies on in Alembic, pinned.

Each private name of Alembic the package uses is reached through that one module; these
tests run it against the Alembic installed (the legacy stack's oldest, today's newest), on a
plain Alembic folder, so that an Alembic that renames or changes one of them fails here by
name rather than somewhere in a command.
"""

from __future__ import annotations

import inspect
import os
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.operations import Operations
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from flask_migrations import alembic_private

REVISION = '''
revision = "{rev}"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
'''


@pytest.fixture
def folder(tmp_path: Path) -> Config:
    """A plain Alembic folder with two revisions, a1 then b2, on a SQLite file."""
    config = Config(str(tmp_path / "alembic.ini"))
    config.set_main_option("script_location", str(tmp_path / "migrations"))
    command.init(config, str(tmp_path / "migrations"))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{tmp_path / 'app.db'}")
    write(config, "a1", None, "    pass")
    write(config, "b2", "a1", "    pass")
    return config


def write(config: Config, rev: str, down: str | None, body: str) -> None:
    versions = Path(config.get_main_option("script_location") or "") / "versions"
    (versions / f"{rev}_.py").write_text(REVISION.format(rev=rev, down=down, body=body))


def test_the_names_read_from_alembics_frames_are_those_of_run_migrations() -> None:
    code = MigrationContext.run_migrations.__code__
    assert code.co_name == alembic_private.RUN_MIGRATIONS
    assert alembic_private.CONTEXT_LOCAL == code.co_varnames[0]
    assert alembic_private.STEP_LOCAL in code.co_varnames
    assert ".migration_fn(" in inspect.getsource(MigrationContext.run_migrations)


def test_running_step_from_a_failing_revision_and_from_inside_one(folder: Config) -> None:
    write(
        folder,
        "c3",
        "b2",
        "    from alembic import context\n"
        "    from flask_migrations.alembic_private import running_step\n"
        "    context.config.attributes['inside'] = running_step()\n"
        "    raise RuntimeError('boom')",
    )
    with pytest.raises(RuntimeError) as info:
        command.upgrade(folder, "heads")
    for found in (alembic_private.running_step(info.value), folder.attributes["inside"]):
        assert found is not None
        ctx, step = found
        assert isinstance(ctx, MigrationContext)
        assert step.is_upgrade and step.revision.revision == "c3"
    assert alembic_private.running_step(RuntimeError("not raised")) is None
    assert alembic_private.running_step() is None  # not inside a migration


def test_running_step_looks_through_an_error_that_wraps_alembics(folder: Config) -> None:
    write(folder, "c3", "b2", "    raise RuntimeError('boom')")
    with pytest.raises(RuntimeError) as info:
        command.upgrade(folder, "heads")
    try:
        raise ValueError("wrapping") from info.value
    except ValueError as wrapping:
        found = alembic_private.running_step(wrapping)
    assert found is not None and found[1].revision.revision == "c3"


def test_steps_to_up_and_down(folder: Config) -> None:
    script = ScriptDirectory.from_config(folder)
    up = alembic_private.steps_to(script, "heads", (), "upgrade")
    assert [(s.revision.revision, s.is_upgrade) for s in up] == [("a1", True), ("b2", True)]
    down = alembic_private.steps_to(script, "base", ("b2",), "downgrade")
    assert [(s.revision.revision, s.is_upgrade) for s in down] == [("b2", False), ("a1", False)]
    assert all(callable(s.migration_fn) for s in up + down)


def test_version_locations_are_absolute_paths(folder: Config, tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(folder)
    assert alembic_private.version_locations(script) == [
        os.path.abspath(script.versions)
    ]
    (tmp_path / "more").mkdir()
    folder.set_main_option("path_separator", "space")  # Alembic 1.16+; 1.13 splits on spaces
    folder.set_main_option("version_locations", f"{script.versions} {tmp_path / 'more'}")
    several = ScriptDirectory.from_config(folder)
    assert alembic_private.version_locations(several) == [
        os.path.abspath(script.versions),
        str(tmp_path / "more"),
    ]


def test_mark_current_shows_in_alembics_own_rendering(folder: Config) -> None:
    script = ScriptDirectory.from_config(folder).get_revision("b2")
    assert script is not None
    assert "(current)" not in script.cmd_format(verbose=False)
    alembic_private.mark_current(script, True)
    assert "(current)" in script.cmd_format(verbose=False)
    assert "(current)" in script.log_entry
    alembic_private.mark_current(script, False)
    assert "(current)" not in script.cmd_format(verbose=False)


def test_running_context_inside_env_py_only(folder: Config) -> None:
    seen: list[tuple[object, object]] = []
    script = ScriptDirectory.from_config(folder)

    def fn(rev: object, context: MigrationContext) -> list[object]:
        seen.append((alembic_private.running_context(), context))
        assert alembic_private.running_migration_context() is context
        return []

    assert alembic_private.running_context() is None
    assert alembic_private.running_migration_context() is None
    with EnvironmentContext(folder, script, fn=fn, dont_mutate=True) as env:
        script.run_env()
    assert seen and seen[0][0] is env
    assert alembic_private.running_context() is None


class _Recording(Operations):
    def __init__(self, ctx: MigrationContext) -> None:
        super().__init__(ctx)
        self.executed: list[str] = []

    def execute(self, sqltext: object, **kw: object) -> None:  # type: ignore[override]
        self.executed.append(str(sqltext))


def test_installed_as_op_makes_a_subclass_alembics_op() -> None:
    from alembic import op

    ops = _Recording(MigrationContext.configure(dialect_name="sqlite", opts={"as_sql": True}))
    with alembic_private.installed_as_op(ops):
        op.execute("select 1")
        assert op._proxy is ops  # type: ignore[attr-defined]
    assert ops.executed == ["select 1"]
    assert getattr(op, "_proxy", None) is None


def test_file_being_written_is_alembics_template_destination(tmp_path: Path) -> None:
    from alembic.util.pyfiles import template_to_file

    assert alembic_private.FILE_LOCALS[0] in inspect.signature(template_to_file).parameters
    template = tmp_path / "script.py.mako"
    template.write_text("revision = ${repr(up_revision)}\n")
    with pytest.raises(OSError) as info:  # /dev/full: every write fails with ENOSPC
        template_to_file(str(template), "/dev/full", "utf-8", up_revision="a1")
    assert info.value.filename is None  # write() names no file: it is read from the frame
    assert alembic_private.file_being_written(info.value) == "/dev/full"
