"""Readers of "My connections", all through the one rule `Connection.objects.visible_to(user)` (a person's own).
Each works in a fixed number of queries."""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils import timezone

from colearn.charts import Bar, bar_chart
from colearn.http import parse_id
from colearn.models import User
from community.models import CommunityPlace
from learning.models import Connection, ConnectionStatus, ConnectionUpdate

# The chart looks back this far at most: a year is a story someone can take in at a glance.
MONTHS_SHOWN = 12


def own_connections(user: User, *, status: str = ""):
    """The person's connections, the one they last did something with first (paginated), with the group it is
    shared with if it is."""
    connections = Connection.objects.visible_to(user).select_related("place", "journal_entry__cohort")
    if status in ConnectionStatus.values:
        connections = connections.filter(status=status)
    return connections.order_by("-last_activity_at", "-id")


def own_connection(user: User, connection_id: int) -> Connection:
    """One of the person's own connections with its history; anyone else's is a 404, the same as a missing id."""
    updates = Prefetch("updates", queryset=ConnectionUpdate.objects.order_by("-created_at", "-id"))
    readable = (
        Connection.objects.visible_to(user).select_related("place", "journal_entry__cohort").prefetch_related(updates)
    )
    return get_object_or_404(readable, pk=connection_id)


def directory_place(place_id) -> CommunityPlace | None:
    """The directory entry a new connection starts from (`?place=<id>`): a live one, or None (an old link to an
    entry since taken down adds a connection named freely instead)."""
    place_id = parse_id(place_id)
    return CommunityPlace.objects.live().filter(pk=place_id).first() if place_id else None


def has_connections(user: User) -> bool:
    return Connection.objects.visible_to(user).exists()


@dataclass(frozen=True)
class MonthOfConnections:
    month: datetime.date
    by_status: dict  # status value -> how many connections were there at the end of the month

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def _month_starts(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months[-MONTHS_SHOWN:]


def connection_months(user: User) -> list[MonthOfConnections]:
    """For each month from the first connection (a year at most), how many connections the person had at the end
    of it at each status: one query over their dated updates."""
    updates = (
        ConnectionUpdate.objects.filter(connection__in=Connection.objects.visible_to(user))
        .order_by("created_at", "id")
        .values_list("connection_id", "status", "created_at")
    )
    updates = [(cid, status, timezone.localdate(at)) for cid, status, at in updates]
    if not updates:
        return []
    months = []
    for month in _month_starts(updates[0][2], timezone.localdate()):
        next_month = (month + datetime.timedelta(days=32)).replace(day=1)
        latest = {cid: status for cid, status, day in updates if day < next_month}
        counts = dict.fromkeys(ConnectionStatus.values, 0)
        for status in latest.values():
            counts[status] += 1
        months.append(MonthOfConnections(month=month, by_status=counts))
    return months


def _label(month: MonthOfConnections) -> str:
    """ "Mar 2027: 2 thinking about it, 1 been once": the month and where the person was with each connection (the
    drawing shortens a long label; the table always has all of it)."""
    labels = dict(ConnectionStatus.choices)
    parts = [f"{count} {labels[status].lower()}" for status, count in month.by_status.items() if count]
    return f"{month.month:%b %Y}: " + (", ".join(parts) if parts else "none yet")


def connection_growth_chart(user: User):
    """ "How your connections have grown": a bar a month for how many places and people were on the list, labelled
    with where the person was with them. None before there is anything to show."""
    months = connection_months(user)
    if not months:
        return None
    return bar_chart(
        title="How your connections have grown",
        summary="For each month, how many places and people were on your list at the end of it, and where you "
        "were with them.",
        bars=[Bar(label=_label(month), value=month.total) for month in months],
        value_label="connections on your list",
    )
