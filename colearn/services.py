from importlib import import_module

from allauth.account.models import EmailAddress
from django.conf import settings
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


# --- Erasure (called by learning.services.data_rights.person_erase, through the privacy registry) ----------------


@transaction.atomic
def user_erase_email_addresses(*, user: User) -> None:
    """Every email address on the account (and, by cascade, the confirmation keys sent to them)."""
    EmailAddress.objects.filter(user=user).delete()


@transaction.atomic
def user_erase_authenticators(*, user: User) -> None:
    from allauth.mfa.models import Authenticator

    Authenticator.objects.filter(user=user).delete()


@transaction.atomic
def user_erase_sessions(*, user: User) -> None:
    """Signs the person out everywhere: their tracked sessions and any other session row that names their id."""
    from allauth.usersessions.models import UserSession
    from django.contrib.auth import SESSION_KEY
    from django.contrib.sessions.models import Session

    keys = set(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    for session in Session.objects.iterator():
        try:
            if str(session.get_decoded().get(SESSION_KEY)) == str(user.pk):
                keys.add(session.session_key)
        except Exception:  # noqa: BLE001, S112 - a corrupt session is no one's; it expires on its own
            continue
    # Through the engine, not the table: with cached_db sessions (settings, with Redis) a cached copy would
    # otherwise keep the person signed in.
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for key in keys:
        store(session_key=key).delete()
    UserSession.objects.filter(user=user).delete()


@transaction.atomic
def user_erase_cms_traces(*, user: User) -> None:
    """What the content editor holds about the person: their editor settings, comments, subscriptions, unsaved
    forms, locks, tokens and uploads go; log entries about them go; log entries by them lose any label or data that
    names them; pages, images and documents they made stay, pointing at the anonymous placeholder or at no one."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Q, TextField
    from django.db.models.functions import Cast

    model = apps.get_model
    for profile in model("wagtailusers.UserProfile").objects.filter(user=user).exclude(avatar=""):
        profile.avatar.delete(save=False)  # the photo's file, whose name is the one it was uploaded with
    model("wagtailusers.UserProfile").objects.filter(user=user).delete()
    for upload in model("wagtailcore.UploadedFile").objects.filter(uploaded_by_user=user):
        upload.file.delete(save=False)
    model("wagtailcore.CommentReply").objects.filter(user=user).delete()
    model("wagtailcore.Comment").objects.filter(user=user).delete()
    model("wagtailcore.Comment").objects.filter(resolved_by=user).update(resolved_by=None)
    model("wagtailcore.PageSubscription").objects.filter(user=user).delete()
    model("wagtailcore.APIToken").objects.filter(user=user).delete()
    model("wagtailcore.UploadedFile").objects.filter(uploaded_by_user=user).delete()
    model("wagtailadmin.EditingSession").objects.filter(user=user).delete()
    model("wagtailadmin.FormState").objects.filter(user=user).delete()
    model("wagtailcore.TaskState").objects.filter(finished_by=user).update(comment="")
    model("wagtailcore.Page").objects.filter(locked_by=user).update(locked=False, locked_by=None, locked_at=None)
    model("wagtaildocs.Document").objects.filter(uploaded_by_user=user).update(uploaded_by_user=None)
    model("wagtailimages.Image").objects.filter(uploaded_by_user=user).update(uploaded_by_user=None)
    about_them = ContentType.objects.get_for_model(User)
    names = [value for value in (user.email, user.display_name) if value and len(value) >= 3]
    for log_model in (model("wagtailcore.ModelLogEntry"), model("wagtailcore.PageLogEntry")):
        logs = log_model.objects.all()
        if log_model is model("wagtailcore.ModelLogEntry"):
            logs.filter(content_type=about_them, object_id=str(user.pk)).delete()
        by_them = logs.filter(user_id=user.pk).annotate(data_text=Cast("data", TextField()))
        for name in names:
            by_them.filter(label__icontains=name).update(label="Former member")
            by_them.filter(data_text__icontains=name).update(data={})
        if names:
            naming = Q()
            for name in names:
                naming |= Q(label__icontains=name)
            logs.filter(naming, content_type=about_them).update(label="Former member", data={})


@transaction.atomic
def user_erase_personal(*, user: User) -> User:
    """The account becomes an anonymous tombstone: no email, no name, no profile, no password, no groups, no way to
    sign in. The row stays only so registers and totals keep an anonymous entry."""
    import secrets

    user.email = f"erased-{secrets.token_hex(12)}@erased.invalid"
    user.display_name = "Former member"
    user.pronouns = user.about = ""
    user.email_opt_outs = list(EMAIL_KINDS)
    user.text_size = User._meta.get_field("text_size").default
    user.readable_font = user.reduce_motion = False
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    return user
