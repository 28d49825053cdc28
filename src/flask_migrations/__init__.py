"""Flask-Migrations: database migrations for Flask and SQLAlchemy, on Alembic.

``Migrate(app, db)`` adds the ``flask db`` commands; every command is also a Python function
here that returns what it did and raises :class:`MigrationError`.
"""

from __future__ import annotations

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

__version__ = "0.1.0"

__all__ = [
    "AppliedStep",
    "Config",
    "ConfigurationError",
    "DatabaseError",
    "DatabaseRevisions",
    "Interrupted",
    "Migrate",
    "MigrateCommand",
    "MigrateState",
    "MigrationError",
    "MigrationResult",
    "NotUpToDateError",
    "RevisionError",
    "RevisionFailedError",
    "SchemaDiffersError",
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
]
