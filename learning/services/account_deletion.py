"""Deleting your own account: the erasure (learning.services.data_rights.person_erase) and the email saying so.

The email goes to the address the account had before it was erased, once the erasure is saved, and always:
like password resets it is an account email, which nobody can switch off (colearn.notifications)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

from colearn.models import User
from colearn.tasks import queue_email
from learning.services.data_rights import person_erase


def _send_goodbye(*, email: str, name: str) -> None:
    body = render_to_string(
        "learning/email/account_deleted.txt", {"name": name, "site_url": settings.WAGTAILADMIN_BASE_URL}
    )
    message = EmailMessage(subject="Colearn: your account has been deleted", body=body, to=[email])
    # Through the worker like every email, so a mail server hiccup never turns the deletion into an error page. No
    # account id: the account is already erased, and the queue's copy goes a week after it is sent (purge_expired).
    queue_email(message, kind="account_deleted", user_id=None)


@transaction.atomic
def account_delete(*, user: User) -> None:
    """The person deletes their own account: everything personal is erased (the registry says what), and an email
    to their address as it was confirms it once that is saved. Signing them out is the view's job."""
    email, name = user.email, user.public_name
    person_erase(user=user, by=user)
    if email:  # someone without an email address sees the same on the page that follows, and nothing is sent
        transaction.on_commit(lambda: _send_goodbye(email=email, name=name))
