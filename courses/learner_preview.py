"""A lesson previewed as a learner sees it signed in, for editors.

The learner is made up: the lesson template is given stand-ins for what learning's template tags would read about
the signed-in person (their answers, drafts, groups, things they are trying, progress), so the preview never shows
anyone's real words, the editor's own included, and reads nothing of learning's. The page marks the answer boxes
and buttons disabled, so nothing can be written from a preview either.
"""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from courses.selectors import CourseOutline

LEARNER = "learner"
EASY_READ = "easy-read"
PREVIEW_MODES = [("", "Default"), (LEARNER, "As a learner, signed in"), (EASY_READ, "Easy read")]


@dataclass(frozen=True)
class MadeUpGroup:
    """A learning group the made-up learner belongs to, so the sharing choices a group member has are shown."""

    pk: int = 0
    name: str = "Their learning group"
    has_learning_partner: bool = False


@dataclass
class MadeUpJournal:
    """What the lesson's blocks read from learning's LessonJournal: nothing answered, drafted or tried yet."""

    answers: dict = field(default_factory=dict)
    drafts: dict = field(default_factory=dict)
    groups: list = field(default_factory=lambda: [MadeUpGroup()])
    tries: dict = field(default_factory=dict)
    has_learning_partner: bool = False


@dataclass
class MadeUpProgress:
    """What the lesson page reads from learning's CourseProgress: the lessons before this one done, this one not."""

    done: int
    total: int

    def is_done(self, lesson) -> bool:
        return False


def made_up_progress(*, lesson, outline: "CourseOutline | None") -> MadeUpProgress:
    lessons = outline.lessons if outline else []
    # A draft lesson is not in the outline of live lessons, but a learner will meet it where it sits in the tree.
    before = sum(1 for other in lessons if other.path < lesson.path)
    included = any(other.pk == lesson.pk for other in lessons)
    return MadeUpProgress(done=before, total=len(lessons) + (0 if included else 1))


def preview_context(*, lesson, mode: str, context: dict) -> dict:
    """The lesson's own context, changed for the preview mode: the made-up learner, or the easy read."""

    if mode == LEARNER:
        context["learner_preview"] = True
        if lesson.pk is None:
            # Answer boxes and "Mark as done" belong to a saved lesson: there is nothing to show them for yet.
            context["journal"] = context["progress"] = None
            context["preview_notice"] = "Save the lesson as a draft first, then you can see it as a learner would."
            return context
        place = context.get("place")
        context["journal"] = MadeUpJournal()
        context["progress"] = made_up_progress(lesson=lesson, outline=place.outline if place else None)
        context["preview_notice"] = (
            "You are seeing this lesson as a made-up learner who has done the lessons before it. Nobody’s real "
            "answers are shown, and the answer boxes and buttons do nothing in a preview."
        )
    elif mode == EASY_READ:
        context["easy_read_requested"] = lesson.has_easy_read
        if not context["easy_read_requested"]:
            context["preview_notice"] = (
                "This lesson has no easy-read version yet, so learners see only the full lesson. You can add one "
                "in the lesson’s “Easy read” field."
            )
    return context
