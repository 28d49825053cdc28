"""Which databases to migrate: a name, an engine and the models' MetaData for each.

The models can come from Flask-SQLAlchemy 3 (one MetaData per bind), Flask-SQLAlchemy-Lite (the
user's declarative Base, passed as ``metadata``), or plain SQLAlchemy (``metadata`` and
``engines`` passed to ``Migrate``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, Union

from flask import current_app
from sqlalchemy import MetaData

from . import binds
from .errors import ConfigurationError


class ExtensionState(Protocol):
    """What this module reads of :class:`flask_migrations.extension.MigrateState` (named
    here, not imported: the extension's state asks this module, never the other way round)."""

    _db: Any  # the application's database extension, or None
    migrate: Any  # the Migrate: engines, metadata_source, binds, exclude_binds

#: The MetaData of one database: one, or several whose tables live in the same database.
Metadata = Union[MetaData, Sequence[MetaData]]

#: Name of the default database in multi-database revision files (``upgrade_()``).
DEFAULT = ""

log = logging.getLogger("alembic.env")


@dataclass
class Target:
    """One database to migrate."""

    name: str  # "" for the default database, else the bind key
    engine: Any  # an Engine or an AsyncEngine
    metadata: Metadata | None

    @property
    def label(self) -> str:
        """How messages name this database."""
        return binds.label(self.name)


def as_metadata(value: Any) -> Metadata:
    """A MetaData from a MetaData, a declarative Base, or a list of either."""
    if isinstance(value, MetaData):
        return value
    if isinstance(getattr(value, "metadata", None), MetaData):
        return value.metadata
    if isinstance(value, (list, tuple)):
        return [m for v in value for m in _flatten(as_metadata(v))]
    raise ConfigurationError(
        f"Cannot use {value!r} as the models' metadata.",
        hint="Pass a SQLAlchemy MetaData or a declarative Base as Migrate(metadata=...).",
    )


def _flatten(metadata: Metadata) -> list[MetaData]:
    return [metadata] if isinstance(metadata, MetaData) else list(metadata)


def _key(name: str | None) -> str:
    return DEFAULT if name in (None, "default") else str(name)


def metadata_by_bind(state: ExtensionState) -> dict[str, Metadata]:
    """The models' MetaData for each database name the application knows."""
    source = state.migrate.metadata_source
    if source is not None:
        if isinstance(source, Mapping):
            return {_key(k): as_metadata(v) for k, v in source.items()}
        return {DEFAULT: as_metadata(source)}
    db = state._db  # the application's own extension (one Migrate may serve several apps)
    if db is None:
        raise ConfigurationError(
            "Migrate has neither a database extension nor metadata.",
            hint="Use Migrate(app, db), or Migrate(app, metadata=..., engines=...).",
        )
    metadatas = getattr(db, "metadatas", None)
    if isinstance(metadatas, Mapping):  # Flask-SQLAlchemy 3
        return {_key(k): v for k, v in metadatas.items()}
    metadata = getattr(db, "metadata", None)
    if isinstance(metadata, MetaData):  # Flask-SQLAlchemy 2 and look-alikes
        return {DEFAULT: metadata}
    raise ConfigurationError(
        f"Cannot find the models' metadata on {type(db).__name__}.",
        hint="With Flask-SQLAlchemy-Lite or plain SQLAlchemy, pass Migrate(metadata=Base).",
    )


def default_metadata(state: ExtensionState) -> MetaData:
    metadata = metadata_by_bind(state).get(DEFAULT)
    if metadata is None:
        return MetaData()
    return metadata if isinstance(metadata, MetaData) else metadata[0]


def engines_by_bind(state: ExtensionState) -> dict[str, Any]:
    """The engine of each database name the application configures."""
    engines = state.migrate.engines
    if engines is not None:
        if isinstance(engines, Mapping):
            return {_key(k): v for k, v in engines.items()}
        return {DEFAULT: engines}
    db = state._db  # the application's own extension (one Migrate may serve several apps)
    found = getattr(db, "engines", None) if db is not None else None
    if isinstance(found, Mapping):  # Flask-SQLAlchemy 3 and Flask-SQLAlchemy-Lite
        result = {_key(k): v for k, v in found.items()}
        async_engines = getattr(db, "async_engines", None)  # Flask-SQLAlchemy-Lite
        if isinstance(async_engines, Mapping):
            for k, v in async_engines.items():
                result.setdefault(_key(k), v)  # a database with both: the sync engine
        return result
    if db is not None and hasattr(db, "get_engine"):  # Flask-SQLAlchemy 2, Alchemical
        result = {DEFAULT: db.get_engine()}
        binds = current_app.config.get("SQLALCHEMY_BINDS")
        if binds is None and callable(getattr(db, "bind_names", None)):
            binds = db.bind_names()
        for bind in binds or ():
            result[bind] = db.get_engine(bind=bind)
        return result
    raise ConfigurationError(
        "Cannot find a database engine for the migrations.",
        hint="Set SQLALCHEMY_DATABASE_URI, or pass Migrate(engines=...).",
    )


def selected(state: ExtensionState, names: Iterable[str]) -> list[str]:
    """``names`` less the databases that ``Migrate(binds=..., exclude_binds=...)`` leaves alone.

    The result is in migration order: the default database first, then the binds by name.
    """
    only = state.migrate.binds
    skip = state.migrate.exclude_binds
    wanted = {_key(n) for n in only} if only is not None else None
    unwanted = {_key(n) for n in skip or ()}
    known = set(names)
    unknown = sorted(((wanted or set()) | unwanted) - known)
    if unknown:
        raise ConfigurationError(
            f"Migrate(binds=..., exclude_binds=...) names {', '.join(map(binds.label, unknown))},"
            " which the application does not configure.",
            hint=f"Configured databases: {', '.join(map(binds.label, sorted(known)))}.",
        )
    chosen = [n for n in known if (wanted is None or n in wanted) and n not in unwanted]
    return sorted(chosen, key=lambda n: (n != DEFAULT, n))


def find_targets(state: ExtensionState, multidb: bool) -> list[Target]:
    """The databases one command works on, the default one first.

    A single-database folder works on the default database; a multi-database folder on every
    database the application configures, less those ``Migrate`` is told to leave alone.
    """
    engines = engines_by_bind(state)
    metadatas = metadata_by_bind(state)
    if multidb:
        names = selected(state, engines)
    else:
        names = [DEFAULT]
        chosen = selected(state, set(engines) | {DEFAULT})
        if DEFAULT not in chosen:
            raise ConfigurationError(
                "Migrate leaves the default database alone, but this migrations folder is for"
                " the default database only.",
                hint="Convert the folder with 'flask db init --multidb' to migrate the binds.",
            )
        _warn_unmigrated_binds([n for n in chosen if n != DEFAULT], metadatas)
    if not names:
        raise ConfigurationError(
            "Migrate leaves every database alone: there is nothing to migrate.",
            hint="Check Migrate(binds=..., exclude_binds=...).",
        )
    targets = []
    for name in names:
        if name not in engines:
            raise ConfigurationError(
                f"No engine is configured for the {name or 'default'} database.",
                hint="Set SQLALCHEMY_DATABASE_URI (or SQLALCHEMY_BINDS for a bind).",
            )
        targets.append(Target(name, engines[name], metadatas.get(name)))
    return targets


def _warn_unmigrated_binds(binds: list[str], metadatas: Mapping[str, Metadata]) -> None:
    """Say that binds with models are outside a single-database folder (logged, as Alembic's
    own notes are, so that the command and an application's log both show it)."""
    with_models = [n for n in binds if any(m.tables for m in _flatten(metadatas.get(n, [])))]
    if not with_models:
        return
    names = ", ".join(with_models)
    log.warning(
        "The application has models in the %s database(s), but this migrations folder is for"
        " the default database only: their tables are not migrated, checked or counted in"
        " status. Convert the folder with 'flask db init --multidb' (or leave them out with"
        " Migrate(exclude_binds=[...])).",
        names,
    )


class DatabaseView:
    """What env.py files written for Flask-Migrate read from ``.db``, for plain SQLAlchemy.

    Their templates call ``db.get_engine()``, ``db.get_engine(bind=...)``, ``db.engines``,
    ``db.bind_names()``, ``db.metadatas`` and ``db.metadata``; here those answer from
    ``Migrate(metadata=..., engines=...)``. Default database: ``None``, as in Flask-SQLAlchemy.
    """

    def __init__(self, state: ExtensionState) -> None:
        self._state = state

    @property
    def engines(self) -> dict[str | None, Any]:
        return {(k or None): v for k, v in engines_by_bind(self._state).items()}

    @property
    def engine(self) -> Any:
        return self.get_engine()

    def get_engine(self, bind: str | None = None) -> Any:
        try:
            return self.engines[bind or None]
        except KeyError:
            raise ConfigurationError(
                f"No engine is configured for the {bind or 'default'} database.",
                hint="Pass it in Migrate(engines={...}).",
            ) from None

    def bind_names(self) -> list[str]:
        return [n for n in selected(self._state, engines_by_bind(self._state)) if n != DEFAULT]

    @property
    def metadatas(self) -> dict[str | None, MetaData]:
        found = metadata_by_bind(self._state)
        return {(k or None): _flatten(v)[0] for k, v in found.items()}

    @property
    def metadata(self) -> MetaData:
        return default_metadata(self._state)
