"""The portable lock (a locked row of ``flask_migrations_lock``), forced on real servers: it
waits no longer than the lock timeout, says that it waits, and is free again when let go."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from flask_migrations import lock


@pytest.fixture
def engine(server_database_url):
    made = sa.create_engine(server_database_url)
    yield made
    made.dispose()


def test_the_table_lock_waits_no_longer_than_its_timeout(engine, monkeypatch):
    monkeypatch.setattr(lock, "_lock_for", lambda engine, schema: lock._TableLock(engine, schema))
    waits: list[lock.LockWait] = []
    with lock.hold([("", engine)]):
        with pytest.raises(lock.LockTimeoutError) as caught:
            with lock.hold([("", engine)], timeout=0.5, on_wait=waits.append):
                pass  # before: blocked here until the holder let go
    assert "after 0.5 seconds" in str(caught.value)
    assert len(waits) == 1 and waits[0].label == "default"
    with lock.hold([("", engine)], timeout=0.5):  # free again once released
        pass
