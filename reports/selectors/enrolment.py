"""Enrolment (applications and places) and the mix of perspectives in each group."""

from dataclasses import dataclass

from django.db.models import Count, Q

from cohorts.models import Application, ApplicationStatus, Cohort, Membership, Perspective
from colearn.charts import Bar, bar_chart
from reports.gate import Figure, Tally, count, tallies
from reports.selectors.base import Choice, Report, combined, groups_chosen, in_groups

# Applications and places are cut into blocks per group and perspective: both can be chosen or shown.
CELLS = ("cohort_id", "perspective")


@dataclass(frozen=True)
class EnrolmentRow:
    group: str
    course: str
    received: Figure
    pending: Figure
    accepted: Figure
    waitlisted: Figure
    declined: Figure
    withdrawn: Figure
    places_filled: int
    capacity: int


def _groups_with_places(choice: Choice) -> list[Cohort]:
    # The places taken are the number the catalogue shows to anyone ("3 places left"): a group's size, not anyone's
    # answer, so it is exact.
    taken = Count("memberships", filter=Q(memberships__in=Membership.objects.members()))
    return list(groups_chosen(choice).annotate(taken=taken))


def enrolment(choice: Choice) -> Report:
    """Per group, the applications received in the days chosen and where each stands now; places filled. Three
    queries."""
    applications = in_groups(Application.objects.all(), choice)
    per_status = tallies(applications, cells=CELLS, by=("cohort_id", "status"), at="submitted_at", **choice.days)
    rows = []
    overall: dict[str, list[Tally]] = {status: [] for status in ApplicationStatus.values}
    for cohort in _groups_with_places(choice):
        found = {status: per_status.get((cohort.pk, status), Tally()) for status in ApplicationStatus.values}
        for status, part in found.items():
            overall[status].append(part)
        rows.append(
            EnrolmentRow(
                group=cohort.name,
                course=cohort.course.title,
                received=count(combined(*found.values())),
                pending=count(found[ApplicationStatus.PENDING]),
                accepted=count(found[ApplicationStatus.ACCEPTED]),
                waitlisted=count(found[ApplicationStatus.WAITLISTED]),
                declined=count(found[ApplicationStatus.DECLINED]),
                withdrawn=count(found[ApplicationStatus.WITHDRAWN]),
                places_filled=cohort.taken,
                capacity=cohort.capacity,
            )
        )
    bars = []
    for status in ApplicationStatus:
        figure = count(combined(*overall[status.value]))
        bars.append(Bar(label=status.label, value=figure.value, display=figure.display))
    chart = bar_chart(
        title="Applications, by where they stand now",
        summary="Applications received in the days chosen, in every group shown, by where each one stands now.",
        bars=bars,
        value_label="applications",
    )
    sentence = (
        "Applications received in the days chosen, and where each stands now, with the places filled in each "
        "group. Applications are counted in whole fives, so a figure stands for at least five people."
    )
    return Report(sentence=sentence, rows=rows, charts=[chart])


# Grouped for people reading a report; "rather not say" and "not given" stay apart from "something else".
MIX = [
    ("staff", "Work in services", [Perspective.WORKS_IN_SERVICES]),
    ("lived_experience", "Use or have used services", [Perspective.USES_SERVICES]),
    ("carer", "Carers and supporters", [Perspective.CARER]),
    ("other", "Something else", [Perspective.OTHER]),
    ("not_said", "Rather not say, or not given", [Perspective.PREFER_NOT_TO_SAY, ""]),
]


@dataclass(frozen=True)
class MixRow:
    group: str
    course: str
    members: Figure
    staff: Figure
    lived_experience: Figure
    carer: Figure
    other: Figure
    not_said: Figure


def perspective_mix(choice: Choice) -> Report:
    """Per group and overall, how the members (not the facilitators) who joined in the days chosen come to the
    course. Two queries."""
    members = in_groups(Membership.objects.members(), choice)
    found = tallies(members, cells=CELLS, by=("cohort_id", "perspective"), at="joined_at", **choice.days)
    rows = []
    overall: dict[str, list[Tally]] = {key: [] for key, _, _ in MIX}
    for cohort in groups_chosen(choice):
        parts = {}
        for key, _, values in MIX:
            parts[key] = combined(*(found.get((cohort.pk, value), Tally()) for value in values))
            overall[key].append(parts[key])
        rows.append(
            MixRow(
                group=cohort.name,
                course=cohort.course.title,
                members=count(combined(*parts.values())),
                **{key: count(part) for key, part in parts.items()},
            )
        )
    bars = []
    for key, label, _ in MIX:
        figure = count(combined(*overall[key]))
        bars.append(Bar(label=label, value=figure.value, display=figure.display))
    chart = bar_chart(
        title="How members come to the course, in every group shown",
        summary="Members who joined in the days chosen, by how they said they come to the course.",
        bars=bars,
        value_label="members",
    )
    sentence = (
        "How the members of each group, and of all the groups shown, said they come to the course: staff, people "
        "who use services, carers, or something else. Facilitators are not counted; members are counted in whole "
        "fives."
    )
    return Report(sentence=sentence, rows=rows, charts=[chart])
