"""The only writer of "Where am I now?" confidence check-ins."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from colearn.models import User
from courses.models import CourseCapability, CoursePage
from learning.models import ConfidenceCheck

# Words for each step, kindest first. A step is where someone is today, never a mark of how well they are doing.
CONFIDENCE_WORDS: dict[int, str] = {
    1: "Not yet – this is new to me",
    2: "Starting to – I’ve begun to try this",
    3: "Getting there – I can with some support",
    4: "Fairly confident – I do this most of the time",
    5: "Confident – I could help someone else with it",
}
# The first part of each, for short descriptions ("3, Getting there").
CONFIDENCE_SHORT: dict[int, str] = {step: words.split(" – ")[0] for step, words in CONFIDENCE_WORDS.items()}
MAX_ID = 2**63 - 1  # the largest id a database integer holds; anything bigger is simply not one of ours


@transaction.atomic
def confidence_record(*, user: User, course: CoursePage, ratings: dict[int, int]) -> list[ConfidenceCheck]:
    """One check-in: a row per rated capability, all with the same time. All or nothing: any bad rating saves none."""
    if not ratings:
        raise ValidationError(
            "Choose where you are now for at least one statement. You can leave the others for another time.",
            code="empty",
        )
    capabilities = {
        capability.pk: capability
        for capability in CourseCapability.objects.filter(
            course=course, pk__in=[key for key in ratings if _is_int(key) and 0 < key <= MAX_ID]
        )
    }
    if any(key not in capabilities for key in ratings):
        raise ValidationError(
            "One of the statements is not part of this course. "
            "Nothing was saved: please reload the page and try again.",
            code="unknown_capability",
        )
    if any(not _is_int(rating) or rating not in CONFIDENCE_WORDS for rating in ratings.values()):
        raise ValidationError(
            "Choose one of the five steps for each statement you answer. Nothing was saved.", code="bad_rating"
        )
    checked_at = timezone.now()
    checks = []
    for capability_id, rating in ratings.items():
        check = ConfidenceCheck(user=user, capability=capabilities[capability_id], rating=rating)
        check.full_clean()
        check.save()
        checks.append(check)
    # `checked_at` is auto_now_add, so each save stamps its own instant; one check-in shares one time.
    ConfidenceCheck.objects.filter(pk__in=[check.pk for check in checks]).update(checked_at=checked_at)
    for check in checks:
        check.checked_at = checked_at
    return checks


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
