"""What a command ran is kept per database: two databases' runs never merge into one report."""

from __future__ import annotations

import gc

from alembic.runtime.migration import MigrationContext

from flask_migrations.recorder import Recorder


def test_each_migration_context_keeps_its_own_run():
    recorder = Recorder()
    for n in range(20):  # one database after another, each context dropped when done
        ctx = MigrationContext.configure(
            dialect_name="sqlite", opts={"flask_migrations_bind": f"db{n}"}
        )
        recorder._run(ctx)
        del ctx
        gc.collect()  # a freed context's id() may be handed to the next one
    assert sorted(run.bind for run in recorder.runs.values()) == sorted(f"db{n}" for n in range(20))
