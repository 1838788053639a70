"""Readers for the colearn app's own rows."""

from colearn.models import Notice

NOTICES_SHOWN = 10


def unread_notices(user) -> tuple[list[Notice], bool]:
    """The newest unread notices of someone without an email address, and whether there are more: one query.
    Someone with an email address gets their news by email, so their dashboard asks nothing."""
    if not getattr(user, "is_authenticated", False) or user.email:
        return [], False
    newest = list(Notice.objects.filter(user=user, read_at__isnull=True)[: NOTICES_SHOWN + 1])
    return newest[:NOTICES_SHOWN], len(newest) > NOTICES_SHOWN
