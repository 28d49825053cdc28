"""Opening a revision file in the user's editor, for ``flask db edit``.

``$EDITOR``/``$VISUAL`` may carry arguments (``code --wait``, ``emacsclient -t``), as git and
most tools allow; Alembic's own lookup takes the whole value as one program name. Without
either variable, Alembic's list of common editors on ``PATH`` is tried.
"""

from __future__ import annotations

import os
import shlex
import subprocess

from alembic.util import CommandError
from alembic.util import open_in_editor as alembic_open_in_editor

from .errors import ConfigurationError, MigrationError


def user_editor() -> tuple[str, list[str]] | None:
    """The variable naming the user's editor and its command line, or None when unset."""
    for name in ("EDITOR", "VISUAL"):
        value = os.environ.get(name, "").strip()
        if value:
            return name, shlex.split(value, posix=os.name != "nt")
    return None


def open_in_editor(path: str) -> None:
    """Open ``path`` in the editor and wait for it to close."""
    chosen = user_editor()
    if chosen is None:
        try:
            alembic_open_in_editor(path)
        except CommandError as exc:
            raise ConfigurationError(
                f"No editor found to open {path}.",
                hint="Set the EDITOR environment variable, e.g. EDITOR=nano.",
            ) from exc
        return
    name, command = chosen
    try:
        subprocess.run([*command, path], check=True)
    except FileNotFoundError as exc:
        raise ConfigurationError(
            f"The editor {command[0]!r} (from ${name}) was not found.",
            hint=f"Set {name} to an editor on PATH, or to its full path.",
        ) from exc
    except subprocess.CalledProcessError as exc:
        raise MigrationError(
            f"The editor {command[0]!r} exited with code {exc.returncode} while editing {path}."
        ) from exc
