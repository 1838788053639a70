import datetime
import uuid

import factory
from django.utils import timezone

from learning.models import EntryKind, JournalEntry

from .users import UserFactory


def add_try_block(lesson, *, action: str = "Say hello to one neighbour this week", detail: str = "") -> str:
    """Add a "Try this week" block to a lesson and publish it; returns the block's id."""
    block_id = str(uuid.uuid4())
    lesson.body.append(("try_this_week", {"action": action, "detail": detail}, block_id))
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return block_id


class ActionToTryFactory(factory.django.DjangoModelFactory):
    """An action to try in someone's journal, asked about from `ask_from` (a week away unless given: pass a moment in
    the past to make "How did it go?" due), optionally at `ask_session`."""

    class Meta:
        model = JournalEntry

    author = factory.SubFactory(UserFactory)
    kind = EntryKind.ACTION
    title = factory.Sequence(lambda n: f"Something to try {n}")
    text = factory.LazyAttribute(lambda o: o.title)
    body = factory.LazyAttribute(lambda o: f"<p>{o.title}</p>")
    preview = factory.LazyAttribute(lambda o: o.title)
    ask_from = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
