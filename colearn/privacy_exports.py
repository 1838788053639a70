"""What the privacy registry exports for the User model and the third-party models: the person's own rows as plain
JSON-able dicts. Never a secret (password hash, session key, authenticator secret), never anyone else's words."""

from django.apps import apps
from django.utils import timezone
from django_tasks import TaskResultStatus

from colearn.notifications import EMAIL_KINDS
from colearn.tasks import email_deliveries_of


def iso(moment) -> str | None:
    return timezone.localtime(moment).isoformat() if moment else None


def profile(user) -> list[dict]:
    return [
        {
            "email": user.email,
            "username": user.username,
            "display_name": user.display_name,
            "pronouns": user.pronouns,
            "joined": iso(user.date_joined),
            "last_signed_in": iso(user.last_login),
            "text_size": user.text_size,
            "readable_font": user.readable_font,
            "reduce_motion": user.reduce_motion,
            "emails_switched_off": [EMAIL_KINDS.get(kind, kind) for kind in user.email_opt_outs],
            "reminders_asked_for": [EMAIL_KINDS.get(kind, kind) for kind in user.email_opt_ins],
            "groups": sorted(user.groups.values_list("name", flat=True)),
        }
    ]


def one_page_profile(user) -> list[dict]:
    rows = apps.get_model("colearn.OnePageProfile").objects.filter(user=user)
    return [
        {
            "what_people_like_and_admire_about_me": row.liked_and_admired,
            "what_matters_to_me": row.what_matters,
            "how_best_to_support_me": row.how_to_support,
            "last_changed": iso(row.updated_at),
        }
        for row in rows
    ]


def email_addresses(user) -> list[dict]:
    rows = apps.get_model("account.EmailAddress").objects.filter(user=user).order_by("pk")
    return [{"email": row.email, "primary": row.primary, "confirmed": row.verified} for row in rows]


def authenticators(user) -> list[dict]:
    rows = apps.get_model("mfa.Authenticator").objects.filter(user=user).order_by("pk")
    return [
        {"method": row.get_type_display(), "set_up": iso(row.created_at), "last_used": iso(row.last_used_at)}
        for row in rows
    ]


def user_sessions(user) -> list[dict]:
    rows = apps.get_model("usersessions.UserSession").objects.filter(user=user).order_by("created_at")
    return [
        {
            "network_address": row.ip,
            "browser": row.user_agent,
            "signed_in": iso(row.created_at),
            "last_seen": iso(row.last_seen_at),
        }
        for row in rows
    ]


def wagtail_profile(user) -> list[dict]:
    rows = apps.get_model("wagtailusers.UserProfile").objects.filter(user=user)
    return [
        {
            "language": row.preferred_language,
            "time_zone": row.current_time_zone,
            "theme": row.theme,
            "contrast": row.contrast,
            "density": row.density,
        }
        for row in rows
    ]


def wagtail_comments(user) -> list[dict]:
    rows = apps.get_model("wagtailcore.Comment").objects.filter(user=user).order_by("created_at")
    return [
        {"page": row.page_id, "written": iso(row.created_at), "text": row.text, "resolved": bool(row.resolved_at)}
        for row in rows
    ]


def wagtail_comment_replies(user) -> list[dict]:
    rows = apps.get_model("wagtailcore.CommentReply").objects.filter(user=user).order_by("created_at")
    return [{"comment": row.comment_id, "written": iso(row.created_at), "text": row.text} for row in rows]


def wagtail_history(user) -> list[dict]:
    rows = apps.get_model("wagtailcore.PageLogEntry").objects.filter(user_id=user.pk).order_by("timestamp")
    return [{"when": iso(row.timestamp), "action": row.action, "page": row.page_id, "label": row.label} for row in rows]


def notices(user) -> list[dict]:
    rows = apps.get_model("colearn.Notice").objects.filter(user=user).order_by("created_at", "pk")
    return [
        {
            "about": EMAIL_KINDS.get(row.kind, row.kind),
            "subject": row.subject,
            "link": row.link,
            "shown_from": iso(row.created_at),
            "read": iso(row.read_at),
        }
        for row in rows
    ]


def email_deliveries(user) -> list[dict]:
    return [
        {
            "about": EMAIL_KINDS.get(row.args_kwargs["kwargs"]["kind"], row.args_kwargs["kwargs"]["kind"]),
            "subject": row.args_kwargs["kwargs"]["email"]["subject"],
            "queued": iso(row.enqueued_at),
            "sent": iso(row.finished_at) if row.status == TaskResultStatus.SUCCESSFUL else None,
        }
        for row in email_deliveries_of(user)
    ]


def sign_in_code(user) -> list[dict]:
    # When the card was made and used, never the code's hash.
    rows = apps.get_model("colearn.SignInCode").objects.filter(user=user)
    return [{"made": iso(row.issued_at), "works_until": iso(row.expires_at), "used": iso(row.used_at)} for row in rows]
