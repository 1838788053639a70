"""Deleting your own account: the erasure (learning.services.data_rights.person_erase) and the email saying so.

The email goes to the address the account had before it was erased, once the erasure is saved, and always:
like password resets it is an account email, which nobody can switch off (colearn.notifications)."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

from colearn.models import User
from learning.services.data_rights import person_erase

logger = logging.getLogger(__name__)


def _send_goodbye(*, email: str, name: str) -> None:
    body = render_to_string(
        "learning/email/account_deleted.txt", {"name": name, "site_url": settings.WAGTAILADMIN_BASE_URL}
    )
    message = EmailMessage(subject="Colearn: your account has been deleted", body=body, to=[email])
    try:
        message.send()
    except Exception:  # the account is already gone: a mail server hiccup must not turn that into an error page
        logger.exception("Could not send the account-deleted email")


@transaction.atomic
def account_delete(*, user: User) -> None:
    """The person deletes their own account: everything personal is erased (the registry says what), and an email
    to their address as it was confirms it once that is saved. Signing them out is the view's job."""
    email, name = user.email, user.public_name
    person_erase(user=user, by=user)
    if email:  # someone without an email address sees the same on the page that follows, and nothing is sent
        transaction.on_commit(lambda: _send_goodbye(email=email, name=name))
