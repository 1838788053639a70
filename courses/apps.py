from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses and their content"

    def ready(self):
        from colearn import page_cache
        from courses import signals

        signals.connect()
        # Course content kept outside the page rows, shown on public pages.
        page_cache.watch("courses.Theme", "courses.CourseCapability", "courses.GlossaryTerm", "courses.PageCredit")
