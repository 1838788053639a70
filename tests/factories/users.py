import factory

from colearn.models import OnePageProfile, User
from colearn.services import one_page_profile_update, user_create

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


# --- One-page profiles ------------------------------------------------------------------------------------------


class OnePageProfileFactory(factory.Factory):
    """A one-page profile, written through the same service as the profile page. Sharing it is per group, on the
    membership (MembershipFactory(profile_sharing=...))."""

    class Meta:
        model = OnePageProfile

    user = factory.SubFactory(UserFactory)
    liked_and_admired = "People say I am a good listener and I make them laugh."
    what_matters = "My daughter, my dog Bramble, and being outdoors."
    how_to_support = "Please send things to read before a session. Sitting near the door helps me feel calmer."

    @classmethod
    def _create(cls, model_class, **kwargs):
        return one_page_profile_update(**kwargs)


# --- People without an email address ------------------------------------------------------------------------------


class PersonWithoutEmailFactory(factory.Factory):
    """Someone a facilitator added without an email address: a username the site made, no password unless given
    (as if they had chosen it after their first sign-in)."""

    class Meta:
        model = User

    display_name = factory.Sequence(lambda n: f"Card holder {n}")
    password: str | None = None

    @classmethod
    def _create(cls, model_class, *, password=None, **kwargs):
        from colearn.services import user_create_without_email

        user = user_create_without_email(**kwargs)
        if password:
            user.set_password(password)
            user.save(update_fields=["password"])
        return user


def asking_for(user: User, *kinds: str) -> User:
    """The person has switched on these reminder kinds (colearn.notifications.OPT_IN_KINDS) in their preferences."""
    user.email_opt_ins = list(kinds)
    user.save(update_fields=["email_opt_ins"])
    return user
