"""Tests of the quickstart app on a database built by its own migrations.

``pytest`` here runs these tests and the migration checks (pytest.ini turns them on): each
revision upgrades, downgrades cleanly and matches the models, on a throwaway database.
"""

import sqlalchemy as sa

from app import User, db


def test_add_a_user(migrated_app):
    db.session.add(User(name="Ada"))
    db.session.commit()
    assert User.query.filter_by(name="Ada").one().id == 1


def test_each_test_starts_on_an_empty_copy(migrated_app):
    assert User.query.count() == 0


def test_the_migrated_user_table_takes_rows(migrator):
    migrator.upgrade("head")
    users = migrator.tables()["user"]
    with migrator.connection() as connection:
        connection.execute(users.insert().values(name="Ada"))
        assert connection.execute(sa.select(users.c.name)).scalars().all() == ["Ada"]
