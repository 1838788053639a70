from django import template

from courses.selectors import CourseOutline
from learning.selectors import CourseProgress, course_progress

register = template.Library()


@register.simple_tag(takes_context=True)
def progress_in(context, outline: CourseOutline | None) -> CourseProgress | None:
    """The signed-in person's progress through the course of this outline; None for visitors."""
    user = context["request"].user
    if outline is None or not user.is_authenticated:
        return None
    return course_progress(user=user, course=outline.course, outline=outline)


@register.filter
def lesson_done(progress: CourseProgress, lesson) -> bool:
    return progress.is_done(lesson)


@register.filter
def module_progress(progress: CourseProgress, module):
    return progress.for_module(module)
