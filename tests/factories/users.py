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


def sign_in_confirmed(client, user, *, confirmed_seconds_ago: float = 0):
    """Sign in as someone who has just confirmed it is them (allauth's reauthentication, asked before downloads and
    account changes). `confirmed_seconds_ago` past allauth's five minutes makes the site ask again."""
    import time

    client.force_login(user)
    session = client.session
    session["account_authentication_methods_user"] = str(user.pk)
    session["account_authentication_methods"] = [
        {"method": "password", "at": time.time() - confirmed_seconds_ago, "reauthenticated": True}
    ]
    session.save()
    return client
