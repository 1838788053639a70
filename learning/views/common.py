from cohorts.models import Membership
from learning.models import Visibility


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def audience_sentence(entry_or_cohort, *, visibility: str | None = None) -> str:
    """Who will be able to read an entry, in plain words: "Sam and Priya, your facilitators, will be able to read
    this." Named people, not roles, so nobody shares more widely than they meant to."""
    cohort = getattr(entry_or_cohort, "cohort", entry_or_cohort)
    visibility = visibility or entry_or_cohort.visibility
    if visibility == Visibility.FACILITATORS:
        people = [
            m.user.public_name for m in Membership.objects.facilitating().filter(cohort=cohort).select_related("user")
        ]
        if not people:
            return f"{cohort.name} has no facilitators at the moment, so nobody else can read this yet."
        noun = "your facilitator" if len(people) == 1 else "your facilitators"
        return f"{_names(people)}, {noun} in {cohort.name}, will be able to read this."
    count = Membership.objects.active().filter(cohort=cohort).count()
    return f"Everyone in {cohort.name} ({count} people, including facilitators) will be able to read this."
