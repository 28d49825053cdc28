"""Every private name of Alembic that Flask-Migrations relies on, and nowhere else.

Alembic has no public call for these; each function below names what it reads, and
tests/test_alembic_private.py pins exactly that on the oldest and the newest Alembic we
support (the legacy stack and today's). Where Alembic grows a public way, use it here.

- :func:`steps_to`: ``ScriptDirectory._upgrade_revs`` / ``_downgrade_revs``, the steps a
  command runs (what ``alembic.command.upgrade`` hands to env.py).
- :func:`version_locations`: ``ScriptDirectory._version_locations``, the version folders as
  paths (package resources and ``%(here)s`` resolved).
- :func:`mark_current`: ``Script._db_current_indicator``, the ``(current)`` of ``history -i``.
- :func:`running_context`: ``alembic.context._proxy``, the EnvironmentContext of the env.py
  running now, and its ``_migration_context``.
- :func:`installed_as_op`: ``Operations._setups``, to make an Operations subclass ``op``.
- :func:`running_step`: the frame of ``MigrationContext.run_migrations``, its locals
  ``self`` and ``step``: which revision Alembic runs now.
- :func:`file_being_written`: the innermost frame's local ``dest`` (Alembic's
  ``template_to_file``, which writes a new revision file): the file a write failed on.
- :func:`scripts_read_once`: that Alembic's commands get their ScriptDirectory from
  ``ScriptDirectory.from_config`` (public, but no command takes one from its caller).

No other module reads the local variables of a frame.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import FrameType

    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext
    from alembic.script import Script, ScriptDirectory

#: The function of Alembic's whose frame :func:`running_step` reads, and its locals.
RUN_MIGRATIONS = "run_migrations"
CONTEXT_LOCAL = "self"
STEP_LOCAL = "step"
#: The locals :func:`file_being_written` reads, in order: Alembic's ``template_to_file`` names
#: the file it writes ``dest``; the others name it in the standard library's helpers.
FILE_LOCALS = ("dest", "path", "filename")


def steps_to(
    script: ScriptDirectory, destination: str, heads: tuple[str, ...], direction: str
) -> list[Any]:
    """Alembic's steps from ``heads`` to ``destination``, up or down: what the command runs."""
    if direction == "upgrade":
        return list(script._upgrade_revs(destination, heads))  # type: ignore[arg-type]
    return list(script._downgrade_revs(destination, heads))  # type: ignore[arg-type]


def version_locations(script: ScriptDirectory) -> list[str]:
    """The folders that hold the revision files, as absolute paths."""
    return [str(folder) for folder in script._version_locations]


def mark_current(script: Script, current: bool) -> None:
    """Make Alembic's own rendering of ``script`` say ``(current)`` (``history -i``)."""
    script._db_current_indicator = current


def running_context() -> Any:
    """The EnvironmentContext of the env.py running now, or None."""
    from alembic import context

    return getattr(context, "_proxy", None)


def running_migration_context() -> MigrationContext | None:
    """The MigrationContext of the env.py running now, if any."""
    proxy = running_context()
    return getattr(proxy, "_migration_context", None) if proxy is not None else None


@contextlib.contextmanager
def installed_as_op(ops: Operations) -> Iterator[None]:
    """``ops`` (an instance of a subclass of Operations) as ``alembic.op`` for the block.

    Alembic's ``Operations.context`` installs a plain Operations; a subclass is not
    registered for the proxy, so its instance is installed under Operations' own names.
    """
    from alembic.operations import Operations

    attr_names, modules = Operations._setups[Operations]
    for globals_, _ in modules:
        globals_["_proxy"] = ops
        for attr_name in attr_names:
            globals_[attr_name] = getattr(ops, attr_name)
    try:
        yield
    finally:
        for globals_, _ in modules:
            globals_["_proxy"] = None
            for attr_name in attr_names:
                globals_.pop(attr_name, None)


def running_step(
    start: BaseException | FrameType | None = None,
) -> tuple[MigrationContext, Any] | None:
    """The migration context and the step Alembic was running, read from the frame of
    ``MigrationContext.run_migrations``.

    ``start`` is an exception (its traceback is read; then the exceptions it wraps, for an
    error that wraps Alembic's) or a frame (it and its callers are read); None: the caller's
    frame. The innermost such frame wins.
    """
    from alembic.runtime.migration import MigrationContext

    for frames in _frame_lists(start):
        found = None
        for frame in frames:
            if frame.f_code.co_name != RUN_MIGRATIONS:
                continue
            ctx = frame.f_locals.get(CONTEXT_LOCAL)
            step = frame.f_locals.get(STEP_LOCAL)
            if isinstance(ctx, MigrationContext) and step is not None:
                found = (ctx, step)
        if found is not None:
            return found
    return None


def _frame_lists(start: BaseException | FrameType | None) -> Iterator[list[FrameType]]:
    """The frames to read, outermost first: one list per exception of a chain."""
    if start is None or not isinstance(start, BaseException):
        frame = start if start is not None else sys._getframe(2)
        stack = []
        while frame is not None:
            stack.append(frame)
            frame = frame.f_back  # type: ignore[assignment]
        yield stack[::-1]
        return
    seen: set[int] = set()
    error: BaseException | None = start
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames = []
        tb = error.__traceback__
        while tb is not None:
            frames.append(tb.tb_frame)
            tb = tb.tb_next
        yield frames
        error = error.__cause__ or error.__context__


def file_being_written(exc: BaseException) -> str | None:
    """The file the innermost frame of ``exc`` was writing, for an OSError that names none
    (a full disk or a size limit stops ``write()``, which gives no file name)."""
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    local = tb.tb_frame.f_locals
    found = next((local[k] for k in FILE_LOCALS if local.get(k)), None)
    return str(found) if found is not None else None


@contextlib.contextmanager
def scripts_read_once(
    scripts: dict[tuple[str, str | None], ScriptDirectory] | None = None,
) -> Iterator[None]:
    """While it lasts, ``ScriptDirectory.from_config`` gives one ScriptDirectory per folder,
    so the commands run meanwhile read each revision file once.

    Every Alembic command reads every revision file anew. Use it only around commands that
    write no revision file (the files must not change while it lasts): an upgrade and the
    pass that reads what it will run, or the test kit's checks. Commands run one at a time
    (``session``), so no other thread sees the cached directory.
    """
    import os

    from alembic.script import ScriptDirectory

    cache = {} if scripts is None else scripts
    original = ScriptDirectory.__dict__["from_config"]

    def from_config(cls: type[ScriptDirectory], config: Any) -> ScriptDirectory:
        key = (
            os.path.abspath(str(config.get_main_option("script_location"))),
            config.get_main_option("version_locations"),
        )
        if key not in cache:
            cache[key] = original.__func__(cls, config)
        return cache[key]

    ScriptDirectory.from_config = classmethod(from_config)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        ScriptDirectory.from_config = original  # type: ignore[method-assign]
