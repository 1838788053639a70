from django.apps import AppConfig


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = "Cohorts: who learns together and when"

    def ready(self):
        from colearn import page_cache

        # A course page lists its upcoming cohorts and their free places to everyone (cohorts.selectors).
        page_cache.watch("cohorts.Cohort", "cohorts.Membership")
