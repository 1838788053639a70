"""The weekly digest (email kind "weekly_digest", off until a person asks for it): last week's announcements from
their groups and the responses to what they shared, as titles, counts and links, never anyone's words.

A week runs Monday to Sunday in the site's time zone. learning.tasks runs `digests_send` early each Monday for the
week just gone; DigestSent records who had which week's digest, so running it again, late or twice sends nothing
new. Someone with nothing to hear about gets no email.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Count, Max
from django.urls import reverse
from django.utils import dateformat, timezone

from cohorts.models import Announcement, Membership
from colearn.models import User
from colearn.notifications import send_email, wants_email
from learning.models import DigestSent, JournalEntry, Response, Visibility

SEND_AT = time(8, 0)  # Monday morning, local time


@dataclass(frozen=True)
class EntryResponses:
    entry: JournalEntry
    count: int


@dataclass(frozen=True)
class Digest:
    week_starting: date
    announcements: list[Announcement]
    responses: list[EntryResponses]

    @property
    def is_empty(self) -> bool:
        return not self.announcements and not self.responses

    @property
    def response_count(self) -> int:
        return sum(item.count for item in self.responses)


def week_just_gone(now: datetime | None = None) -> date:
    """The Monday of the last full week before `now`."""
    today = timezone.localdate(now or timezone.now())
    return today - timedelta(days=today.weekday() + 7)


def next_run_after(now: datetime) -> datetime:
    """The next Monday at SEND_AT, local time, after `now`."""
    local = timezone.localtime(now)
    monday = local.date() - timedelta(days=local.weekday())
    run = timezone.make_aware(datetime.combine(monday, SEND_AT))
    return run if run > now else timezone.make_aware(datetime.combine(monday + timedelta(days=7), SEND_AT))


def _week_bounds(week_starting: date) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(week_starting, time.min))
    return start, timezone.make_aware(datetime.combine(week_starting + timedelta(days=7), time.min))


def digest_for(user: User, week_starting: date) -> Digest:
    """What `user` may read of that week: announcements of the groups they are in now (not their own), and
    responses by others to entries they shared, through the privacy rule (a hidden response does not count)."""
    start, end = _week_bounds(week_starting)
    groups = Membership.objects.active().filter(user=user).values("cohort_id")
    announcements = (
        Announcement.objects.filter(cohort_id__in=groups, posted_at__gte=start, posted_at__lt=end)
        .exclude(author=user)
        .select_related("cohort")
        .order_by("posted_at", "pk")
    )
    responses = (
        Response.objects.visible_to(user)
        .filter(entry__author=user, hidden_at__isnull=True, created_at__gte=start, created_at__lt=end)
        .exclude(entry__visibility=Visibility.PRIVATE)
        .exclude(author=user)
        .values("entry_id")
        .annotate(count=Count("pk"), latest=Max("created_at"))
        .order_by("-latest")
    )
    counts = {row["entry_id"]: row["count"] for row in responses}
    entries = JournalEntry.objects.visible_to(user, own_only=True).in_bulk(counts)
    return Digest(
        week_starting=week_starting,
        announcements=list(announcements),
        responses=[EntryResponses(entry=entries[pk], count=count) for pk, count in counts.items() if pk in entries],
    )


@transaction.atomic
def digest_send(*, user: User, week_starting: date) -> bool:
    """Send one person their digest for the week, once. Returns whether it went."""
    user = User.objects.select_for_update().get(pk=user.pk)  # two runs at once: the second waits, then sees it
    if not wants_email(user, "weekly_digest"):
        return False
    if DigestSent.objects.filter(user=user, week_starting=week_starting).exists():
        return False
    digest = digest_for(user, week_starting)
    if digest.is_empty:
        return False
    record = DigestSent(
        user=user,
        week_starting=week_starting,
        announcements=len(digest.announcements),
        responses=digest.response_count,
    )
    record.full_clean()
    record.save()
    return send_email(
        user=user,
        kind="weekly_digest",
        subject=f"your week in your groups, from {dateformat.format(week_starting, 'j F')}",
        template="learning/email/weekly_digest.txt",
        context={"digest": digest},
        link=reverse("dashboard"),
    )


def digests_send(*, week_starting: date) -> int:
    """Everyone who asked for the digest, one transaction each (one person's failure stops nobody else's)."""
    asked = User.objects.filter(is_active=True, email_opt_ins__icontains="weekly_digest").order_by("pk")
    return sum(digest_send(user=user, week_starting=week_starting) for user in asked.iterator())


@transaction.atomic
def digest_erase_person(*, user: User) -> None:
    DigestSent.objects.filter(user=user).delete()
