"""The pytest plugin (``pytest11`` entry point): ``pytest --migrations`` adds the built-in
migration checks; the fixtures ``migrator`` and ``migrated_app`` serve a project's own tests.

pytest loads this module in every session of every project that has Flask-Migrations
installed, so it imports nothing but pytest: Alembic, SQLAlchemy and the application are
imported only when the checks are asked for or a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from flask import Flask

    from .fixtures import Kit, Migrator


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("migrations", "Flask-Migrations test kit")
    group.addoption(
        "--migrations",
        action="store_true",
        default=None,
        help="run the built-in migration checks (graph, upgrade, models, downgrade, stairway)",
    )
    group.addoption(
        "--flask-app",
        dest="migrations_flask_app",
        default=None,
        help="the application, as for 'flask --app' (default: FLASK_APP, app.py, wsgi.py)",
    )
    group.addoption(
        "--migrations-db",
        dest="migrations_db",
        action="append",
        default=[],
        metavar="[BIND=]URL",
        help="an empty database to use instead of a throwaway one (BIND= for a bind)",
    )
    group.addoption(
        "--migrations-sql",
        action="store_true",
        default=None,
        help="also check that each revision renders as offline SQL (upgrade/downgrade --sql)",
    )
    parser.addini("migrations", "run the migration checks in every run", type="bool")
    parser.addini("migrations_flask_app", "the application, as for 'flask --app'")
    parser.addini("migrations_heads", "how many heads the revision graph has", default="1")
    parser.addini("migrations_sql", "check offline SQL of each revision", type="bool")


def enabled(config: pytest.Config, name: str = "migrations") -> bool:
    given = config.getoption(name)
    return bool(given) if given is not None else bool(config.getini(name))


def _kit(config: pytest.Config) -> Kit:
    from .fixtures import Kit

    kit = getattr(config, "_migrations_kit", None)
    if kit is None:
        kit = Kit(config)
        config._migrations_kit = kit  # type: ignore[attr-defined]
    return kit


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    if not enabled(config):
        return
    from .collect import checks

    items[:0] = checks(session, _kit(config))


@pytest.hookimpl(trylast=True)  # after the fixtures' teardown, Ctrl-C or not
def pytest_sessionfinish(session: pytest.Session) -> None:
    kit = getattr(session.config, "_migrations_kit", None)
    if kit is not None:
        kit.close()


@pytest.fixture(scope="session")
def migrations_app(pytestconfig: pytest.Config) -> Flask:
    """The application under test; define a fixture of this name to give your own (an app
    from your factory)."""
    return _kit(pytestconfig).found_app()


@pytest.fixture
def migrator(migrations_app: Flask, pytestconfig: pytest.Config) -> Iterator[Migrator]:
    """Empty throwaway databases to move between revisions: ``migrator.upgrade("abc")``,
    insert rows, ``migrator.upgrade("def")``, assert."""
    yield from _kit(pytestconfig).migrator(migrations_app)


@pytest.fixture(scope="session")
def _migrations_template(migrations_app: Flask, pytestconfig: pytest.Config) -> Any:
    return _kit(pytestconfig).template(migrations_app)


@pytest.fixture
def migrated_app(
    migrations_app: Flask, _migrations_template: Any, pytestconfig: pytest.Config
) -> Iterator[Flask]:
    """The application on databases built by the migrations at head (once per session),
    each test on its own copy; in an application context."""
    yield from _kit(pytestconfig).migrated(migrations_app, _migrations_template)
