"""Fleet workers on Celery workers (the ``celery`` extra), for teams that already run Celery.

A Celery task only starts a worker loop (:func:`~flask_migrations.fleet.worker.work`); all the
state of the run stays in the run table. So a task delivered twice, or a worker lost mid-task
whose task Celery gives to another, does no harm: the second loop finds the tenants claimed,
done, or their lease run out, as any worker of the run would.

In the module your Celery workers load, after the Flask application is created::

    from flask_migrations.fleet.celery_executor import register

    register(celery_app, flask_app)

and name the Celery application in ``Tenants(..., celery=celery_app)``; then
``flask db upgrade --all-tenants --executor celery --jobs N`` sends N tasks and waits for the
run to end.
"""

from __future__ import annotations

import json
from typing import Any

from .worker import RECYCLED, Job, encode, work

#: The name of the fleet's task.
TASK = "flask_migrations.fleet.work"


def register(celery_app: Any, flask_app: Any) -> Any:
    """Register the fleet's task on ``celery_app``, working in ``flask_app``'s context."""

    @celery_app.task(name=TASK, acks_late=True, bind=True)
    def fleet_work(task: Any, job_json: str) -> int:
        job = Job(**json.loads(job_json))
        job.report = "quiet"  # tenant lines belong to the command's output, not a task's log
        with flask_app.app_context():
            code = work(job)
        if code == RECYCLED:  # a fresh task goes on (Celery recycles its own processes)
            task.app.send_task(TASK, args=[job_json])
        return code

    return fleet_work


def start(celery_app: Any, job: Job, tasks: int) -> None:
    """Send ``tasks`` worker loops of the run to the Celery workers."""
    for _ in range(tasks):
        celery_app.send_task(TASK, args=[encode(job)])
