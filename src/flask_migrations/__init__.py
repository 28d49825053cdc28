"""Flask-Migrations: database migrations for Flask and SQLAlchemy, on Alembic.

``Migrate(app, db)`` adds the ``flask db`` commands. Every command is also a function, in two
faces:

- here, at the top level, the functions Flask-Migrate users already call (``upgrade()``,
  ``current()``...): they print what the command prints and end an Alembic error with one
  ``Error:`` line and ``SystemExit(1)``, as Flask-Migrate's do (:mod:`.inprocess`);
- in :mod:`flask_migrations.api`, the clean API: it returns values, raises
  :class:`MigrationError`, and never prints or exits.

Importing the package, and ``Migrate(app, db)``, import nothing of Alembic: each name below is
imported the first time it is used (PEP 562), so an application pays for the migration tooling
only when a migration command runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .commands import FUNCTIONS

__version__ = "0.1.0"

#: Each public name, and the module that defines it.
_SOURCES = {
    **dict.fromkeys(("AppliedStep", "DatabaseRevisions", "MigrationResult"), "api"),
    **dict.fromkeys(FUNCTIONS, "inprocess"),
    "MigrateCommand": "cli",
    "Config": "config",
    **dict.fromkeys(
        (
            "ConfigurationError",
            "DatabaseError",
            "Interrupted",
            "MigrationError",
            "NotUpToDateError",
            "RevisionError",
            "RevisionFailedError",
            "SchemaDiffersError",
        ),
        "errors",
    ),
    "LockTimeoutError": "lock",
    "Migrate": "extension",
    "MigrateState": "extension",
}

__all__ = sorted(_SOURCES)


def __getattr__(name: str) -> Any:
    module = _SOURCES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next look-up is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from .api import AppliedStep, DatabaseRevisions, MigrationResult
    from .cli import MigrateCommand
    from .config import Config
    from .errors import (
        ConfigurationError,
        DatabaseError,
        Interrupted,
        MigrationError,
        NotUpToDateError,
        RevisionError,
        RevisionFailedError,
        SchemaDiffersError,
    )
    from .extension import Migrate, MigrateState
    from .inprocess import (
        accept_edit,
        branches,
        check,
        current,
        downgrade,
        edit,
        heads,
        history,
        init,
        list_templates,
        merge,
        migrate,
        plan,
        revision,
        show,
        stamp,
        status,
        upgrade,
    )
    from .lock import LockTimeoutError
