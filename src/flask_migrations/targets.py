"""Which databases to migrate: a name, an engine and the models' MetaData for each.

The models can come from Flask-SQLAlchemy 3 (one MetaData per bind), Flask-SQLAlchemy-Lite (the
user's declarative Base, passed as ``metadata``), or plain SQLAlchemy (``metadata`` and
``engines`` passed to ``Migrate``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from flask import current_app
from sqlalchemy import MetaData

from .errors import ConfigurationError

if TYPE_CHECKING:
    from .extension import MigrateState

#: The MetaData of one database: one, or several whose tables live in the same database.
Metadata = Union[MetaData, Sequence[MetaData]]

#: Name of the default database in multi-database revision files (``upgrade_()``).
DEFAULT = ""


@dataclass
class Target:
    """One database to migrate."""

    name: str  # "" for the default database, else the bind key
    engine: Any  # an Engine or an AsyncEngine
    metadata: Metadata | None

    @property
    def label(self) -> str:
        """How messages name this database."""
        return self.name or "default"


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


def metadata_by_bind(state: MigrateState) -> dict[str, Metadata]:
    """The models' MetaData for each database name the application knows."""
    source = state.migrate.metadata_source
    if source is not None:
        if isinstance(source, Mapping):
            return {_key(k): as_metadata(v) for k, v in source.items()}
        return {DEFAULT: as_metadata(source)}
    db = state.db
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


def default_metadata(state: MigrateState) -> MetaData:
    metadata = metadata_by_bind(state).get(DEFAULT)
    if metadata is None:
        return MetaData()
    return metadata if isinstance(metadata, MetaData) else metadata[0]


def engines_by_bind(state: MigrateState) -> dict[str, Any]:
    """The engine of each database name the application configures."""
    engines = state.migrate.engines
    if engines is not None:
        if isinstance(engines, Mapping):
            return {_key(k): v for k, v in engines.items()}
        return {DEFAULT: engines}
    db = state.db
    found = getattr(db, "engines", None) if db is not None else None
    if isinstance(found, Mapping):  # Flask-SQLAlchemy 3 and Flask-SQLAlchemy-Lite
        return {_key(k): v for k, v in found.items()}
    if db is not None and hasattr(db, "get_engine"):  # Flask-SQLAlchemy 2
        result = {DEFAULT: db.get_engine()}
        for bind in current_app.config.get("SQLALCHEMY_BINDS") or {}:
            result[bind] = db.get_engine(bind=bind)
        return result
    raise ConfigurationError(
        "Cannot find a database engine for the migrations.",
        hint="Set SQLALCHEMY_DATABASE_URI, or pass Migrate(engines=...).",
    )


def find_targets(state: MigrateState, multidb: bool) -> list[Target]:
    """The databases one command works on, the default one first."""
    engines = engines_by_bind(state)
    metadatas = metadata_by_bind(state)
    names = sorted(engines, key=lambda n: (n != DEFAULT, n)) if multidb else [DEFAULT]
    targets = []
    for name in names:
        if name not in engines:
            raise ConfigurationError(
                f"No engine is configured for the {name or 'default'} database.",
                hint="Set SQLALCHEMY_DATABASE_URI (or SQLALCHEMY_BINDS for a bind).",
            )
        targets.append(Target(name, engines[name], metadatas.get(name)))
    return targets
