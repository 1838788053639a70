"""Confidence check-ins ("Where am I now?") against a course's capability statements, and how they change."""

import datetime
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateformat import format as format_date

from cohorts.selectors import cohort_for_facilitator
from colearn.http import add_service_errors
from courses.models import CoursePage
from learning.confidence_selectors import (
    CapabilityHistory,
    confidence_courses,
    confidence_history,
)
from learning.services.confidence import CONFIDENCE_SHORT, CONFIDENCE_WORDS, MAX_ID, confidence_record

FIELD_PREFIX = "rating_"


class ConfidenceForm(forms.Form):
    """One optional radio group per capability statement; at least one must be answered."""

    def __init__(self, *args, history: list[CapabilityHistory], **kwargs):
        super().__init__(*args, **kwargs)
        for entry in history:
            field = forms.TypedChoiceField(
                label=entry.capability.text,
                choices=[(step, f"{step}. {words}") for step, words in CONFIDENCE_WORDS.items()],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": "Choose one of the five steps for this statement."},
            )
            if entry.latest:
                when = format_date(entry.latest.date, "j F Y")
                field.help_text = f"Last time, on {when}: {CONFIDENCE_WORDS[entry.latest.rating]}."
            self.fields[f"{FIELD_PREFIX}{entry.capability.pk}"] = field
        self.ratings: dict[int, int] = {}

    def clean(self):
        cleaned = super().clean()
        if any(key.startswith(FIELD_PREFIX) and key not in self.fields for key in self.data):
            raise ValidationError(
                "One of the statements is not part of this course. Nothing was saved: "
                "please reload the page and try again."
            )
        self.ratings = {
            int(name.removeprefix(FIELD_PREFIX)): rating for name, rating in cleaned.items() if rating is not None
        }
        if not self.ratings and not self.errors and self.fields:
            self.add_error(
                next(iter(self.fields)),
                "Choose where you are now for at least one statement. You can leave the others for another time.",
            )
        return cleaned


# The chart's drawing area, in viewBox units. The SVG scales to its container, so it reflows at 320 px.
CHART_WIDTH, CHART_HEIGHT = 360, 196
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 32, 348, 14, 150
POINT_INSET = 14  # keeps the first and last dots clear of the axis
MAX_DATE_LABELS = 3  # first, middle and last: room for them even at 320 px


def _n(value: float) -> str:
    """A coordinate as SVG wants it ("54.5"), never localised (a decimal comma would break the drawing)."""
    return f"{round(value, 1):g}"


@dataclass
class ChartPoint:
    x: str
    y: str
    rating: int
    date: datetime.date

    @property
    def words(self) -> str:
        return CONFIDENCE_WORDS[self.rating]

    @property
    def short(self) -> str:
        return CONFIDENCE_SHORT[self.rating]


@dataclass
class ChartLabel:
    x: str
    anchor: str  # start, middle or end, so labels at the edges stay inside the picture
    date: datetime.date


@dataclass
class Chart:
    """Coordinates for one capability's line chart: numbers and dates only, never text anyone typed."""

    points: list[ChartPoint]
    levels: list[tuple[int, str]]  # (step, y) for each step 1..5
    dates: list[ChartLabel]
    with_year: bool  # the check-ins span more than one year: label dates with month and year
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    plot_left: int = PLOT_LEFT
    plot_right: int = PLOT_RIGHT
    step_label_x: int = PLOT_LEFT - 10
    date_label_y: int = PLOT_BOTTOM + 30

    @property
    def line(self) -> str:
        return " ".join(f"{point.x},{point.y}" for point in self.points)

    @property
    def first(self) -> ChartPoint:
        return self.points[0]

    @property
    def latest(self) -> ChartPoint:
        return self.points[-1]


def _y(rating: int) -> str:
    return _n(PLOT_BOTTOM - (rating - 1) * (PLOT_BOTTOM - PLOT_TOP) / 4)


def confidence_chart(entry: CapabilityHistory) -> Chart | None:
    """Check-ins evenly spaced from left to right, oldest first, with a few of their dates along the bottom."""
    count = len(entry.points)
    if not count:
        return None
    left, right = PLOT_LEFT + POINT_INSET, PLOT_RIGHT - POINT_INSET
    points = []
    for index, point in enumerate(entry.points):
        x = left + index * (right - left) / (count - 1) if count > 1 else (left + right) / 2
        points.append(ChartPoint(x=_n(x), y=_y(point.rating), rating=point.rating, date=point.date))
    if count <= MAX_DATE_LABELS:
        ticks = list(range(count))
    else:
        ticks = sorted({round(k * (count - 1) / (MAX_DATE_LABELS - 1)) for k in range(MAX_DATE_LABELS)})
    dates: list[ChartLabel] = []
    for index in ticks:
        if dates and dates[-1].date == points[index].date:
            continue  # several check-ins on one day share one label
        anchor = "middle" if count == 1 else "start" if index == 0 else "end" if index == count - 1 else "middle"
        dates.append(ChartLabel(x=points[index].x, anchor=anchor, date=points[index].date))
    return Chart(
        points=points,
        levels=[(rating, _y(rating)) for rating in CONFIDENCE_WORDS],
        dates=dates,
        with_year=points[0].date.year != points[-1].date.year,
    )


@login_required
def confidence(request, course_id: int):
    if course_id > MAX_ID:  # larger than any database integer: a 404 like any missing course, not a 500
        raise Http404("No such course")
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    history = confidence_history(user=request.user, course=course)
    form = ConfidenceForm(request.POST if request.method == "POST" else None, history=history)
    if request.method == "POST" and form.is_valid():
        try:
            confidence_record(user=request.user, course=course, ratings=form.ratings)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Saved. Thank you for taking a moment to notice where you are.")
            return redirect("confidence", course_id=course.pk)
    context = {
        "course": course,
        "form": form,
        "charts": [(entry, confidence_chart(entry)) for entry in history],
        "has_history": any(entry.points for entry in history),
    }
    return render(request, "learning/confidence.html", context)


@login_required
def confidence_index(request):
    return render(request, "learning/confidence_index.html", {"courses": confidence_courses(request.user)})


@login_required
def cohort_confidence_view(request, slug: str):
    """The group's confidence now lives with its other figures, behind the one aggregation gate: a plain average of
    latest answers here let a facilitator work out one person's new rating by comparing two visits."""
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    return redirect(reverse("reports:group_reports", kwargs={"slug": cohort.slug}) + "#confidence")
