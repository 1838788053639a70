from django.core.management.base import BaseCommand

from courses.loader import built_in_course_load


class Command(BaseCommand):
    help = "Load the built-in course, its take-away tools and the site's own pages. Safe to run again."

    def handle(self, *args, **options):
        report = built_in_course_load()
        if report.created:
            for item in report.created:
                self.stdout.write(f"  created {item}")
            self.stdout.write(self.style.SUCCESS(f"Built-in course loaded ({len(report.created)} new items)."))
        else:
            self.stdout.write("Built-in course already loaded: nothing to change.")
