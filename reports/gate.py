"""THE aggregation gate: every figure about people in a report passes through here, and nothing else counts them.

The rule people are promised: a count or an average is shown only when at least five people stand behind it, and
no published figure lets anyone work out one person's answer by comparing two views.

Why a plain threshold is not enough
-----------------------------------
"Show it when five or more answered" fails by differencing. The average is 4.0 with five answers and 3.5 with six,
so the sixth answer was 6 × 3.5 − 5 × 4.0 = 1. The same works with two date ranges a day apart (the day's one
answer falls out), or with two filters (a group, then that group's carers alone). Rounding does not fix it: two
rounded figures still differ whenever the hidden answer moves the total across a rounding boundary.

The method: whole blocks of five, fixed once and for all
--------------------------------------------------------
Each report names its *contributions* (one application, one person's confidence change, one attendance mark, …)
and the *cells* they belong to: every dimension a viewer can filter or group by, other than dates (a group, a
perspective, a capability). Within each cell, contributions are put in the order they were made — their id, which
only grows, so a new one always joins the end — and cut into consecutive blocks of five. That cutting is done over
the whole history, not over the view, so it is the same whoever looks, whatever they filter.

A view counts only complete blocks, and only blocks that lie wholly inside its date range. So:

- every figure is a sum over whole blocks; any two views differ by whole blocks; a difference between any two
  figures (or any sum of differences) always stands on five or more contributions, never on one;
- adding one answer puts it in the unfinished last block, which counts for nothing until four more arrive — the
  figure does not move, so the "5 → 6 answers" attack learns nothing;
- narrowing a date range by a day drops whole blocks or none, never one answer;
- filtering by group and perspective selects whole cells, and cells are cut into blocks on their own, so
  "group A" minus "group A, carers" is a set of whole blocks too.

A count of everything in a view is therefore a multiple of five ("25 people" may stand for 25 to 29). A count split
by something each contribution carries (an application's status, a step of confidence change) is the part of
whole blocks that has it, so it need not be a multiple of five ("43 accepted" of 45 received), but any difference
between two views still stands on whole blocks: on five or more people, never on one. Averages are taken over
whole blocks and rounded to one decimal place. Every cell of the output is also held back ("fewer than 5") unless at
least five different people stand behind it, for events a person may repeat (lessons done, small wins).

What this does not hide, and why it is accepted: a value that is later *changed* (an application decided, a newer
check-in) moves its block's total between two days, and an erased person's removal re-cuts the blocks of their
cell. The first is what the admin and the person's facilitators see in the application list anyway; the second
concerns someone who has left. Neither lets a reader of one view single out an answer they could not already see.

Performance: the blocks are cut in the database with one window-function query (SQLite ≥ 3.25 and PostgreSQL both
have them); nothing loops over people in Python.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import connections
from django.db.models import Case, F, IntegerField, QuerySet, Value, When
from django.db.models.expressions import BaseExpression
from django.utils.formats import number_format

if TYPE_CHECKING:
    from reports.selectors.base import Places

BLOCK = 5  # people behind the smallest figure, and the size of every block
HELD_BACK = f"fewer than {BLOCK}"


@dataclass(frozen=True)
class Tally:
    """What the gate lets through for one output cell: `count` contributions in whole blocks (a multiple of five, or
    0), their `total` (for averages), and how many different people stand behind them."""

    count: int = 0
    total: float = 0
    people: int = 0

    @property
    def shown(self) -> bool:
        return self.count >= BLOCK and self.people >= BLOCK


@dataclass(frozen=True)
class Figure:
    """A figure ready for a page, chart or CSV: `value` is None when held back, and `display` then says why."""

    value: float | int | None
    display: str

    def __str__(self) -> str:
        return self.display


def count(tally: Tally) -> Figure:
    if not tally.shown:
        return Figure(None, HELD_BACK)
    return Figure(tally.count, number_format(tally.count, force_grouping=True))


def average(tally: Tally, *, places: int = 1) -> Figure:
    if not tally.shown:
        return Figure(None, HELD_BACK)
    value = round(tally.total / tally.count, places)
    return Figure(value, number_format(value, decimal_pos=places))


def share(part: Tally, whole: Tally) -> Figure:
    """A whole-number percentage of one gated count in another (both in whole blocks, so it moves in steps of 5)."""
    if not part.shown or not whole.shown:
        return Figure(None, HELD_BACK)
    value = round(100 * part.count / whole.count)
    return Figure(value, f"{value}%")


def people_so_far(number: int) -> Figure:
    """Different people counted over a window that grows while people watch (the days since a group's last session),
    which cannot be cut into fixed blocks: held back under five, then shown in whole fives ("at least 10"), so the
    figure moves only when five more people stand behind it and two looks a moment apart never single one out."""
    if number < BLOCK:
        return Figure(None, HELD_BACK)
    shown = number // BLOCK * BLOCK
    return Figure(shown, number_format(shown, force_grouping=True))


def _in_range(at: str, start: datetime.date | None, end: datetime.date | None) -> BaseExpression:
    conditions = {}
    if start is not None:
        conditions[f"{at}__date__gte"] = start
    if end is not None:
        conditions[f"{at}__date__lte"] = end
    if not conditions:
        return Value(1, output_field=IntegerField())
    return Case(When(**conditions, then=Value(1)), default=Value(0), output_field=IntegerField())


def tallies(
    contributions: QuerySet,
    *,
    cells: Sequence[str],
    by: Sequence[str | BaseExpression] = (),
    person: str = "user_id",
    at: str,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    value: str | BaseExpression | None = None,
    order: str = "pk",
    places: "Places | None" = None,
) -> dict[tuple, Tally]:
    """Gate `contributions` (one row each, already limited to the course, groups … the viewer chose) into tallies per
    value of `by`, counting only whole blocks of five that lie wholly between `start` and `end` (days, both
    included) by the date `at`. `cells` must name every field a viewer can filter or group by; blocks are cut within
    each cell in the order of `order`, a value that only grows. `by` items are field names or expressions that are
    functions of the contribution. With `places` (a person's own records), the person's group and perspective
    are cells too, joined from their places, and only the group and perspective it names are counted. One query."""
    columns: dict[str, BaseExpression] = {f"gate_cell{index}": F(field) for index, field in enumerate(cells)}
    groups = {f"gate_by{index}": F(item) if isinstance(item, str) else item for index, item in enumerate(by)}
    columns.update(groups)
    columns["gate_order"] = F(order)
    columns["gate_person"] = F(person)
    columns["gate_in"] = _in_range(at, start, end)
    columns["gate_value"] = (
        Value(0, output_field=IntegerField()) if value is None else F(value) if isinstance(value, str) else value
    )
    cell_names = [f"gate_cell{index}" for index in range(len(cells))]
    if places is not None:
        columns["gate_place_person"] = F(places.person)
        columns["gate_place_course"] = F(places.course)
    rows = contributions.order_by().values(**columns)
    inner, params = rows.query.sql_with_params()
    params = list(params)
    source = "gate_rows"
    placed = ""
    if places is not None:
        place_sql, place_params = places.rows().query.sql_with_params()
        params += place_params
        chosen = []
        if places.group is not None:
            chosen.append("gate_place_group = %s")
            params.append(places.group)
        if places.perspective is not None:
            chosen.append("gate_place_perspective = %s")
            params.append(places.perspective)
        placed = f"""
        gate_places AS ({place_sql}),
        gate_placed AS (
            SELECT * FROM (
                SELECT gate_rows.*, gate_places.place_group AS gate_place_group,
                    COALESCE(gate_places.place_perspective, '') AS gate_place_perspective
                FROM gate_rows LEFT JOIN gate_places
                    ON gate_places.place_person = gate_rows.gate_place_person
                    AND gate_places.place_course = gate_rows.gate_place_course
            ) gate_joined
            {"WHERE " + " AND ".join(chosen) if chosen else ""}
        ),"""  # noqa: S608 - the names are made here, and the group and perspective are parameters
        source = "gate_placed"
        cell_names += ["gate_place_group", "gate_place_perspective"]
    cell_list = ", ".join(cell_names)
    partition = f"PARTITION BY {cell_list}" if cell_names else ""
    block_partition = f"PARTITION BY {cell_list + ', ' if cell_names else ''}gate_block"
    group_list = ", ".join(groups)
    sql = f"""
        WITH gate_rows AS ({inner}),{placed}
        gate_ranked AS (
            SELECT {source}.*, (ROW_NUMBER() OVER ({partition} ORDER BY gate_order) - 1) / {BLOCK} AS gate_block
            FROM {source}
        ),
        gate_sized AS (
            SELECT gate_ranked.*,
                COUNT(*) OVER ({block_partition}) AS gate_size,
                MIN(gate_in) OVER ({block_partition}) AS gate_all_in
            FROM gate_ranked
        )
        SELECT {group_list + ", " if groups else ""}COUNT(*), SUM(gate_value), COUNT(DISTINCT gate_person)
        FROM gate_sized
        WHERE gate_size = {BLOCK} AND gate_all_in = 1
        {"GROUP BY " + group_list if groups else ""}
    """  # noqa: S608 - every name above is made here, and every value is a parameter of the ORM's own SQL
    with connections[contributions.db].cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    width = len(groups)
    return {
        tuple(row[:width]): Tally(count=row[width], total=float(row[width + 1] or 0), people=row[width + 2])
        for row in found
        if row[width]
    }


def tally(contributions: QuerySet, **kwargs) -> Tally:
    """The one tally of a view with no `by`: see `tallies`."""
    return tallies(contributions, **kwargs).get((), Tally())
