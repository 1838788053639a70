from django.apps import AppConfig


class ColearnConfig(AppConfig):
    name = "colearn"
    verbose_name = "Colearn site and people"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from colearn.security import connect_receivers

        connect_receivers()
        # Every app's privacy.py declares what it keeps about people (colearn.privacy, the privacy registry).
        autodiscover_modules("privacy")
