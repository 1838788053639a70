"""The one bar chart: figures drawn as a server-rendered SVG with the same figures in a table beside it.

Everything that draws is computed here, in Python, as numbers; the template (includes/bar_chart.html) only places
them and escapes every text. The table is the real content — screen readers, a 320 px screen, a printout and a
copy into a spreadsheet all use it — so the picture never says anything the table does not.

Bars run left to right, one per row, with their label above the bar and their figure printed after it: a label
can be long ("Peer trainers, Spring 2027 group") and a number is never read off an axis, so nothing depends on
colour or on judging a length. Colours are SVG presentation attributes, not CSS, so the chart draws the same in
the Wagtail admin (which does not load the site stylesheet); the site's `/* Charts */` CSS only adjusts them.

    chart = bar_chart(title="Small wins logged", summary="How many small wins people logged each month.",
                      bars=[Bar(label="Jan 2027", value=12), Bar(label="Feb 2027", value=None, display="fewer than 5")],
                      value_label="small wins")
    {% include "includes/bar_chart.html" with chart=chart %}

A bar whose value is None draws nothing, and the row shows its `display` ("fewer than 5") in the chart and table.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import number_format

# The drawing, in viewBox units. The SVG scales to its container's width, so it reflows at 320 px.
WIDTH = 360
PLOT_LEFT = 2
PLOT_RIGHT = 292  # the longest bar ends here, leaving room for its figure after it
ROW_HEIGHT = 46
LABEL_BASELINE = 16  # from the top of a row
BAR_TOP, BAR_HEIGHT = 22, 16
VALUE_GAP = 6
TOP, BOTTOM = 4, 6
MAX_LABEL_CHARACTERS = 44  # about the width of the drawing; the table always has the whole label
MIN_VISIBLE_BAR = 2  # a value above zero always shows, however small beside the largest


def _n(value: float) -> str:
    """A coordinate as SVG wants it ("54.5"), never localised (a decimal comma would break the drawing)."""
    return f"{round(value, 1):g}"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: nothing to draw (too few people to show, or no data); `display` says why
    display: str = ""  # what the table and the chart print; the value itself when left empty

    @property
    def text(self) -> str:
        if self.display:
            return self.display
        return "" if self.value is None else number_format(self.value, force_grouping=True)


@dataclass(frozen=True)
class DrawnBar:
    label: str  # the whole label, for the table
    short_label: str  # shortened to fit the drawing
    text: str
    value: float | None
    label_y: str
    bar_y: str
    bar_width: str | None  # None: no bar is drawn
    text_x: str
    text_y: str


@dataclass(frozen=True)
class BarChart:
    title: str
    summary: str
    value_label: str  # the table's figure column heading, e.g. "connections"
    bars: tuple[DrawnBar, ...]
    chart_id: str
    width: int = WIDTH
    plot_left: int = PLOT_LEFT
    bar_height: int = BAR_HEIGHT

    @property
    def height(self) -> int:
        return TOP + ROW_HEIGHT * len(self.bars) + BOTTOM

    @property
    def axis_bottom(self) -> int:
        return self.height - BOTTOM

    @property
    def description(self) -> str:
        """What the picture shows, in words: every bar's label and figure (the table beside it repeats them)."""
        if not self.bars:
            return f"{self.summary} There is nothing to show yet."
        figures = "; ".join(f"{bar.label}: {bar.text}" for bar in self.bars)
        return f"{self.summary} {figures}."


def _shorten(label: str) -> str:
    if len(label) <= MAX_LABEL_CHARACTERS:
        return label
    return label[: MAX_LABEL_CHARACTERS - 1].rstrip() + "…"


def _chart_id(title: str, bars: Sequence[Bar]) -> str:
    """Stable across requests (a cached page stays the same) and distinct for distinct charts on one page."""
    digest = hashlib.blake2s(
        repr((title, [(bar.label, bar.value, bar.display) for bar in bars])).encode(), digest_size=5
    )
    return "chart-" + digest.hexdigest()


def bar_chart(*, title: str, summary: str, bars: Sequence[Bar], value_label: str) -> BarChart:
    """Lay out one horizontal bar per figure, the longest for the largest value, all starting at zero."""
    largest = max((bar.value for bar in bars if bar.value is not None and bar.value > 0), default=0)
    span = PLOT_RIGHT - PLOT_LEFT
    drawn = []
    for index, bar in enumerate(bars):
        top = TOP + index * ROW_HEIGHT
        width: float | None = None
        if bar.value is not None:
            width = max(bar.value, 0) / largest * span if largest else 0
            if bar.value > 0:
                width = max(width, MIN_VISIBLE_BAR)
        end = PLOT_LEFT + (width or 0)
        drawn.append(
            DrawnBar(
                label=bar.label,
                short_label=_shorten(bar.label),
                text=bar.text,
                value=bar.value,
                label_y=_n(top + LABEL_BASELINE),
                bar_y=_n(top + BAR_TOP),
                bar_width=None if width is None else _n(width),
                text_x=_n(end + VALUE_GAP),
                text_y=_n(top + BAR_TOP + BAR_HEIGHT / 2),
            )
        )
    return BarChart(
        title=title, summary=summary, value_label=value_label, bars=tuple(drawn), chart_id=_chart_id(title, bars)
    )
