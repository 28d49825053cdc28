"""The fleet's signals (blinker, which Flask already depends on), for error trackers and logs.

``tenant_migrated`` is sent in the worker's process, with the application as sender and
``result`` a :class:`~flask_migrations.fleet.worker.TenantDone`, after each tenant::

    from flask_migrations.fleet import tenant_migrated

    @tenant_migrated.connect
    def report(app, result):
        if result.status == "failed":
            sentry_sdk.capture_message(f"tenant {result.tenant}: {result.error}")

Connect it where the application is created: worker processes load the application anew.
"""

from __future__ import annotations

from blinker import Namespace

_signals = Namespace()

#: Sent after each tenant a worker finished (done or failed).
tenant_migrated = _signals.signal("flask-migrations.tenant-migrated")
