import uuid
from dataclasses import dataclass, field

from django import template

from courses.selectors import CourseOutline
from learning.models import draft_key_for
from learning.permissions import groups_to_share_with
from learning.selectors import CourseProgress, answers_to_prompts, course_progress, drafts_for
from learning.try_selectors import tries_in_lesson

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


@dataclass
class LessonJournal:
    answers: dict
    drafts: dict
    groups: list
    tries: dict = field(default_factory=dict)  # "Try this week" block id: the action taken from it

    @property
    def has_learning_partner(self) -> bool:
        """Whether to offer "My learning partner": only to someone who has one in a group they could share with."""
        return any(group.has_learning_partner for group in self.groups)


@register.simple_tag(takes_context=True)
def lesson_journal(context, lesson, outline: CourseOutline | None):
    """For answering a lesson's prompts in place: my earlier answers, unsaved drafts and the groups I could share
    with, and what I am trying from its "Try this week" blocks. Three queries for the whole lesson, however many
    prompts it has, and a fourth when it has something to try."""
    user = context["request"].user
    if not user.is_authenticated or lesson.pk is None:  # an editor's preview of a lesson not saved yet
        return None
    keys = [draft_key_for(lesson=lesson, prompt_id=block.id) for block in lesson.reflection_prompts()]
    prefix = draft_key_for(lesson=lesson, prompt_id="")
    drafts = {key.removeprefix(prefix): draft for key, draft in drafts_for(user, keys).items()}
    course = outline.course if outline else None
    return LessonJournal(
        answers=answers_to_prompts(user, lesson),
        drafts=drafts,
        groups=groups_to_share_with(user, course),
        tries=tries_in_lesson(user, lesson),
    )


@register.simple_tag
def submission_token() -> str:
    """A fresh one-time token for a form that writes (as learning.forms.ComposeForm has): sent twice, saved once."""
    return str(uuid.uuid4())


@register.filter
def get_item(mapping: dict, key):
    return mapping.get(key) if mapping else None
