from django.core.management.base import BaseCommand

from community.loader import community_places_load


class Command(BaseCommand):
    help = "Load the community directory's entries from community/content/places.py. Safe to run again."

    def handle(self, *args, **options):
        report = community_places_load()
        for item in report.created:
            self.stdout.write(f"  created {item}")
        if report.created:
            self.stdout.write(self.style.SUCCESS(f"Community directory loaded ({len(report.created)} new items)."))
        else:
            self.stdout.write("Community directory already loaded: nothing to change.")
        if report.examples_skipped:
            self.stdout.write(
                "The made-up examples were left out: the directory has entries of its own, or some were deleted."
            )
