"""The weekly digest's place in the worker's queue: each Monday's run sends the week just gone and queues the next.

`manage.py schedule_digests` (run by `make run` and on each deploy) makes sure one run is queued; it and the run
itself queue a new one only when none is waiting, so the chain never doubles.
"""

from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from colearn.tasks import enqueue_after
from learning.services.digest import digests_send, next_run_after, week_just_gone

DIGEST_TASK = "learning.tasks.send_weekly_digests"


def digest_run_schedule() -> bool:
    """Queue the next Monday's run unless one is already waiting. Returns whether one was queued."""
    if DBTaskResult.objects.filter(task_path=DIGEST_TASK, status=TaskResultStatus.READY).exists():
        return False
    return enqueue_after(send_weekly_digests, next_run_after(timezone.now())) is not None


@task()
def send_weekly_digests() -> int:
    sent = digests_send(week_starting=week_just_gone())
    digest_run_schedule()
    return sent
