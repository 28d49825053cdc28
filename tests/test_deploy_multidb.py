"""Lock, history, status and plan in a multi-database folder: each database on its own."""

from __future__ import annotations

import json

import sqlalchemy as sa

from flask_migrations.lock import hold
from test_multidb import Apps, apps, cli, ok, rev_id, revisions, urls  # noqa: F401


def history(apps: Apps, name: str) -> list[tuple[str, str, bool]]:  # noqa: F811
    engine = sa.create_engine(apps.urls[name])
    try:
        with engine.connect() as connection:
            query = "SELECT revision, direction, success FROM flask_migrations_history ORDER BY id"
            return [(r[0], r[1], bool(r[2])) for r in connection.execute(sa.text(query))]
    finally:
        engine.dispose()


def test_every_database_is_locked_recorded_and_reported(apps: Apps) -> None:  # noqa: F811
    app = apps.make(bind_keys=("users",))
    apps.model(app, "Thing")
    apps.model(app, "User", bind="users", name=sa.Column(sa.String(50)))
    ok(app, "db", "init", "--multidb")
    ok(app, "db", "migrate", "-m", "first")
    rev = rev_id(revisions(apps.root)[0])

    plan = ok(app, "db", "upgrade", "--plan").stdout.splitlines()
    assert plan[:3] == [
        f"[default] upgrade {rev}: first",
        "    create_table thing (id)",
        f"[users] upgrade {rev}: first",
    ]
    # Autogenerate orders the columns differently on SQLAlchemy 1.4.
    assert plan[3:] in (["    create_table user (id, name)"], ["    create_table user (name, id)"])
    assert apps.version("default") == apps.version("users") == set()

    ok(app, "db", "upgrade")
    assert history(apps, "default") == history(apps, "users") == [(rev, "upgrade", True)]
    data = json.loads(ok(app, "db", "status", "--json").stdout)
    assert [(d["database"], d["up_to_date"]) for d in data["databases"]] == [
        ("default", True),
        ("users", True),
    ]

    with app.app_context():
        with hold([("users", app.db.engines["users"])]):
            result = cli(app, "db", "downgrade", "--lock-timeout", "0.3")
    assert result.exit_code == 3
    assert "Waiting for the migration lock of the users database" in result.stderr
    # Every database is locked before any is touched: the default one did not move either.
    assert apps.version("default") == apps.version("users") == {rev}
