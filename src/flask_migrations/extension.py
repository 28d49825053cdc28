"""The Flask extension: binds migrations to an application and keeps their options."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from flask import Flask

from .commands import LazyGroup

if TYPE_CHECKING:
    from sqlalchemy import MetaData
    from sqlalchemy.engine import Engine

    from .config import Config

#: Flask-Migrations' own settings, taken by ``Migrate(...)`` and never handed to Alembic.
SETTINGS = (
    "lock",
    "lock_timeout",
    "history",
    "statement_timeout",
    "table_lock_timeout",
    "tenants",  # the fleet's tenant discovery (see flask_migrations.fleet)
)


def _own_settings(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Take Flask-Migrations' settings out of ``kwargs`` (the rest goes to Alembic).

    A name that is one letter or two off one of them (``lock_timout``) is a typo that Alembic
    would take silently and the setting would never apply: refused.
    """
    own = {name: kwargs.pop(name) for name in SETTINGS if name in kwargs}
    for name in kwargs:
        close = difflib.get_close_matches(name, SETTINGS, n=1, cutoff=0.85)
        if close:
            raise TypeError(
                f"Migrate() got an unexpected keyword argument {name!r};"
                f" did you mean {close[0]!r}?"
            )
    return own


ConfigureCallback = TypeVar("ConfigureCallback", bound="Callable[[Config], Config]")


class Migrate:
    """Database migrations for a Flask application, on Alembic.

    ``Migrate(app, db)`` registers the ``flask db`` commands. Extra keyword arguments go to
    Alembic's ``EnvironmentContext.configure`` (``include_object``, ``include_schemas``, ...).

    Without Flask-SQLAlchemy, pass ``metadata`` (a MetaData, a declarative Base, or a dict of
    them by database name) and ``engines`` (an Engine, or a dict by database name); with
    Flask-SQLAlchemy-Lite, ``metadata`` alone is enough.

    A multi-database folder migrates every database the application configures. ``binds``
    (the names to migrate) or ``exclude_binds`` (the names to leave alone) narrow that down; the
    default database is named ``None``, ``""`` or ``"default"``.
    """

    def __init__(
        self,
        app: Flask | None = None,
        db: Any = None,
        directory: Any = "migrations",
        command: str = "db",
        compare_type: bool = True,
        render_as_batch: bool = True,
        *,
        metadata: Any = None,
        engines: Engine | Mapping[str | None, Engine] | None = None,
        binds: Iterable[str | None] | None = None,
        exclude_binds: Iterable[str | None] | None = None,
        **kwargs: Any,
    ) -> None:
        self.configure_callbacks: list[Callable[[Config], Config]] = []
        self.db = db
        self.command = command
        self.directory = str(directory)
        self.metadata_source = metadata
        self.engines = engines
        self.binds = None if binds is None else list(binds)
        self.exclude_binds = None if exclude_binds is None else list(exclude_binds)
        self.alembic_ctx_kwargs: dict[str, Any] = dict(kwargs)
        #: Flask-Migrations' own settings given here (``lock_timeout=...``), apart from Alembic's.
        self.settings: dict[str, Any] = _own_settings(self.alembic_ctx_kwargs)
        self.alembic_ctx_kwargs["compare_type"] = compare_type
        self.alembic_ctx_kwargs["render_as_batch"] = render_as_batch
        if app is not None and (db is not None or metadata is not None):
            self.init_app(app, db, directory)

    def init_app(
        self,
        app: Flask,
        db: Any = None,
        directory: Any = None,
        command: str | None = None,
        compare_type: bool | None = None,
        render_as_batch: bool | None = None,
        *,
        metadata: Any = None,
        engines: Engine | Mapping[str | None, Engine] | None = None,
        binds: Iterable[str | None] | None = None,
        exclude_binds: Iterable[str | None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Register the extension and the ``flask db`` command group on ``app``.

        Nothing of Alembic or of the commands is imported here: the group is registered as a
        stand-in that becomes the real one when a ``flask db`` command runs.
        """
        self.db = db if db is not None else self.db
        self.directory = str(directory) if directory is not None else self.directory
        self.command = command or self.command
        self.metadata_source = metadata if metadata is not None else self.metadata_source
        self.engines = engines if engines is not None else self.engines
        if binds is not None:
            self.binds = list(binds)
        if exclude_binds is not None:
            self.exclude_binds = list(exclude_binds)
        if compare_type is not None:
            self.alembic_ctx_kwargs["compare_type"] = compare_type
        if render_as_batch is not None:
            self.alembic_ctx_kwargs["render_as_batch"] = render_as_batch
        extra = dict(kwargs)
        self.settings.update(_own_settings(extra))
        self.alembic_ctx_kwargs.update(extra)
        state = MigrateState(self, self.db, **self.alembic_ctx_kwargs)
        state.settings = dict(self.settings)
        app.extensions["migrate"] = state
        app.cli.add_command(LazyGroup(self.command), name=self.command)

    def configure(self, f: ConfigureCallback) -> ConfigureCallback:
        """Register ``f(config) -> config``, called on every Alembic Config, in order."""
        self.configure_callbacks.append(f)
        return f

    def call_configure_callbacks(self, config: Config) -> Config:
        for f in self.configure_callbacks:
            config = f(config)
        return config

    def get_config(
        self,
        directory: Any = None,
        x_arg: str | list[str] | tuple[str, ...] | None = None,
        opts: list[str] | tuple[str, ...] | None = None,
    ) -> Config:
        """The Alembic Config of the migrations folder, after the configure callbacks."""
        from .config import build_config

        config = build_config(str(directory or self.directory), x_arg=x_arg, opts=opts)
        return self.call_configure_callbacks(config)


class MigrateState:
    """What ``app.extensions["migrate"]`` holds.

    It offers what ``env.py`` files written for Flask-Migrate read: ``.db``, ``.directory``,
    ``.configure_args``, ``.metadata`` and ``.migrate``.
    """

    def __init__(self, migrate: Migrate, db: Any, **kwargs: Any) -> None:
        self.migrate = migrate
        self._db = db
        self.directory = migrate.directory
        self._configure_args = kwargs
        #: Flask-Migrations' own settings from ``Migrate(...)`` (lock, history, timeouts).
        self.settings: dict[str, Any] = {}
        #: Extra ``configure`` arguments for the command now running (set by the API).
        self.command_args: dict[str, Any] = {}

    @property
    def db(self) -> Any:
        """The database extension, or, with plain SQLAlchemy, a stand-in offering what it would.

        env.py files written for Flask-Migrate read ``.db.engine``, ``.db.get_engine()``,
        ``.db.metadata`` and the like; with ``Migrate(metadata=..., engines=...)`` those come
        from the engines and metadata given.
        """
        if self._db is None and self.migrate.engines is not None:
            from .targets import DatabaseView

            return DatabaseView(self)
        return self._db

    @db.setter
    def db(self, value: Any) -> None:
        self._db = value

    @property
    def configure_args(self) -> dict[str, Any]:
        """A fresh copy of the ``context.configure`` arguments, for one command.

        An env.py may add to it (Flask-Migrate's adds its ``process_revision_directives``);
        that addition stays within the command that made it.
        """
        args = dict(self._configure_args)
        args.update(self.command_args)
        return args

    @property
    def metadata(self) -> MetaData:
        """The MetaData of the default database (read by pre-2.0 Flask-Migrate env.py files)."""
        from .targets import default_metadata

        return default_metadata(self)
