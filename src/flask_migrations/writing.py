"""What revision, migrate and merge do around Alembic's write: take turns, then check the heads.

Two commands that write revisions at the same time would read the same head and each write a
revision on it: the folder would have two heads, and both commands would say they succeeded.
So the commands that write revisions hold the lock of the migrations folder
(:func:`~flask_migrations.lock.hold_folder`, a lock file like SQLite's) for their whole length;
the next one then reads the revision written before it. Just before Alembic writes, the files
are looked at again: when a revision appeared meanwhile (``git pull``, a tool that takes no lock)
and the heads moved, the command is refused and writes nothing.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from alembic.script import ScriptDirectory

from .errors import RevisionError
from .explain import Folder
from .lock import hold_folder
from .runtime import migrate_state

if TYPE_CHECKING:
    from .config import Config

#: Each revision file of a folder: (path, modification time, size).
Snapshot = frozenset[tuple[str, int, int]]


class HeadsMovedError(RevisionError):
    """The head revisions changed on disk while a command was about to write a revision."""

    #: Raised before anything was written: the files that appeared are someone else's.
    wrote_nothing = True


@contextlib.contextmanager
def writing(config: Config) -> Iterator[HeadCheck]:
    """Hold the folder lock for one command that writes revisions.

    Yields the check to pass to Alembic as ``process_revision_directives``. The lock follows
    ``MIGRATIONS_LOCK`` and ``MIGRATIONS_LOCK_TIMEOUT`` (or the ``Migrate()`` keywords).
    """
    from .deploy import settings

    chosen = settings(migrate_state())
    folder = ScriptDirectory.from_config(config).dir
    held = hold_folder(folder, chosen.lock_timeout) if chosen.lock else contextlib.nullcontext()
    with held:
        yield HeadCheck(config, folder, snapshot(config))


class HeadCheck:
    """Refuses to write a revision when the heads on disk are not those Alembic read."""

    def __init__(self, config: Config, folder: str, before: Snapshot) -> None:
        self.config = config
        self.folder = folder
        self.before = before

    def __call__(self, context: Any, revision: Any, directives: list[Any]) -> None:
        if snapshot(self.config) == self.before:
            return  # no file changed since the lock was taken: Alembic read what is there
        script = getattr(context, "script", None)
        if script is None:
            return
        read = set(script.get_heads())
        now = set(ScriptDirectory.from_config(self.config).get_heads())
        if read != now:
            raise HeadsMovedError(
                f"The head revisions of {self.folder} changed while this command ran (now"
                f" {_ids(now)}, was {_ids(read)}); no revision file was written.",
                hint="Look at the new revision(s), upgrade the database if needed, then run"
                " the command again.",
            )


def _ids(heads: set[str]) -> str:
    return ", ".join(sorted(heads)) or "none"


def snapshot(config: Config) -> Snapshot:
    """The revision files of every version location of ``config``, with their times and sizes."""
    folder = Folder.of(config)
    found = set()
    for location in folder.versions if folder is not None else ():
        for root, dirs, files in os.walk(location):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in files:
                if name.endswith(".py"):
                    path = os.path.join(root, name)
                    with contextlib.suppress(OSError):
                        st = os.stat(path)
                        found.add((path, st.st_mtime_ns, st.st_size))
    return frozenset(found)
