"""Where in the project an exception comes from: the migrations folder, the revision file
and line it passed through, and the frames of a traceback."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING, Any

from alembic.script import ScriptDirectory

from ..alembic_private import version_locations
from ..redact import clean

if TYPE_CHECKING:
    from alembic.config import Config


@dataclass
class Folder:
    """The migrations folder of the command: its env.py folder and version locations."""

    root: str
    versions: list[str]

    @classmethod
    def of(cls, config: Config | None) -> Folder | None:
        if config is None:
            return None
        try:
            script = ScriptDirectory.from_config(config)
        except Exception:  # noqa: BLE001 - no usable folder: nothing to point at
            return None
        dirs = version_locations(script)
        return cls(os.path.abspath(script.dir), [os.path.abspath(str(d)) for d in dirs])

    def is_revision_file(self, path: str) -> bool:
        path = os.path.abspath(path)
        return any(is_under(path, d) for d in self.versions)

    def is_env_file(self, path: str) -> bool:
        return os.path.abspath(path) == os.path.join(self.root, "env.py")

    def find_module(self, module_name: str) -> str | None:
        """The revision file Alembic loaded as module ``module_name`` (``<file>_py``)."""
        for folder in self.versions:
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                continue
            for name in names:
                if re.sub(r"\W", "_", name) == module_name:
                    return os.path.join(folder, name)
        return None


def is_under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def shown(path: str) -> str:
    """``path`` relative to the working directory when it lies below it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") else relative


@dataclass
class Where:
    """The revision file (or env.py) line an exception passed through."""

    path: str
    line: int
    function: str
    globals: dict[str, Any]

    @property
    def revision(self) -> str | None:
        value = self.globals.get("revision")
        return str(value) if value else None

    @property
    def doc(self) -> str | None:
        doc = self.globals.get("__doc__")
        return str(doc).strip().splitlines()[0] if doc and str(doc).strip() else None

    @property
    def loading(self) -> bool:
        """The file failed while being imported, not while its upgrade()/downgrade() ran."""
        return self.function == "<module>"

    def __str__(self) -> str:
        return f"{shown(self.path)}:{self.line}"


def traceback_frames(exc: BaseException) -> Iterator[tuple[FrameType, int]]:
    tb = exc.__traceback__
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def revision_frame(exc: BaseException, folder: Folder | None) -> Where | None:
    """The innermost line of a revision file the exception passed through."""
    found = None
    for frame, line in traceback_frames(exc):
        path = frame.f_code.co_filename
        in_folder = folder is not None and folder.is_revision_file(path)
        looks_like = "revision" in frame.f_globals and "down_revision" in frame.f_globals
        if (in_folder or looks_like) and path.endswith(".py") and "/alembic/" not in path:
            found = Where(path, line, frame.f_code.co_name, frame.f_globals)
    return found


def innermost_frame(exc: BaseException) -> tuple[FrameType, int] | None:
    frames = list(traceback_frames(exc))
    return frames[-1] if frames else None


def frame_of(exc: BaseException, name: str) -> FrameType | None:
    for frame, _ in traceback_frames(exc):
        if frame.f_code.co_name == name:
            return frame
    return None


def exception_line(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return clean(f"{type(exc).__name__}: {first}" if first else type(exc).__name__)
