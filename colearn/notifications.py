"""Email that matters, each kind switchable off by the person it is for.

Kinds are declared here, once, so the preferences page can list them; the apps that send them call `send_email`.
Account and security emails (verification, password reset) always go: they are not in this list.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

EMAIL_KINDS = {
    "application_decided": "When a facilitator decides on your application to join a group",
    "session_changes": "When a live session is scheduled, changed or cancelled (with a calendar file)",
    "announcements": "Announcements from the facilitators of your groups",
    "responses": "When someone responds to a reflection you shared",
    "check_ins": "When someone in a group you facilitate asks for a check-in, or adds a note to one",
    "check_in_replies": "When a facilitator replies to your check-in or marks it as done",
    "partner_invitations": "When someone in your group invites you to be their learning partner",
    "group_questions": "When someone in a group you facilitate asks the facilitators a question",
    "group_answers": "When a facilitator answers a question you asked your group",
}


def wants_email(user, kind: str) -> bool:
    if kind not in EMAIL_KINDS:
        raise ValueError(f"Unknown email kind {kind!r}: declare it in EMAIL_KINDS")
    return user.is_active and kind not in (user.email_opt_outs or [])


def send_email(
    *,
    user,
    kind: str,
    subject: str,
    template: str,
    context: dict,
    link: str,
    attachments: list[tuple[str, bytes, str]] = (),
) -> bool:
    """Send one plain-text email to one person, unless they switched this kind off. Returns whether it went.

    The template is rendered with autoescaping off (it is plain text); subjects lose any line breaks so text a
    person typed can never add a header. Someone without an email address gets a notice on their dashboard
    instead: the subject, and `link`, the page it is about (a path on this site). Every kind names its page, so the
    notice goes where the email would.
    """
    if not wants_email(user, kind):
        return False
    if not user.email:
        from colearn.services import notice_post  # services read EMAIL_KINDS from here

        notice_post(user=user, kind=kind, subject=subject, link=link)
        return True
    body = render_to_string(template, {**context, "recipient": user, "site_url": settings.WAGTAILADMIN_BASE_URL})
    message = EmailMessage(subject=" ".join(f"Colearn: {subject}".split()), body=body, to=[user.email], from_email=None)
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    try:
        message.send()
    except Exception:  # a mail server hiccup must not undo, or hide, a change that is already saved
        logger.exception("Could not send a %s email to user %s", kind, user.pk)
        return False
    return True
