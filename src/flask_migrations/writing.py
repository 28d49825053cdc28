"""What revision, migrate and merge do around Alembic's write.

- They take turns. Two commands that write revisions at the same time would read the same head
  and each write a revision on it: the folder would have two heads, and both would say they
  succeeded. So they hold the lock of the migrations folder (:func:`writing`, a lock file like
  SQLite's, see :func:`~flask_migrations.lock.hold_folder`) for their whole length; the next one
  reads the revision written before it. Just before Alembic writes, the files are looked at
  again: when a revision appeared meanwhile (``git pull``, a tool that takes no lock) and the
  heads moved, the command is refused and writes nothing (:class:`HeadCheck`).
- What they hand to Alembic is checked. Alembic pastes the message into the folder's
  ``script.py.mako`` as it is, and builds the file name from the revision id as it is. Whatever
  template made the folder, :func:`literal_message` gives Alembic a message that is text
  wherever a template puts it, and :func:`check_rev_id` refuses an id that is not a plain name.
- :class:`OwnFiles` knows the files one command wrote, so that a command failing after writing
  (a post-write hook, say) removes those and no other.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from alembic.script import ScriptDirectory
from alembic.util import rev_id as new_rev_id

from .errors import RevisionError
from .explain import Folder
from .lock import hold_folder
from .runtime import migrate_state

if TYPE_CHECKING:
    from alembic.operations.ops import MigrationScript

    from .config import Config

__all__ = [
    "HeadCheck",
    "HeadsMovedError",
    "OwnFiles",
    "check_rev_id",
    "listing",
    "literal_message",
    "own_files",
    "writing",
]

#: What a revision id may hold: it becomes part of a file name and of Python source.
_REV_ID = re.compile(r"[A-Za-z0-9_]+")
#: Names that Alembic's commands read as symbols, never as a revision id.
RESERVED_IDS = frozenset({"head", "heads", "base", "current"})

_ESCAPES = {"\\": "\\\\", '"': '\\"', "'": "\\'", "\n": "\\n", "\r": "\\r"}


def literal_message(message: str | None) -> str | None:
    """``message`` escaped as the inside of a Python string literal, on one line.

    Templates paste the message into the module docstring (``\"\"\"${message}``), and older
    ones into a comment or a quoted string too. Escaped, it cannot end any string literal or
    comment, and Python reads the docstring back (``Script.doc``) as the message typed: the
    backslashes added are the ones Python removes. Characters that are letters, digits or
    punctuation are left alone, so the file name slug Alembic makes is the same; control and
    line-separator characters become escapes (their letters then show in the slug).
    """
    if message is None:
        return None
    return "".join(_escape(char) for char in message)


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char == "\t" or unicodedata.category(char) not in ("Cc", "Cs", "Zl", "Zp"):
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def check_rev_id(
    rev_id: str | None,
    script: ScriptDirectory | None = None,
    branch_labels: str | Sequence[str] | None = None,
) -> None:
    """Refuse a ``--rev-id`` that is not a plain name, or that the folder already uses.

    The id becomes the file name (``../x`` would write outside the folder), and commands read
    ``head``, ``base`` and the like as symbols, so a revision of that name would be skipped.
    With ``script``, an id that a revision or branch label already has is refused too: Alembic
    would keep only one of two revisions with the same id.
    """
    if rev_id is None or rev_id == "":  # Alembic makes one up
        return
    if not _REV_ID.fullmatch(rev_id):
        raise RevisionError(
            f"Revision id {rev_id!r} may hold only letters, digits and underscores.",
            hint="Give --rev-id a plain name such as 0042_add_users, or leave it out.",
        )
    if rev_id in RESERVED_IDS:
        raise RevisionError(
            f"Revision id {rev_id!r} is a name that commands read as a symbol"
            f" ({', '.join(sorted(RESERVED_IDS))}).",
            hint="Choose another --rev-id, or leave it out.",
        )
    labels = [branch_labels] if isinstance(branch_labels, str) else list(branch_labels or ())
    if rev_id in labels:
        raise RevisionError(
            f"Revision id {rev_id!r} is also its branch label; Alembic cannot tell them apart.",
            hint="Give the revision and its branch different names.",
        )
    if script is not None and rev_id in _names_in_use(script):
        raise RevisionError(
            f"Revision id {rev_id!r} is already used by a revision or branch of the folder.",
            hint="Choose another --rev-id (see 'flask db history'), or leave it out.",
        )


def _names_in_use(script: ScriptDirectory) -> set[str]:
    """The revision ids and branch labels of the folder's revisions."""
    names: set[str] = set()
    for revision in script.walk_revisions("base", "heads"):
        names.add(revision.revision)
        names.update(revision.branch_labels)
    return names


class OwnFiles:
    """The revision files one command writes: known by the revision ids it gave them."""

    def __init__(self, config: Config, rev_id: str | None) -> None:
        self.config = config
        #: The id Alembic is to use; made up here when none is given, so that it is known.
        self.rev_id = rev_id or new_rev_id()
        self._before = listing(config)
        self._directives: list[MigrationScript] = []

    def track(self, context: Any, revision: Any, directives: list[MigrationScript]) -> None:
        """A ``process_revision_directives`` hook that keeps the list of scripts to write.

        Alembic runs it before env.py's own hook, which may change the ids in that list; the
        list is read only when the command fails, so it has the ids the files got.
        """
        self._directives = directives

    def ids(self) -> set[str]:
        found = {self.rev_id}
        found.update(d.rev_id for d in self._directives if d.rev_id)
        return found

    def remove(self) -> list[str]:
        """Remove the files this command wrote: new since it began, and defining one of its
        ids, or named after one (a file cut short, by a full disk say, may lack the line)."""
        ids = self.ids()
        pattern = _defines_revision(ids)
        removed = []
        for location, names in listing(self.config).items():
            for name in sorted(names - self._before.get(location, set())):
                path = os.path.join(location, name)
                named = any(i in os.path.basename(name) for i in ids)
                if name.endswith(".py") and (named or _matches(path, pattern)):
                    os.remove(path)
                    removed.append(path)
        return removed


@contextmanager
def own_files(config: Config, rev_id: str | None) -> Iterator[OwnFiles]:
    """Track the revision files written inside; remove them if the block fails."""
    own = OwnFiles(config, rev_id)
    try:
        yield own
    except BaseException:
        own.remove()
        raise


def listing(config: Config) -> dict[str, set[str]]:
    """The files in each version location of ``config``, by path relative to it.

    Subfolders count: a ``file_template`` may hold a ``/``.
    """
    folder = Folder.of(config)
    found: dict[str, set[str]] = {}
    for location in folder.versions if folder is not None else ():
        names: set[str] = set()
        for root, dirs, files in os.walk(location):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            names.update(os.path.relpath(os.path.join(root, f), location) for f in files)
        found[location] = names
    return found


def _defines_revision(ids: set[str]) -> re.Pattern[str]:
    """A pattern for the line ``revision = '<id>'`` (typed or not) of one of ``ids``."""
    alternatives = "|".join(re.escape(i) for i in sorted(ids))
    return re.compile(
        rf"^revision\s*(?::[^=\n]*)?=\s*(['\"])(?:{alternatives})\1\s*(?:#.*)?$", re.MULTILINE
    )


def _matches(path: str, pattern: re.Pattern[str]) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return pattern.search(file.read()) is not None
    except OSError:
        return False


#: Each revision file of a folder: (path, modification time, size).
Snapshot = frozenset[tuple[str, int, int]]


class HeadsMovedError(RevisionError):
    """The head revisions changed on disk while a command was about to write a revision."""


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
