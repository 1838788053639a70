import secrets
import uuid
from datetime import timedelta
from importlib import import_module

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django_tasks_db.models import DBTaskResult

from colearn.fields import typed_text
from colearn.models import Notice, OnePageProfile, SignInCode, User
from colearn.notifications import EMAIL_KINDS, OPT_IN_KINDS
from colearn.security import log_event
from colearn.tasks import DELIVERY_TASK, email_deliveries_to


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
def user_update_profile(*, user: User, display_name: str, pronouns: str) -> User:
    user.display_name, user.pronouns = display_name, pronouns
    user.full_clean()
    user.save(update_fields=["display_name", "pronouns"])
    return user


@transaction.atomic
def one_page_profile_update(
    *, user: User, liked_and_admired: str, what_matters: str, how_to_support: str
) -> OnePageProfile:
    """Writes the person's one-page profile. Who sees it is chosen per group (cohorts), never here: saving words
    shares nothing."""
    profile = OnePageProfile.objects.filter(user=user).first() or OnePageProfile(user=user)
    profile.liked_and_admired = typed_text(liked_and_admired)
    profile.what_matters = typed_text(what_matters)
    profile.how_to_support = typed_text(how_to_support)
    profile.full_clean()
    profile.save()
    return profile


@transaction.atomic
def user_update_preferences(
    *,
    user: User,
    text_size: str,
    readable_font: bool,
    reduce_motion: bool,
    emails: list[str],
    reminders: list[str] = (),
) -> User:
    """`emails`: the kinds they want of those that come unless switched off; `reminders`: the kinds they asked for
    of those that stay off until asked for (OPT_IN_KINDS)."""
    user.text_size, user.readable_font, user.reduce_motion = text_size, readable_font, reduce_motion
    user.email_opt_outs = [kind for kind in EMAIL_KINDS if kind not in OPT_IN_KINDS and kind not in emails]
    user.email_opt_ins = [kind for kind in OPT_IN_KINDS if kind in reminders]
    user.full_clean()
    user.save(update_fields=["text_size", "readable_font", "reduce_motion", "email_opt_outs", "email_opt_ins"])
    return user


# --- Erasure (called by learning.services.data_rights.person_erase, through the privacy registry) ----------------


@transaction.atomic
def one_page_profile_erase(*, user: User) -> None:
    OnePageProfile.objects.filter(user=user).delete()


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
    names = [value for value in (user.email, user.username, user.display_name) if value and len(value) >= 3]
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
    user.email = f"erased-{secrets.token_hex(12)}@erased.invalid"
    user.username = None
    user.display_name = "Former member"
    user.pronouns = ""
    user.email_opt_outs = list(EMAIL_KINDS)
    user.email_opt_ins = []
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


# --- One save per form -------------------------------------------------------------------------------------------
# A `submission` token, put in every form that writes someone's words, makes a form sent twice save once. Here,
# leftmost, so every app's services share it (learning.services.submission is the same pair of functions).


def earlier_submission(model: type[models.Model], *, author, submission: uuid.UUID | None, same) -> tuple:
    """(what this token already saved, if `same(it)` says it holds these very words; the token to save with).
    Other words under a used token — the back button, then more writing — are a new save, never dropped."""
    earlier = model.objects.filter(author=author, submission=submission).first() if submission else None
    if earlier is None:
        return None, submission
    return (earlier, submission) if same(earlier) else (None, None)


def save_once(instance: models.Model, *, submission: uuid.UUID | None) -> tuple[models.Model, bool]:
    """Validate and save; (what is saved, whether this call saved it). Two sends of one form at the same moment
    meet at the database's unique constraint, and the second gets what the first saved."""
    instance.full_clean(exclude=["submission"])  # one save per token is the database's to decide, below
    try:
        with transaction.atomic():
            instance.save()
    except IntegrityError:
        if submission is None:
            raise
        return type(instance).objects.get(author=instance.author, submission=submission), False
    return instance, True


# --- People without an email address ------------------------------------------------------------------------------
# A facilitator adds them (cohorts.services.membership_add_without_email); the site makes a username and a one-time
# code for a printed card; at first sign-in they set their own password. Nobody else ever sees or sets it.

# No 0/O or 1/I/L: the code is read off a card and typed, sometimes with help.
SIGN_IN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
SIGN_IN_CODE_NOT_VALID = (
    "That username and code do not match a card that is still valid. Check them against the card and try again. "
    "A code works once and only until the date on the card: if yours has run out, a facilitator of your group can "
    "print you a new one."
)


def _new_username(display_name: str) -> str:
    """Readable and unique: the chosen name in plain letters and a number, e.g. "sam-okafor-4821". Nothing else
    about the person goes in it."""
    base = slugify(display_name)[:20].strip("-") or "member"
    while True:
        candidate = f"{base}-{secrets.randbelow(9000) + 1000}"
        if not User.objects.filter(username=candidate).exists():
            return candidate


@transaction.atomic
def user_create_without_email(*, display_name: str) -> User:
    """An account for someone with no email address: a username, the name they chose, and no password until they
    set their own with the code on their card."""
    user = User(username=_new_username(display_name), display_name=typed_text(display_name, single_line=True))
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    log_event("account_created_without_email", subject=user.pk)
    return user


def _new_sign_in_code() -> str:
    raw = "".join(secrets.choice(SIGN_IN_CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[start : start + 4] for start in range(0, 12, 4))


def normalise_sign_in_code(typed: str) -> str:
    """As printed or not: spaces, hyphens and small letters are all fine."""
    return "".join(character for character in str(typed or "").upper() if character.isalnum())


@transaction.atomic
def sign_in_code_issue(*, user: User, by: User | None) -> tuple[SignInCode, str]:
    """A new one-time code for someone without an email address; any earlier code stops working at once. Returns
    the code itself, for the card: only its hash is kept. Their password, if they set one, keeps working until the
    new code is used."""
    if user.email:
        raise ValidationError("This person has an email address, so they can reset their own password.")
    code = _new_sign_in_code()
    now = timezone.now()
    row, _ = SignInCode.objects.update_or_create(
        user=user,
        defaults={
            "code_hash": make_password(normalise_sign_in_code(code)),
            "issued_by": by,
            "issued_at": now,
            "expires_at": now + timedelta(days=settings.COLEARN_SIGN_IN_CODE_DAYS),
            "used_at": None,
        },
    )
    log_event("sign_in_code_issued", user=by, subject=user.pk)
    return row, code


def sign_in_code_check(*, username: str, code: str) -> SignInCode | None:
    """The still-valid code these are, or None: the same None for an unknown username, a wrong code, or a code
    used or run out, so the page never tells a stranger which usernames exist."""
    row = (
        SignInCode.objects.select_related("user")
        .filter(user__username__iexact=str(username or "").strip(), user__is_active=True, used_at__isnull=True)
        .filter(expires_at__gt=timezone.now())
        .first()
    )
    typed = normalise_sign_in_code(code)
    if row is None:
        make_password(typed)  # as slow as a real check, so timing does not tell either
        return None
    return row if check_password(typed, row.code_hash) else None


@transaction.atomic
def sign_in_code_redeem(*, code: SignInCode | None) -> User:
    """Use up a code that sign_in_code_check found, checked again under a lock (the same card sent twice at once
    signs in once). Any password the person had stops working: they choose a new one on allauth's page next."""
    row = SignInCode.objects.select_for_update().filter(pk=getattr(code, "pk", None)).select_related("user").first()
    if row is None or row.used_at is not None or row.expires_at <= timezone.now() or row.code_hash != code.code_hash:
        raise ValidationError(SIGN_IN_CODE_NOT_VALID, code="code_not_valid")
    row.used_at = timezone.now()
    row.save(update_fields=["used_at"])
    user = row.user
    user.set_unusable_password()
    user.save(update_fields=["password"])
    log_event("sign_in_code_used", user=user)
    return user


@transaction.atomic
def notice_post(*, user: User, kind: str, subject: str, link: str = "") -> Notice:
    if link and not (link.startswith("/") and not link.startswith("//")):
        raise ValueError(f"A notice links to a page on this site, by its path, not {link!r}")
    notice = Notice(user=user, kind=kind, subject=" ".join(subject.split())[:200], link=link)
    notice.full_clean()
    notice.save()
    return notice


@transaction.atomic
def notice_mark_read(*, user: User, notice_id: int | None = None) -> int:
    """One notice (or, with no id, all of them) marked as read. Only the person's own: another id changes nothing."""
    unread = Notice.objects.filter(user=user, read_at__isnull=True)
    if notice_id is not None:
        unread = unread.filter(pk=notice_id)
    return unread.update(read_at=timezone.now())


@transaction.atomic
def user_erase_notices(*, user: User) -> None:
    Notice.objects.filter(user=user).delete()


@transaction.atomic
def user_erase_sign_in_code(*, user: User) -> None:
    SignInCode.objects.filter(user=user).delete()


# --- The worker's queue of emails (colearn.tasks) -------------------------------------------------------------


@transaction.atomic
def email_deliveries_erase_person(*, user: User) -> None:
    """Queued and delivered emails to this person: their address and what the emails said go with them."""
    email_deliveries_to(user).delete()


@transaction.atomic
def email_deliveries_purge(*, finished_before) -> int:
    """Emails sent (or given up on) before then: the queue is not an archive of what people were sent."""
    removed, _ = DBTaskResult.objects.filter(task_path=DELIVERY_TASK, finished_at__lt=finished_before).delete()
    return removed
