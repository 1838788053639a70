from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.course_files import CourseDataError
from courses.exporter import course_export, course_export_folder, course_export_zip
from courses.models import CoursePage


class Command(BaseCommand):
    help = (
        "Write a published course (pages, blocks, prompts, take-away documents, credits) as plain data another "
        "Colearn can import: a folder, or a zip with --zip."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The course's slug, as in its web address.")
        parser.add_argument("--zip", action="store_true", help="Write one .zip file instead of a folder.")
        parser.add_argument("--output", help="Where to write it (default: the slug, in the current folder).")

    def handle(self, *args, slug, zip, output, **options):
        course = CoursePage.objects.live().filter(slug=slug).first()
        if course is None:
            raise CommandError(f"There is no published course with the slug “{slug}”.")
        try:
            files = course_export(course=course)
        except CourseDataError as error:
            raise CommandError(f"The course cannot be exported yet:\n{error}") from None
        target = Path(output or (f"{slug}.zip" if zip else slug))
        if zip:
            target.write_bytes(course_export_zip(files))
        elif target.exists() and any(target.iterdir()) and not (target / "course.py").exists():
            raise CommandError(f"{target} already holds other files: choose an empty folder with --output.")
        else:
            course_export_folder(files, target)
        self.stdout.write(self.style.SUCCESS(f"Exported “{course.title}” ({len(files)} files) to {target}."))
