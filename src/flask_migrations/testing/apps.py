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
    import sqlalchemy as sa

    from ..connections import is_async

    if is_async(old):
        from sqlalchemy.ext.asyncio import create_async_engine

        return create_async_engine(url)
    return sa.create_engine(url)


@contextmanager
def pointed(app: Flask, urls: dict[Any, URL]) -> Iterator[Flask]:
    """``app`` with each engine swapped for one on ``urls[key]``, put back afterwards."""
    mapping, state = _slots(app)
    if mapping is None:
        old_single = state.migrate.engines
        state.migrate.engines = _engine_like(old_single, urls[""])
        try:
            yield app
        finally:
            _dispose(state.migrate.engines)
            state.migrate.engines = old_single
        return
    old = dict(mapping)
    for key, url in urls.items():
        mapping[key] = _engine_like(old[key], url)
    try:
        yield app
    finally:
        for key in urls:
            _dispose(mapping[key])
        mapping.clear()
        mapping.update(old)


def _dispose(engine: Any) -> None:
    sync = getattr(engine, "sync_engine", engine)
    sync.dispose()
