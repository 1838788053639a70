"""Confidence: how each person's own rating of a capability moved between their first check-in and their latest."""

from dataclasses import dataclass

from django.db.models import Case, Exists, F, OuterRef, QuerySet, Subquery, Value, When

from colearn.charts import Bar, bar_chart
from courses.models import CourseCapability
from learning.models import ConfidenceCheck
from reports.gate import Figure, Tally, average, count, tallies
from reports.selectors.base import Choice, Places, Report, combined, in_persons_group

CELLS = ("capability_id",)  # and the person's group and perspective (base.Places)

CHANGES = [
    ("up_more", "Up two steps or more"),
    ("up_one", "Up one step"),
    ("same", "The same"),
    ("down_one", "Down one step"),
    ("down_more", "Down two steps or more"),
    ("once", "Checked in once so far"),
]


@dataclass(frozen=True)
class ConfidenceRow:
    capability: str
    course: str
    people: Figure
    up_more: Figure
    up_one: Figure
    same: Figure
    down_one: Figure
    down_more: Figure
    once: Figure
    average_change: Figure


def first_check_ins(choice: Choice) -> tuple[QuerySet, Places]:
    """Each person's first check-in per capability (one contribution per person and capability), with `change`:
    their latest rating minus this one. Ids grow with time, so "first" and "latest" are by id."""
    same_person = ConfidenceCheck.objects.filter(user_id=OuterRef("user_id"), capability_id=OuterRef("capability_id"))
    latest = Subquery(same_person.order_by("-pk").values("rating")[:1])
    firsts = (
        ConfidenceCheck.objects.filter(~Exists(same_person.filter(pk__lt=OuterRef("pk"))))
        .annotate(
            change=latest - F("rating"),
            again=Exists(same_person.filter(pk__gt=OuterRef("pk"))),
            course_id=F("capability__course_id"),
        )
        .filter(capability__course__live=True)
    )
    return in_persons_group(firsts, choice, user="user_id", course="course_id")


def _kind():
    return Case(
        When(again=False, then=Value("once")),
        When(change__gte=2, then=Value("up_more")),
        When(change=1, then=Value("up_one")),
        When(change=0, then=Value("same")),
        When(change=-1, then=Value("down_one")),
        default=Value("down_more"),
    )


def confidence_change(choice: Choice) -> Report:
    """Per capability: how many people's rating went up, stayed or went down from their first check-in (made in the
    days chosen) to their latest, and the average change among those who checked in more than once. Two queries."""
    # One tally, so the average is taken over exactly the blocks the counts stand on (a separate tally of "people
    # who checked in again" would cut other blocks, and the two could be differenced).
    firsts, places = first_check_ins(choice)
    kinds = tallies(
        firsts,
        cells=CELLS,
        places=places,
        by=("capability_id", _kind()),
        at="checked_at",
        value="change",
        **choice.days,
    )
    capabilities = CourseCapability.objects.filter(course__live=True).select_related("course")
    if choice.course is not None:
        capabilities = capabilities.filter(course=choice.course)
    rows, charts = [], []
    for capability in capabilities.order_by("course__title", "sort_order", "pk"):
        parts = {key: kinds.get((capability.pk, key), Tally()) for key, _ in CHANGES}
        figures = {key: count(part) for key, part in parts.items()}
        rows.append(
            ConfidenceRow(
                capability=capability.text,
                course=capability.course.title,
                people=count(combined(*parts.values())),
                average_change=average(combined(*(part for key, part in parts.items() if key != "once"))),
                **figures,
            )
        )
        charts.append(
            bar_chart(
                title=f"“{capability.text}”: how people's confidence changed",
                summary="People whose first check-in was in the days chosen, by how their latest rating compares.",
                bars=[
                    Bar(label=label, value=figures[key].value, display=figures[key].display) for key, label in CHANGES
                ],
                value_label="people",
            )
        )
    sentence = (
        "For each thing a course helps people do, how each person's own rating of their confidence moved between "
        "their first check-in and their latest. People are counted in whole fives within each group and "
        "perspective, and a figure is shown only when at least five people stand behind it."
    )
    return Report(sentence=sentence, rows=rows, charts=charts)
