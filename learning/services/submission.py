"""One save per form: a `submission` token, put in every compose form, makes a form sent twice save once."""

import uuid

from django.db import IntegrityError, models, transaction


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
