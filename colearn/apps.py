from django.apps import AppConfig


class ColearnConfig(AppConfig):
    name = "colearn"
    verbose_name = "Colearn site and people"
