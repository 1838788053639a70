from django.apps import AppConfig


class ColearnConfig(AppConfig):
    name = "colearn"
    verbose_name = "Colearn site and people"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        from colearn import page_cache
        from colearn.security import connect_receivers

        connect_receivers()
        page_cache.connect_receivers()
        # Shown on every page: the "Need support now?" link and the site itself; who may see a page at all; the
        # images and documents a page shows or links to. Shown on some: how information is shared.
        page_cache.watch(
            "colearn.SupportSettings",
            "colearn.SharingStatementSettings",
            "wagtailcore.Site",
            "wagtailcore.PageViewRestriction",
            "wagtailimages.Image",
            "wagtaildocs.Document",
        )
        # Every app's privacy.py declares what it keeps about people (colearn.privacy, the privacy registry).
        autodiscover_modules("privacy")
