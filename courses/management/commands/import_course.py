from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.course_files import CourseDataError, files_from_folder, files_from_zip
from courses.loader import course_import


class Command(BaseCommand):
    help = (
        "Load a course exported by another Colearn (a folder or a .zip), published at once. Safe to run again: "
        "pages are updated in place by slug, and only where they differ."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The exported course: a folder holding course.py, or a .zip of one.")

    def handle(self, *args, path, **options):
        source = Path(path)
        try:
            if source.is_dir():
                files = files_from_folder(source)
            elif source.is_file():
                files = files_from_zip(source)
            else:
                raise CommandError(f"There is no folder or file at {source}.")
            report = course_import(files=files)
        except CourseDataError as error:
            raise CommandError(f"Nothing was changed. The course has these problems:\n{error}") from None
        for what in report.created:
            self.stdout.write(f"  created {what}")
        for what in report.updated:
            self.stdout.write(f"  updated {what}")
        for what in report.kept:
            self.stdout.write(f"  kept {what} (this site has it; the import does not)")
        if report.changed:
            self.stdout.write(self.style.SUCCESS("Course imported."))
        else:
            self.stdout.write("The course is already as imported: nothing to change.")
