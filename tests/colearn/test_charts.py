"""The one bar chart: the picture and the table say the same thing, the longest bar is the largest figure, a figure
held back ("fewer than 5") draws no bar, and nothing in a label can become markup."""

import re

from django.template.loader import render_to_string
from django.test import override_settings

from colearn.charts import PLOT_LEFT, PLOT_RIGHT, Bar, bar_chart


def render(chart) -> str:
    return render_to_string("includes/bar_chart.html", {"chart": chart})


def test_bars_are_drawn_to_scale_from_zero_with_the_largest_filling_the_drawing():
    chart = bar_chart(
        title="Connections made",
        summary="How many community connections people made each month.",
        bars=[Bar(label="Jan 2027", value=10), Bar(label="Feb 2027", value=5), Bar(label="Mar 2027", value=0)],
        value_label="connections",
    )
    widths = [bar.bar_width for bar in chart.bars]
    assert widths == [str(PLOT_RIGHT - PLOT_LEFT), str((PLOT_RIGHT - PLOT_LEFT) // 2), "0"]
    # each figure is printed just after the end of its bar, each row below the one before
    assert float(chart.bars[0].text_x) > float(chart.bars[1].text_x) > float(chart.bars[2].text_x)
    assert [float(bar.bar_y) for bar in chart.bars] == sorted(float(bar.bar_y) for bar in chart.bars)
    assert chart.height > float(chart.bars[-1].bar_y) + chart.bar_height


def test_a_tiny_figure_still_shows_as_a_bar():
    chart = bar_chart(title="t", summary="s", bars=[Bar("big", 10_000), Bar("small", 1)], value_label="people")
    assert float(chart.bars[1].bar_width) >= 2


def test_a_held_back_figure_draws_no_bar_and_both_picture_and_table_say_why():
    chart = bar_chart(
        title="Small wins by group",
        summary="How many small wins people in each group logged.",
        bars=[
            Bar(label="Spring group", value=12, display="12"),
            Bar(label="Autumn group", value=None, display="fewer than 5"),
        ],
        value_label="small wins",
    )
    html = render(chart)
    assert html.count("<rect") == 1
    assert chart.bars[1].bar_width is None
    svg, table = html.split("<table", 1)
    assert "fewer than 5" in svg and "fewer than 5" in table
    assert re.search(r'<th scope="row">Autumn group</th><td>fewer than 5</td>', table)
    assert "Autumn group: fewer than 5" in svg  # in the description a screen reader hears


def test_the_svg_is_an_image_named_by_its_title_and_described_with_every_figure():
    chart = bar_chart(
        title="Applications received",
        summary="Applications received in the chosen days.",
        bars=[Bar("Accepted", 30), Bar("On the waiting list", 7)],
        value_label="applications",
    )
    html = render(chart)
    assert 'role="img"' in html
    ids = re.search(r'aria-labelledby="([^"]+)"', html).group(1).split()
    assert f'<title id="{ids[0]}">Applications received</title>' in html
    assert re.search(
        rf'<desc id="{ids[1]}">Applications received in the chosen days. Accepted: 30; On the waiting', html
    )
    assert re.search(r"<caption id=\"chart-[0-9a-f]+-caption\">Applications received</caption>", html)
    assert '<th scope="col">Applications</th>' in html
    assert "<figure" in html and "Applications received in the chosen days." in html


def test_the_same_chart_keeps_its_id_and_different_charts_get_different_ids():
    def make(title):
        return bar_chart(title=title, summary="s", bars=[Bar("a", 1)], value_label="v")

    assert make("One").chart_id == make("One").chart_id
    assert make("One").chart_id != make("Two").chart_id


def test_labels_and_figures_are_escaped_everywhere():
    chart = bar_chart(
        title='<script>alert("t")</script>',
        summary="<b>s</b>",
        bars=[Bar(label="<img src=x onerror=alert(1)>", value=3, display="<i>3</i>")],
        value_label="<u>v</u>",
    )
    html = render(chart)
    assert "<script" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert "<u>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_long_label_is_shortened_in_the_picture_but_whole_in_the_table():
    label = "Peer trainers and staff facilitators, the spring 2027 group in Leeds"
    chart = bar_chart(title="t", summary="s", bars=[Bar(label, 4)], value_label="hours")
    assert chart.bars[0].short_label.endswith("…") and len(chart.bars[0].short_label) <= 44
    html = render(chart)
    assert f'<th scope="row">{label}</th>' in html


@override_settings(USE_THOUSAND_SEPARATOR=True)
def test_coordinates_are_plain_numbers_and_figures_are_written_for_people():
    chart = bar_chart(title="t", summary="s", bars=[Bar("a", 12345), Bar("b", 2.5)], value_label="v")
    assert chart.bars[0].text == "12,345"
    for bar in chart.bars:
        for coordinate in (bar.label_y, bar.bar_y, bar.bar_width, bar.text_x, bar.text_y):
            float(coordinate)  # a decimal comma or grouping would break the drawing


def test_an_empty_chart_says_so():
    chart = bar_chart(title="Attendance", summary="Who came to each session.", bars=[], value_label="people")
    html = render(chart)
    assert "Nothing to show yet." in html and "There is nothing to show yet." in html
    assert "<rect" not in html
