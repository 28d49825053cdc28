"""The application under test: found as the ``flask`` command finds it, its engines pointed at
throwaway databases.

Applications often build their engines when they are imported (``SQLAlchemy(app)`` at module
level, as in the README's quickstart), so setting a URL in the config is too late. Instead the
engines the extension keeps (``db.engines`` of Flask-SQLAlchemy 3 and Flask-SQLAlchemy-Lite,
or ``Migrate(engines=...)``) are swapped, for a while, for engines on throwaway databases: the
migrations and the application's own session then both reach the throwaway database.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

from flask import Flask
from sqlalchemy.engine import URL

from .throwaway import ThrowawayError


def find_app(import_path: str | None) -> Flask:
    """The app of ``--flask-app``/``FLASK_APP``, else ``app.py``/``wsgi.py`` (Flask's rules,
    factories such as ``create_app()`` included)."""
    from flask.cli import NoAppException, ScriptInfo

    try:
        return ScriptInfo(app_import_path=import_path, set_debug_flag=False).load_app()
    except NoAppException as exc:
        raise ThrowawayError(
            f"The migration checks cannot find the application: {str(exc).splitlines()[0]}"
            " Pass --flask-app (or set FLASK_APP, or migrations_flask_app in the pytest"
            " configuration)."
        ) from None


def _slots(app: Flask) -> tuple[MutableMapping[Any, Any], Any] | tuple[None, Any]:
    """Where the app's engines live: a mapping to change in place, or ``Migrate(engines=E)``."""
    state = app.extensions.get("migrate")
    if state is None:
        raise ThrowawayError(
            "The application has no Migrate extension: create it with Migrate(app, db)."
        )
    if state.migrate.engines is not None:
        engines = state.migrate.engines
        return (engines, state) if isinstance(engines, MutableMapping) else (None, state)
    db = state._db
    with app.app_context():
        found = getattr(db, "engines", None)
    if not isinstance(found, MutableMapping):
        raise ThrowawayError(
            f"The migration test kit cannot reach the engines of {type(db).__name__}: it"
            " works with Flask-SQLAlchemy 3, Flask-SQLAlchemy-Lite and Migrate(engines=...)."
        )
    return found, state


def engine_urls(app: Flask) -> dict[Any, URL]:
    """The URL of each engine the application has, by its key ("" or None: the default)."""
    mapping, state = _slots(app)
    if mapping is None:
        return {"": state.migrate.engines.url}
    return {key: engine.url for key, engine in mapping.items()}


def _engine_like(old: Any, url: URL) -> Any:
    """An engine on ``url`` of the kind of ``old`` (sync or async); throwaway databases skip
    waiting for the disk at each commit (nothing in them must survive a crash)."""
    import sqlalchemy as sa

    from ..connections import is_async

    engine: Any
    if is_async(old):
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(url)
    else:
        engine = sa.create_engine(url)
    setting = {
        "sqlite": "PRAGMA synchronous = OFF",
        "postgresql": "SET synchronous_commit = off",
    }.get(url.get_backend_name())
    if setting is not None:

        def fast(dbapi_connection: Any, record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute(setting)
            cursor.close()
            dbapi_connection.commit()  # a session setting, outside any transaction

        sa.event.listen(getattr(engine, "sync_engine", engine), "connect", fast)
    return engine


def engines_for(app: Flask, urls: dict[Any, URL]) -> dict[Any, Any]:
    """An engine on each of ``urls``, of the kind (sync or async) the app's engine is."""
    mapping, state = _slots(app)
    old = {"": state.migrate.engines} if mapping is None else dict(mapping)
    return {key: _engine_like(old[key], url) for key, url in urls.items()}


@contextmanager
def pointed(app: Flask, engines: dict[Any, Any]) -> Iterator[Flask]:
    """``app`` with each engine swapped for ``engines[key]``, put back afterwards."""
    mapping, state = _slots(app)
    if mapping is None:
        old_single = state.migrate.engines
        state.migrate.engines = engines[""]
        try:
            yield app
        finally:
            state.migrate.engines = old_single
        return
    old = dict(mapping)
    mapping.update(engines)
    try:
        yield app
    finally:
        mapping.clear()
        mapping.update(old)


@contextmanager
def pointed_at(app: Flask, urls: dict[Any, URL]) -> Iterator[Flask]:
    """``app`` on new engines on ``urls``, disposed of afterwards."""
    engines = engines_for(app, urls)
    try:
        with pointed(app, engines):
            yield app
    finally:
        dispose(engines)


def dispose(engines: dict[Any, Any]) -> None:
    for engine in engines.values():
        getattr(engine, "sync_engine", engine).dispose()
