"""A fleet worker process: ``python -m flask_migrations.fleet.process JOB``.

The command starts ``--jobs`` of these (see :mod:`.run`); each loads the application as
``flask`` does (``--app``, ``FLASK_APP``, or ``app.py``/``wsgi.py``), runs one worker loop
(:func:`~flask_migrations.fleet.worker.work`) and exits with its code.
"""

from __future__ import annotations

import json
import signal
import sys

from . import render
from .worker import WORKER_FAILED, Job, work


def main(argv: list[str]) -> int:
    """A worker process: load the application, work, exit with :func:`work`'s code."""
    from flask.cli import ScriptInfo

    from ..errors import MigrationError

    job = Job(**json.loads(argv[0]))
    # The command stops its workers with SIGINT: honoured even when the command itself was
    # started with SIGINT ignored (a background job of a script), which workers would inherit.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        app = ScriptInfo(app_import_path=job.app_import_path).load_app()
        with app.app_context():
            return work(job, render.tenant_printer(job.report))
    except KeyboardInterrupt:
        return 130
    except MigrationError as exc:
        render.worker_error(str(exc))
        return WORKER_FAILED
    except Exception as exc:  # noqa: BLE001 - the application did not load, say, in a worker
        text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        render.worker_error(f"A worker process could not work: {text}")
        return WORKER_FAILED


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
