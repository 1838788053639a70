from django.core.management.base import BaseCommand, CommandError

from learning.tasks import digest_run_schedule, send_weekly_digests


class Command(BaseCommand):
    help = (
        "Make sure the weekly digest's next run (Monday 08:00) is waiting in the worker's queue. Safe to run any "
        "number of times: `make run` and each deploy call it."
    )

    def handle(self, *args, **options):
        if not send_weekly_digests.get_backend().supports_defer:
            raise CommandError("TASKS runs tasks as they are queued, so nothing can wait for Monday: use the database.")
        if digest_run_schedule():
            self.stdout.write("The weekly digest's next run is queued.")
        else:
            self.stdout.write("The weekly digest's next run was already queued.")
