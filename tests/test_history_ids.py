"""The history table lives in the application's database, whose every table a backup saves and
a restore puts back: its ids must never collide with the rows a restore's upgrade writes."""

from __future__ import annotations

import datetime

import sqlalchemy as sa

from deploy_project import write_project
from flask_migrations.history_table import TABLE


def _engine(p):
    return sa.create_engine(p.url)


def test_backup_and_restore_of_every_table(make_project, any_database_url):
    p = make_project(any_database_url)
    write_project(p, count=3)
    p.ok("db", "upgrade")
    engine = _engine(p)
    try:
        # the backup: every table but alembic_version, as backup scripts do
        metadata = sa.MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            saved = {
                name: [dict(r._mapping) for r in connection.execute(sa.select(t))]
                for name, t in metadata.tables.items()
                if name != "alembic_version"
            }
        assert len(saved[TABLE]) == 3
        metadata.drop_all(engine)
        engine.dispose()

        p.ok("db", "upgrade")  # the restore brings the schema back, which writes history rows

        with engine.begin() as connection:
            for name, rows in saved.items():
                target = sa.Table(name, sa.MetaData(), autoload_with=connection)
                if rows and name not in ("applied",):
                    connection.execute(target.insert(), rows)
        with engine.connect() as connection:
            ids = [r[0] for r in connection.execute(sa.text(f"SELECT id FROM {TABLE}"))]
        assert len(ids) == len(set(ids)) == 6
    finally:
        engine.dispose()


def test_a_history_table_of_an_earlier_version_is_widened_in_place(
    make_project, any_database_url
):
    p = make_project(any_database_url)
    write_project(p, count=2)
    engine = _engine(p)
    old = sa.Table(
        TABLE,
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("revision", sa.String(255)),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("duration_ms", sa.Integer),
        sa.Column("success", sa.Boolean, nullable=False),
        sa.Column("hostname", sa.String(255)),
        sa.Column("username", sa.String(255)),
        sa.Column("checksum", sa.String(64)),
        sa.Column("error", sa.Text),
    )
    try:
        old.create(engine)
        with engine.begin() as connection:
            connection.execute(
                old.insert(),
                [{"revision": "old", "direction": "stamp",
                  "started_at": datetime.datetime(2020, 1, 1), "success": True}],
            )
        p.ok("db", "upgrade")
        with engine.connect() as connection:
            rows = connection.execute(sa.text(f"SELECT id, revision FROM {TABLE} ORDER BY id"))
            assert [r[1] for r in rows] == ["old", "r01", "r02"]
        status = p.ok("db", "status").stdout
        assert "applied  r02" in status
    finally:
        engine.dispose()
