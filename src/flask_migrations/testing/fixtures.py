"""What the plugin's checks and fixtures share in one pytest session: the application, the
throwaway databases, and the migrated database the ``migrated_app`` fixture copies per test.

Per-test isolation of ``migrated_app``: PostgreSQL clones the migrated database with
``CREATE DATABASE ... TEMPLATE``, SQLite copies its file; MySQL/MariaDB cannot roll DDL back nor
clone a database, so each test gets the one migrated database with every table emptied after
the test (rows are isolated, schema changes a test makes are not).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from .. import api, binds
from ..probe import quietly
from . import checks
from .apps import engine_urls, find_app, pointed_at
from .throwaway import ThrowawayError, Throwaways, backend, sweep

if TYPE_CHECKING:
    from flask import Flask
    from sqlalchemy.engine import URL, Connection


Plan = list[tuple[str, Callable[[], None], "str | None"]]


class Kit:
    """The kit's state in one pytest session."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.throwaways = Throwaways()
        self._app: Flask | None = None
        self._swept: set[str] = set()
        self._checks: checks.Databases | None = None

    def _option(self, name: str) -> Any:
        value = self.config.getoption(name, None)
        return value if value is not None else self.config.getini(name)

    def found_app(self) -> Flask:
        if self._app is None:
            self._app = find_app(self._option("migrations_flask_app") or None)
        return self._app

    def given(self) -> dict[str, str]:
        """``--migrations-db [BIND=]URL``: the server to make a database's throwaway databases
        on, in place of the application's own, by database name ("default" for the default)."""
        found = {}
        for value in self.config.getoption("migrations_db") or ():
            bind, sep, url = value.partition("=")
            if sep and "://" not in bind:
                found[bind] = url
            else:
                found["default"] = value
        return found

    def close(self) -> None:
        if self._checks is not None:
            self._checks.close()
        self.throwaways.drop_all()

    def create(self, app: Flask) -> dict[Any, URL]:
        """A new empty throwaway database for each database of ``app``."""
        urls = {}
        given = self.given()
        for key, like in engine_urls(app).items():
            label = binds.label(key)
            if label in given:
                like = make_url(given[label])
            server = like._replace(database=None).render_as_string(hide_password=False)
            if server not in self._swept:
                sweep(like)
                self._swept.add(server)
            urls[key] = self.throwaways.create(like, label)
        return urls

    # -- the checks ----------------------------------------------------------------------

    def plan(self) -> Plan:
        """(name, run, file) of every check, in the order they run."""
        app = self.found_app()
        with app.app_context():
            script = _script(app)
            files = checks.every_file(script)
        plan: Plan = [
            ("unique revision ids", functools.partial(checks.unique_ids, files), None),
            ("parents exist", functools.partial(checks.parents_exist, files), None),
            ("no cycle", functools.partial(checks.no_cycle, files), None),
        ]
        if _broken(plan):
            return plan  # the graph checks say what is wrong; nothing else can run
        ordered = list(reversed(list(script.walk_revisions())))
        heads = int(self._option("migrations_heads") or 1)
        dbs = self._checks = checks.Databases(app, self.create, self.throwaways.drop)
        plan += [
            ("heads", functools.partial(checks.head_count, script, heads), None),
            ("upgrade to head", functools.partial(checks.upgrade_to_head, dbs), None),
            ("models match head", functools.partial(checks.models_match, dbs, script), None),
            ("downgrade to base", functools.partial(checks.downgrade_to_base, dbs, script), None),
        ]
        for sc in ordered:
            run = functools.partial(checks.stairway, dbs, script, sc)
            plan.append((f"stairway[{sc.revision}]", run, os.path.relpath(sc.path)))
        if self.config.getoption("migrations_sql") or self.config.getini("migrations_sql"):
            for sc in ordered:
                run = functools.partial(checks.offline_sql, dbs, sc)
                plan.append((f"offline sql[{sc.revision}]", run, os.path.relpath(sc.path)))
        return plan

    # -- the fixtures --------------------------------------------------------------------

    def migrator(self, app: Flask) -> Iterator[Migrator]:
        urls = self.create(app)
        try:
            with pointed_at(app, urls), app.app_context(), quietly():
                yield Migrator(app)
        finally:
            for url in urls.values():
                self.throwaways.drop(url)

    def template(self, app: Flask) -> dict[Any, URL]:
        """Databases built by the migrations at head, once per session."""
        urls = self.create(app)
        with pointed_at(app, urls), app.app_context(), quietly():
            try:
                api.upgrade()
            except api.MigrationError as exc:
                raise ThrowawayError(
                    f"The migrations cannot build the test database: {exc.message}"
                ) from None
        return urls

    def migrated(self, app: Flask, template: dict[Any, URL]) -> Iterator[Flask]:
        copies = {key: self._copy(url) for key, url in template.items()}
        try:
            with pointed_at(app, copies), app.app_context():
                yield app
                _empty_shared(app, template, copies)
        finally:
            for key, url in copies.items():
                if url is not template[key]:
                    self.throwaways.drop_later(url)

    def _copy(self, url: URL) -> URL:
        if backend(url) in ("postgresql", "sqlite"):
            return self.throwaways.clone(url)
        return url  # MySQL/MariaDB: the one migrated database, emptied after each test


def _broken(plan: Plan) -> bool:
    """Whether a graph check fails (Alembic's revision map cannot be built then)."""
    for _, run, _ in plan:
        try:
            run()
        except checks.CheckFailed:
            return True
    return False


def _script(app: Flask) -> Any:
    from alembic.script import ScriptDirectory

    state = app.extensions.get("migrate")
    if state is None:
        raise ThrowawayError(
            "The application has no Migrate extension: create it with Migrate(app, db)."
        )
    if not os.path.isfile(os.path.join(state.directory, "env.py")):
        raise ThrowawayError(
            f"The migrations folder {os.path.abspath(state.directory)} has no env.py:"
            " run 'flask db init' (and 'flask db migrate') first."
        )
    return ScriptDirectory.from_config(state.migrate.get_config(state.directory))


def _empty_shared(app: Flask, template: dict[Any, URL], copies: dict[Any, URL]) -> None:
    """Delete every row a test left in a database it shares with the next test."""
    for key, url in copies.items():
        if url is not template[key]:
            continue
        engine = sa.create_engine(url)
        try:
            with engine.begin() as connection:
                _delete_rows(connection)
        finally:
            engine.dispose()


def _delete_rows(connection: Connection) -> None:
    from ..history_table import OWN_TABLES

    inspector = sa.inspect(connection)
    keep = {"alembic_version", *OWN_TABLES}
    connection.execute(sa.text("SET FOREIGN_KEY_CHECKS = 0"))
    for table in inspector.get_table_names():
        if table not in keep:
            connection.execute(sa.text(f"DELETE FROM `{table}`"))
    connection.execute(sa.text("SET FOREIGN_KEY_CHECKS = 1"))


@dataclass
class Migrator:
    """Throwaway databases for one data-migration test, in the application's context.

    ``upgrade``/``downgrade`` are the clean API's; ``connection`` and ``tables`` reach the
    database at whatever revision it is at.
    """

    app: Flask

    def upgrade(self, revision: str = "head") -> api.MigrationResult:
        return api.upgrade(revision=revision)

    def downgrade(self, revision: str = "-1") -> api.MigrationResult:
        return api.downgrade(revision=revision)

    def current(self, bind: str = "") -> tuple[str, ...]:
        """The revision(s) the database is at."""
        for found in api.current():
            if found.database == bind:
                return found.heads
        raise KeyError(bind)

    def engine(self, bind: str = "") -> Any:
        from ..runtime import migrate_state
        from ..targets import engines_by_bind

        return engines_by_bind(migrate_state())[bind]

    @contextmanager
    def connection(self, bind: str = "") -> Iterator[Connection]:
        """A connection in a transaction, committed at the end of the ``with`` block."""
        with self.engine(bind).begin() as connection:
            yield connection

    def tables(self, bind: str = "") -> Any:
        """The tables as they are now (reflected): ``migrator.tables()["user"]``."""
        metadata = sa.MetaData()
        metadata.reflect(self.engine(bind))
        return metadata.tables
