from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from colearn.models import User
from colearn.notifications import EMAIL_KINDS


@transaction.atomic
def user_create(
    *,
    email: str,
    password: str,
    display_name: str,
    is_superuser: bool = False,
    groups: tuple[str, ...] = (),
    email_verified: bool = False,
) -> User:
    """An account as sign-up would make it; `email_verified` is for people an admin vouches for (and demo data)."""
    user = User(email=User.objects.normalize_email(email), display_name=display_name)
    user.is_superuser = user.is_staff = is_superuser
    user.set_password(password)
    user.full_clean()
    user.save()
    if groups:
        user.groups.set(Group.objects.filter(name__in=groups))
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=email_verified)
    return user


@transaction.atomic
def user_update_profile(*, user: User, display_name: str, pronouns: str, about: str) -> User:
    user.display_name, user.pronouns, user.about = display_name, pronouns, about
    user.full_clean()
    user.save(update_fields=["display_name", "pronouns", "about"])
    return user


@transaction.atomic
def user_update_preferences(
    *, user: User, text_size: str, readable_font: bool, reduce_motion: bool, emails: list[str]
) -> User:
    user.text_size, user.readable_font, user.reduce_motion = text_size, readable_font, reduce_motion
    user.email_opt_outs = [kind for kind in EMAIL_KINDS if kind not in emails]
    user.full_clean()
    user.save(update_fields=["text_size", "readable_font", "reduce_motion", "email_opt_outs"])
    return user
