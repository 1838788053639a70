import factory

from community.models import CommunityPlace, PlaceTheme
from community.services import place_create


class PlaceThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlaceTheme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Place theme {n}")
    slug = factory.Sequence(lambda n: f"place-theme-{n}")


class CommunityPlaceFactory(factory.django.DjangoModelFactory):
    """A published directory entry, made through place_create as the loader makes them."""

    class Meta:
        model = CommunityPlace

    name = factory.Sequence(lambda n: f"Test place {n}")
    slug = factory.Sequence(lambda n: f"test-place-{n}")
    summary = "People meet here to do something together."
    when = "Tuesdays 10am to 12pm"
    days = ["tue"]
    cost = "free"
    themes = []

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return place_create(**kwargs)
