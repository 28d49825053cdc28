"""The safety linter: ``flask db lint`` and the safe-operation helpers.

It reads operations, not text: each revision's ``upgrade()`` runs against the recording
operations of :mod:`flask_migrations.planner` in an offline context of the target dialect, and
every ``op.*`` call is checked with what came before it (tables created earlier are new, a
constraint added NOT VALID earlier in the same transaction still holds its lock). Raw SQL in
``op.execute`` is parsed with sqlglot.

Module map (importing this package imports none of them; ``flask db`` loads only :mod:`.cli`):

- :mod:`.findings`  what a finding is, the exit codes, the target (dialect + server version)
- :mod:`.facts`     server-version facts and default versions per dialect
- :mod:`.sql`       raw SQL of ``op.execute`` as statements the rules can read (sqlglot)
- :mod:`.rules`     the rules: catalogue (name, severity, dialects) and checks
- :mod:`.engine`    records each revision and runs the rules over it, with state
- :mod:`.suppress`  ``# lint: allow RULE -- reason`` comments in revision files
- :mod:`.settings`  project settings (app config, alembic.ini, pyproject.toml)
- :mod:`.select`    which revisions to lint (all, a range, --pending, --since, --changed-since)
- :mod:`.render`    text, JSON and GitHub Actions output
- :mod:`.cli`       the ``flask db lint`` command and the hooks of ``migrate`` and ``--plan``
- :mod:`.safe`      helpers for revisions: the safe way to do each flagged operation
"""
