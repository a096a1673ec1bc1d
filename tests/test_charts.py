"""airwars.charts: the figure JSON reads right to left in Arabic and left to right in English."""

from __future__ import annotations

import pytest

from airwars import charts
from airwars.i18n import Locale
from airwars.layout import CHARTS
from airwars.text import strip_isolates

SOURCE = "المصدر: الجزيرة نت"


@pytest.fixture(params=list(CHARTS))
def chart(request):
    return request.param


def build(built, chart, lang="ar", digits="western"):
    spec = CHARTS[chart]
    return spec.build(built[spec.table], Locale(lang, digits), SOURCE, 1)


def value_ticks(layout) -> list[str]:
    """The value axis's tick labels: the vertical axis's, or the horizontal one's on a dot plot (the gap chart)."""
    return list(layout.yaxis.ticktext or layout.xaxis.ticktext)


def _runs_reversed(axis) -> bool:
    """Whether an axis runs right to left: reversed autorange, or an explicit range from high to low."""
    if axis.autorange is False and axis.range:
        return str(axis.range[0]) > str(axis.range[1])
    return axis.autorange == "reversed"


def texts(fig) -> list[str]:
    """Every text a trace draws, without direction marks, its lines joined by spaces."""
    return [strip_isolates(t).replace("<br>", " ") for trace in fig.data for t in (trace.text or ())]


@pytest.mark.parametrize(
    "lang, title_x, anchor, axis_side, autorange",
    [("ar", 1, "right", "right", "reversed"), ("en", 0, "left", "left", True)],
)
def test_mirroring(built, chart, lang, title_x, anchor, axis_side, autorange):
    layout = build(built, chart, lang).layout
    assert (layout.title.x, layout.title.xanchor) == (title_x, anchor)
    assert layout.yaxis.side == axis_side
    assert _runs_reversed(layout.xaxis) == (autorange == "reversed")
    assert layout.legend.xanchor == anchor
    assert layout.hoverlabel.align == anchor


def test_source_line_under_every_chart(built, chart):
    notes = [a for a in build(built, chart).layout.annotations if SOURCE in strip_isolates(a.text)]
    assert len(notes) == 1
    assert notes[0].y == 0 and notes[0].yanchor == "top" and notes[0].yshift < 0


def test_thousands_separators(built, chart):
    layout = build(built, chart).layout
    assert layout.separators == ".,"
    # Arabic ticks as the article writes numbers: 7058 bare, 15٬000 with the Arabic separator, never a Latin comma.
    for tick in (strip_isolates(t).rstrip("%").lstrip("+−") for t in value_ticks(layout)):
        assert "," not in tick, tick
        assert ("\u066c" in tick) is (float(tick.replace("\u066c", "")) >= 10_000), tick


def test_colour_blind_safe_palette(built, chart):
    okabe_ito = {charts.BLUE, charts.SKY, charts.ORANGE, charts.GREY}  # grey: the neutral total
    for trace in build(built, chart).data:
        colour = trace.marker.color if trace.type == "bar" else (trace.line.color or trace.marker.color)
        assert set([colour] if isinstance(colour, str) else colour) <= okabe_ito


def test_strike_distribution_marks_syria_as_derived(built):
    fig = build(built, "strike_distribution")
    by_name = {strip_isolates(t.x[0]): t for t in fig.data}
    assert by_name["سوريا"].marker.pattern.shape == "/"
    assert by_name["العراق"].marker.pattern.shape is None
    assert "4564 (نحو 65%)" in texts(fig)
    assert "نحو 2494 (نحو 35%)" in texts(fig)
    assert list(map(strip_isolates, fig.layout.xaxis.categoryarray)) == ["العراق", "سوريا"]


def test_us_share_labels(built):
    fig = build(built, "us_share")
    assert texts(fig) == ["70% (نحو 3200 ضربة)", "30% (نحو 1400 ضربة)"]
    assert list(fig.layout.yaxis.range) == [0, 100]


def test_casualties_range_and_open_claim(built):
    fig = build(built, "casualties")
    assert fig.layout.yaxis.type == "log"
    bar = next(t for t in fig.data if t.type == "bar")
    assert (bar.base[0], bar.base[0] + bar.y[0]) == (500, 1800)
    assert {"500", "1800"} <= set(texts(fig))
    claim = next(t for t in fig.data if t.type == "scatter" and t.mode == "lines")
    # A short arrow up from 15,000 (a fifth to a half of a decade), not a line to the axis' top read as a range.
    assert claim.y[0] == 15000 and 15000 * 1.5 <= claim.y[1] <= 15000 * 3
    assert claim.y[1] < 10 ** fig.layout.yaxis.range[1]
    head = next(t for t in fig.data if t.type == "scatter" and t.marker.symbol == "triangle-up")
    assert head.y[0] == claim.y[1], "the arrow's head is at its tip"
    label = next(t for t in fig.data if t.text and any("15٬000" in x for x in t.text))
    assert label.y[0] == 15000 and label.textposition.startswith("middle"), "the label stands at 15,000"
    assert any(t.startswith("أكثر من 15٬000") for t in texts(fig))


def test_casualties_scale_keeps_the_civilian_range_visible(built):
    """On the log axis the civilian range takes a visible part of the height next to 15,000."""
    import math

    layout = build(built, "casualties").layout
    low, high = layout.yaxis.range
    share = (math.log10(1800) - math.log10(500)) / (high - low)
    assert share > 0.12
    assert 10**low <= 500 and 10**high > 15000


def test_arabic_digits_reach_the_chart(built, chart):
    fig = build(built, chart, "ar", "arabic")
    drawn = " ".join(texts(fig) + value_ticks(fig.layout))
    assert not any(d in drawn for d in "0123456789")


def test_english_chart_has_english_labels(built):
    fig = build(built, "strike_distribution", "en")
    assert fig.layout.title.text.replace("<br>", " ") == "<b>Coalition air strikes by country</b>"
    assert list(fig.layout.xaxis.categoryarray) == ["Iraq", "Syria"]


@pytest.mark.parametrize(
    "chart_name, expected",
    [
        ("strike_distribution", "العراق: 4564 ضربة (نحو 65%)، وسوريا: نحو 2494 ضربة (نحو 35%)"),
        ("us_share", "الولايات المتحدة 70% من ضربات التحالف في العراق (نحو 3200 ضربة)"),
        ("casualties", "من 500 إلى 1800"),
    ],
)
def test_descriptions(built, chart_name, expected):
    spec = CHARTS[chart_name]
    description = spec.describe(built[spec.table], Locale("ar"))
    assert expected in strip_isolates(description)


@pytest.mark.parametrize("top, expected", [(5248.6, [0, 2000, 4000, 6000]), (100, [0, 25, 50, 75, 100])])
def test_nice_ticks(top, expected):
    assert charts.nice_ticks(top) == expected


def test_log_ticks():
    assert charts.log_ticks(100, 1000) == [100, 200, 500, 1000]


def test_the_description_says_the_share_once(built):
    """«70% … (70 percent, about 3,200 strikes)» said it twice: a screen reader reads "70%" as seventy percent."""
    description = charts.describe_us_share(built["us_share_iraq"], Locale("en"))
    assert "70% of the coalition's strikes in Iraq (about 3,200 strikes)" in description
    assert "percent" not in description


@pytest.mark.parametrize("present, size", [(False, 15), (True, 21)])
def test_presenter_text_is_larger(built, present, size):
    fig = charts.us_share(built["us_share_iraq"], Locale("ar"), SOURCE, 1.4 if present else 1)
    assert fig.layout.font.size == size


@pytest.mark.parametrize("lang, autorange", [("ar", "reversed"), ("en", True)])
def test_timeline_is_a_true_date_axis(built, lang, autorange):
    fig = charts.timeline(built["timeline"], Locale(lang), SOURCE)
    assert fig.layout.xaxis.type == "date"
    assert _runs_reversed(fig.layout.xaxis) == (autorange == "reversed")
    first, last = fig.layout.xaxis.range if autorange is True else fig.layout.xaxis.range[::-1]
    assert first < "2015-08-03" and last > "2015-10-31", (
        "a margin of time at both ends keeps the dates off the value axis"
    )
    assert list(fig.layout.xaxis.tickvals) == ["2015-08-03", "2015-08-31", "2015-09-30", "2015-10-31"]
    total = next(t for t in fig.data if strip_isolates(t.name or "") in ("المجموع", "Total"))
    assert list(total.marker.symbol) == ["triangle-up", "circle", "circle", "circle-open"]
    star = next(t for t in fig.data if t.marker.symbol == "star")
    assert list(star.x) == ["2015-09-29"] * 3 and list(star.y) == [7058, 4564, 2494]


@pytest.mark.parametrize(
    "payload", ['<a href="http://x.example/">x</a>', '<span style="font-size:80px">x</span>', "<!--", "a<br>b"]
)
def test_source_line_markup_is_shown_as_text(built, chart, payload):
    spec = CHARTS[chart]
    fig = spec.build(built[spec.table], Locale("en"), f"Source: {payload}", 1)
    footer = [a.text for a in fig.layout.annotations if "Source:" in a.text][0]
    assert "<" not in footer.replace("<br>", "").split("Source:")[1].split("<br>")[0]


def test_without_a_source_only_the_note_is_drawn(built, chart):
    spec = CHARTS[chart]
    fig = spec.build(built[spec.table], Locale("ar"), "", 1)
    assert not any("المصدر" in strip_isolates(a.text or "") for a in fig.layout.annotations)


@pytest.mark.parametrize(
    "text, width, expected",
    [
        ("Coalition air strikes by country", 28, "Coalition air strikes by<br>country"),
        ("short", 28, "short"),
        ("one<br>two three", 5, "one<br>two<br>three"),
        ("a verylongwordthatcannotbreak b", 10, "a<br>verylongwordthatcannotbreak<br>b"),
    ],
)
def test_wrap_breaks_at_spaces_within_width(text, width, expected):
    assert charts.wrap(text, width) == expected


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_layout_fits_any_width(built, name, lang):
    fig = build(built, name, lang)
    assert fig.layout.legend.yref == "container" and fig.layout.legend.orientation == "v"  # under the chart
    assert fig.layout.title.automargin and fig.layout.yaxis.automargin and fig.layout.xaxis.automargin
    for line in fig.layout.title.text.removeprefix("<b>").removesuffix("</b>").split("<br>"):
        assert len(line.strip("\u200f\u200e\u2067\u2066\u2069")) <= charts.TITLE_WIDTH


@pytest.mark.parametrize("scale", [1, 1.4])
def test_legend_rows_have_a_gap(built, chart, scale):
    """plotly spaces legend rows by font size; Arabic glyphs are taller, so each entry is its own group with a gap."""
    spec = CHARTS[chart]
    fig = spec.build(built[spec.table], Locale("ar"), SOURCE, scale)
    entries = [trace for trace in fig.data if trace.showlegend is not False and trace.name]
    assert fig.layout.legend.traceorder == "grouped" and fig.layout.legend.tracegroupgap >= 10
    assert len({trace.legendgroup for trace in entries}) == len(entries)
    assert fig.layout.legend.font.size == round(14 * scale)  # set here: Streamlit's theme would make it 12 px


def test_timeline_dashes_the_lower_bound_and_marks_the_stars_date(built):
    """The "more than 5,800" of 3 August is joined to the next count by a dashed line, the exact counts by a solid
    one; the stars are said to stand at the article's publication date."""
    fig = charts.timeline(built["timeline"], Locale("en"), SOURCE)
    dashed = [t for t in fig.data if t.mode == "lines" and t.line.dash == "dash"]
    assert [list(t.x) for t in dashed] == [["2015-08-03", "2015-08-31"]]
    solid = [t for t in fig.data if t.mode == "lines" and not t.line.dash]
    assert all("2015-08-03" not in list(t.x) for t in solid)
    syria = next(t for t in fig.data if strip_isolates(t.name or "") == "Syria")
    assert list(syria.error_y.arrayminus)[0] == 2488 - 2456 and list(syria.error_y.array)[0] == 2521 - 2488
    note = [a.text for a in fig.layout.annotations if "publication date" in a.text.replace("<br>", " ")]
    assert note, "the stars are marked as the article's publication date"


def _gap_points(fig) -> dict[tuple[str, str], tuple[float, str, object]]:
    """The gap chart's points by (series, marker): where each stands, its label, its error bar."""
    return {
        (strip_isolates(y), symbol): (
            x,
            strip_isolates(trace.text[0]).replace("<br>", " ") if trace.text else "",
            trace.error_x,
        )
        for trace in fig.data
        for x, y, symbol in zip(trace.x, trace.y, [trace.marker.symbol] * len(trace.x))
        if isinstance(symbol, str)
    } | {
        (strip_isolates(y), "star"): (x, "", None)
        for trace in fig.data
        if trace.marker.symbol == "star"
        for x, y in zip(trace.x, trace.y)
    }


@pytest.mark.parametrize(
    "lang, labels",
    [
        (
            "en",
            {
                ("Total", "circle"): "about +510",
                ("Total", "diamond"): "about −140",
                ("Iraq", "circle-open"): "between +471 and +537",
                ("Iraq", "diamond"): "about −40",
                ("Syria", "circle-open"): "between −27 and +38",
                ("Syria", "diamond"): "about −100",
            },
        ),
        (
            "ar",
            {
                ("المجموع", "circle"): "نحو +510",
                ("المجموع", "diamond"): "نحو −140",
                ("العراق", "circle-open"): "ما بين +471 و+537",
                ("العراق", "diamond"): "نحو −40",
                ("سوريا", "circle-open"): "ما بين −27 و+38",
                ("سوريا", "diamond"): "نحو −100",
            },
        ),
    ],
)
def test_gap_chart_shows_the_gap_closer_up(built, lang, labels):
    """The gap the text argues, at a scale where it shows: per series the article's figure (a star at 0) minus Airwars'
    counts of 31 August (circles, open and with a bar where the count comes from a rounded share) and of 30 September
    (diamonds), each labelled as the cross-check table gives it (the precision rule), mirrored by hand in Arabic."""
    fig = charts.gap(built["cross_check"], Locale(lang), SOURCE)
    points = _gap_points(fig)
    assert {key: text for key, (_, text, _) in points.items() if key[1] != "star"} == labels
    assert {key[0] for key in points if key[1] == "star"} == {key[0] for key in labels}
    assert all(x == 0 for (_, symbol), (x, _, _) in points.items() if symbol == "star")
    iraq = points[("Iraq" if lang == "en" else "العراق", "circle-open")]
    assert iraq[0] == (471 + 537) / 2, "a range's marker stands at its middle"
    assert iraq[0] - iraq[2].arrayminus[0] == 4564 - 4093 and iraq[0] + iraq[2].array[0] == 4564 - 4027
    assert points[("Total" if lang == "en" else "المجموع", "circle")][0] == 7058 - 6548
    assert _runs_reversed(fig.layout.xaxis) == (lang == "ar")
    legend = [strip_isolates(t.name) for t in fig.data if t.showlegend is not False and t.name]
    assert legend[:2] == (
        ["Airwars' count of 31 August 2015", "Airwars' count of 30 September 2015"]
        if lang == "en"
        else ["إحصاء إير وور في 31 أغسطس/آب 2015", "إحصاء إير وور في 30 سبتمبر/أيلول 2015"]
    )


def test_gap_chart_in_words(built):
    text = charts.describe_gap(built["cross_check"], Locale("en"))
    assert "Syria: between −27 and +38 and about −100" in strip_isolates(text)


def test_gap_labels_isolate_each_signed_number_in_arabic(built):
    """«نحو ⁦−140⁩»: the sign and its number one left-to-right run inside the right-to-left label, so the minus stays
    before the digits (checked by eye in a PNG drawn by slides.chart_image: unisolated, it lands between 140 and نحو)."""
    import re

    fig = charts.gap(built["cross_check"], Locale("ar"), SOURCE)
    labels = [line for trace in fig.data if trace.text is not None for t in trace.text for line in t.split("<br>")]
    signed = [n for label in labels for n in re.findall(r".?[+−]\d+.?", label)]
    assert signed and all(n.startswith("\u2066") and n.endswith("\u2069") for n in signed), signed


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("en", "fall between 6,548 on 31 August 2015 and about 7,200 on 30 September 2015"),
        ("ar", "بين 6548 في 31 أغسطس/آب 2015 ونحو 7200 في 30 سبتمبر/أيلول 2015"),
    ],
)
def test_timeline_in_words_keeps_each_counts_qualifier(built, lang, expected):
    """Airwars' 7,200 is its estimate («according to Airwars estimates»): the words under the chart say "about", as
    its table does; bare, they read as an exact count beside the article's approximate one."""
    assert expected in strip_isolates(charts.describe_timeline(built["timeline"], Locale(lang)))
