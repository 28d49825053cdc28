"""Flask-Migrations: database migrations for Flask and SQLAlchemy, on Alembic.

``Migrate(app, db)`` adds the ``flask db`` commands; every command is also a Python function
here that returns what it did and raises :class:`MigrationError`.

Importing the package, and ``Migrate(app, db)``, import nothing of Alembic: each name below is
imported the first time it is used (PEP 562), so an application pays for the migration tooling
only when a migration command runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Each public name, and the module that defines it.
_SOURCES = {
    **dict.fromkeys(
        (
            "AppliedStep",
            "DatabaseRevisions",
            "MigrationResult",
            "accept_edit",
            "branches",
            "check",
            "current",
            "downgrade",
            "edit",
            "heads",
            "history",
            "init",
            "list_templates",
            "merge",
            "migrate",
            "plan",
            "revision",
            "show",
            "stamp",
            "status",
            "upgrade",
        ),
        "api",
    ),
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
    from .api import (
        AppliedStep,
        DatabaseRevisions,
        MigrationResult,
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
