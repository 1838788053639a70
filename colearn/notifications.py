"""Email that matters, each kind switchable off by the person it is for.

Kinds are declared here, once, so the preferences page can list them; the apps that send them call `send_email`.
Account and security emails (verification, password reset) always go: they are not in this list. The kinds in
OPT_IN_KINDS are the reverse: reminders nobody gets until they ask for them. Delivery is the worker's
(colearn.tasks), so the request that causes an email never waits for the mail server.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from colearn.tasks import queue_email

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
    "session_reminders": "A reminder the day before each live session of your groups (with a calendar file)",
    "weekly_digest": "A weekly round-up of your groups’ announcements and responses to what you shared",
}
# Off until the person switches them on (User.email_opt_ins): a reminder they did not ask for is a nag.
OPT_IN_KINDS = ("session_reminders", "weekly_digest")


def wants_email(user, kind: str) -> bool:
    if kind not in EMAIL_KINDS:
        raise ValueError(f"Unknown email kind {kind!r}: declare it in EMAIL_KINDS")
    if not user.is_active:
        return False
    if kind in OPT_IN_KINDS:
        return kind in (user.email_opt_ins or [])
    return kind not in (user.email_opt_outs or [])


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
    """Queue one plain-text email to one person, unless they do not want this kind. Returns whether it was queued.

    The template is rendered with autoescaping off (it is plain text); subjects lose any line breaks so text a
    person typed can never add a header. Someone without an email address gets a notice on their dashboard
    instead: the subject, and `link`, the page it is about (a path on this site). Every kind names its page, so the
    notice goes where the email would.

    Called inside a transaction, the queued email (a row, with the database backend) commits or rolls back with the
    change it is about: nobody hears of a change that was undone, and no change is saved without its email.
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
    queue_email(message, kind=kind, user_id=user.pk)
    return True
