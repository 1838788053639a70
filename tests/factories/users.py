import factory

from colearn.models import User
from colearn.services import user_create

DEFAULT_PASSWORD = "a-long-test-password"


class UserFactory(factory.Factory):
    """People are made through the same service the site uses, with a verified email unless told otherwise."""

    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    password = DEFAULT_PASSWORD
    is_superuser = False
    groups: tuple[str, ...] = ()
    email_verified = True

    @classmethod
    def _create(cls, model_class, **kwargs):
        return user_create(**kwargs)
