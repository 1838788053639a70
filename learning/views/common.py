from cohorts.models import Membership
from learning.models import JournalEntry, LearningPartnership, Visibility
from learning.partner_selectors import current_partnership


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def audience_sentence(entry_or_cohort, *, visibility: str | None = None, author=None) -> str:
    """Who will be able to read an entry, in plain words: "Sam and Priya, your facilitators, will be able to read
    this." Named people, not roles, so nobody shares more widely than they meant to. `author`: the writer, when
    asking about a group rather than a saved entry (their learning partner is theirs)."""
    cohort = getattr(entry_or_cohort, "cohort", entry_or_cohort)
    visibility = visibility or entry_or_cohort.visibility
    if visibility == Visibility.PARTNER:
        return _partner_sentence(entry_or_cohort, cohort=cohort, author=author)
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


def _partner_sentence(entry_or_cohort, *, cohort, author) -> str:
    if isinstance(entry_or_cohort, JournalEntry):
        author = entry_or_cohort.author
        partnership = LearningPartnership.objects.current().filter(pk=entry_or_cohort.partnership_id).first()
    else:
        partnership = current_partnership(user=author, cohort=cohort)
    if partnership is None:
        return "Only you can read this now: the learning partnership it was shared in has ended."
    partner = partnership.other(author).public_name
    return f"{partner}, your learning partner in {cohort.name}, will be able to read this. Nobody else will."


def response_audience_sentence(entry: JournalEntry, *, viewer) -> str:
    """Who will read a response to `entry`, said to the person about to write it: a response is read by everyone
    who can read the entry (ResponseQuerySet.visible_to), with the writer's name on it."""
    cohort, is_author = entry.cohort, entry.author_id == viewer.pk
    if entry.visibility == Visibility.PARTNER:
        reader = "Your learning partner" if is_author else entry.author.public_name
        return f"{reader} will be able to read your response, with your name. Nobody else will."
    if entry.visibility == Visibility.FACILITATORS:
        facilitators = [
            m.user.public_name
            for m in Membership.objects.facilitating().filter(cohort=cohort).select_related("user")
            if m.user_id != viewer.pk
        ]
        readers = [] if is_author else [entry.author.public_name]
        if facilitators:
            readers.append(f"the facilitators of {cohort.name} ({_names(facilitators)})")
        if not readers:
            return "Only you will be able to read your response for now."
        sentence = _names(readers)
        return f"{sentence[0].upper()}{sentence[1:]} will be able to read your response, with your name."
    count = Membership.objects.active().filter(cohort=cohort).count()
    return f"Everyone in {cohort.name} ({count} people, including facilitators) will be able to read your response."
