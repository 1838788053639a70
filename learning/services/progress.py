"""The only writers of someone's progress through a course."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from colearn.models import User
from courses.models import CoursePage, LessonPage
from learning.models import Certificate, CourseFollow, LessonCompletion


def _course_of(lesson: LessonPage) -> CoursePage:
    course = CoursePage.objects.ancestor_of(lesson).first()
    if course is None:
        raise ValidationError("This lesson is not part of a course.")
    return course


def _touch_follow(*, user: User, course: CoursePage) -> CourseFollow:
    now = timezone.now()
    follow, created = CourseFollow.objects.get_or_create(user=user, course=course, defaults={"last_active_at": now})
    if not created:
        CourseFollow.objects.filter(pk=follow.pk).update(last_active_at=now)
    return follow


@transaction.atomic
def course_follow(*, user: User, course: CoursePage) -> CourseFollow:
    if not course.live:
        raise ValidationError("This course is not open yet.")
    try:
        with transaction.atomic():
            return _touch_follow(user=user, course=course)
    except IntegrityError:  # two tabs at once: the other request made it
        return CourseFollow.objects.get(user=user, course=course)


@transaction.atomic
def course_unfollow(*, user: User, course: CoursePage) -> None:
    """Stop following. Lessons marked done (and anything written) stay, ready if they start again."""
    CourseFollow.objects.filter(user=user, course=course).delete()


@transaction.atomic
def lesson_complete(*, user: User, lesson: LessonPage) -> LessonCompletion:
    if not lesson.live:
        raise ValidationError("This lesson is not published.")
    course = _course_of(lesson)
    try:
        with transaction.atomic():
            completion, _ = LessonCompletion.objects.get_or_create(
                user=user, lesson=lesson, defaults={"course": course}
            )
    except IntegrityError:  # a double click raced us to it; the lesson is done either way
        completion = LessonCompletion.objects.get(user=user, lesson=lesson)
    try:
        with transaction.atomic():
            _touch_follow(user=user, course=course)
    except IntegrityError:
        pass
    return completion


@transaction.atomic
def lesson_uncomplete(*, user: User, lesson: LessonPage) -> None:
    LessonCompletion.objects.filter(user=user, lesson=lesson).delete()
    CourseFollow.objects.filter(user=user, course__in=CoursePage.objects.ancestor_of(lesson)).update(
        last_active_at=timezone.now()
    )


@transaction.atomic
def certificate_issue(*, user: User, course: CoursePage) -> Certificate:
    """The certificate for a finished course: made once, then the same one every time."""
    from learning.selectors import course_progress

    existing = Certificate.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    if not course_progress(user=user, course=course).is_complete:
        raise ValidationError("A certificate is ready once every lesson of the course is marked done.")
    certificate = Certificate(user=user, course=course, recipient_name=user.public_name, course_title=course.title)
    certificate.full_clean()
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:
        return Certificate.objects.get(user=user, course=course)
    return certificate
