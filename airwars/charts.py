"""Plotly charts built from the tables, mirrored by hand for right-to-left reading."""

from __future__ import annotations

import math
import textwrap
from html import escape

import pandas as pd
import plotly.graph_objects as go

from airwars.i18n import Locale
from airwars.text import format_number, strip_isolates

FONT = "Noto Sans Arabic, Arial, sans-serif"
# Okabe-Ito colours: told apart with every common colour-vision deficiency.
BLUE, SKY, ORANGE, GREY = "#0072B2", "#56B4E9", "#E69F00", "#555555"
HATCH = dict(shape="/", fgcolor="#FFFFFF", fgopacity=0.7, size=9, solidity=0.3, fillmode="overlay")
SERIES_COLOURS = {"total": GREY, "iraq": BLUE, "syria": ORANGE}


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least top, about count of them."""
    top = top if math.isfinite(top) and top > 0 else 1
    raw = top / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(math.ceil(top / step) + 1)]


def log_ticks(low: float, high: float) -> list[float]:
    """Ticks 1, 2, 5 × powers of ten between low and high."""
    ticks = []
    for power in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        ticks += [m * 10**power for m in (1, 2, 5) if low <= m * 10**power <= high]
    return ticks


def _rtl(loc: Locale, label: str) -> str:
    """Each line of a label in its reading direction: plotly.js draws every text left to right."""
    return "<br>".join(loc.para(line) for line in label.split("<br>"))


FOOTER_NAME = "aw-footer"  # the source and note lines under the plot: ui/chart.js finds them by this name
TITLE_WIDTH = 28  # characters per title line: fits a phone at 20 px, independent of the screen it is drawn on
FOOTER_WIDTH = 40  # characters per source or note line at 13 px
# Presenter mode draws a figure's text for a screen PRESENT_HEIGHT px high, PRESENT_SCALE times the reading size, and
# ui/chart.js scales it to the screen's real height: ticks 12 × 2.2 = 26 px at 1080 (1/45 is 24), the title 44 px (1/25
# is 43.2), notes 29 px (1/54 is 20), so every size stays the same share of any screen's height.
PRESENT_SCALE = 2.2
PRESENT_HEIGHT = 1080
# Text scaled up (scale > 1) is presenter mode, on a projector or a laptop at 1366 px or more: lines can be longer
# and the legend goes beside the plot, so the plot keeps the height of a short screen.
PRESENT_TITLE_WIDTH = 80
PRESENT_TICK_WIDTH = 40
PRESENT_AXIS_WIDTH = 24  # the value axis's title stands beside a plot only about 300 px high on a laptop
PRESENT_FOOTER_WIDTH = 110
TICK_WIDTH = 22  # characters per line of a category's label under the axis: labels wrap, never turn
TICK_SIZE = 12  # pixels of a tick label, at scale 1
LEGEND_ROW = 34  # pixels per legend row, at scale 1: the entry and the gap after it
PLOT_HEIGHT = 300  # pixels of the plot area itself, at scale 1: the figure grows with its title, notes and legend
LEGEND_GAP = 10  # pixels between legend rows: Arabic glyphs reach well above and below plotly's row height


# The mean advance of a character of Noto Sans Arabic, Arabic and Latin text alike, in em: how many characters a line of a
# given width holds at a given size (bold a little wider).
EM_PER_CHARACTER, EM_PER_BOLD_CHARACTER = 0.5, 0.52


def characters_per_line(width_px: float, font_px: float, bold: bool = False) -> int:
    """How many characters fit a line width_px wide at font_px: what wrap() wraps at for a known width."""
    return max(12, int(width_px / (font_px * (EM_PER_BOLD_CHARACTER if bold else EM_PER_CHARACTER))))


def wrap(text: str, width: int) -> str:
    """Break text into lines of at most width characters at spaces, joined by <br> (existing breaks kept)."""
    return "<br>".join(
        "<br>".join(textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)) or paragraph
        for paragraph in text.split("<br>")
    )


def _legend_rows(fig: go.Figure) -> int:
    """Rows the legend under the chart takes: one entry a row, so no width can make entries collide."""
    return sum(1 for trace in fig.data if trace.showlegend is not False and trace.name)


def _space_legend(fig: go.Figure, scale: float) -> None:
    """One legend group per entry, so plotly puts a gap between rows (it spaces rows by font size, not by glyph height)."""
    for index, trace in enumerate(fig.data):
        if trace.showlegend is not False and trace.name and not trace.legendgroup:
            trace.legendgroup = f"entry-{index}"
    fig.update_layout(legend_tracegroupgap=round(LEGEND_GAP * scale))


def _tick_labels(fig: go.Figure) -> list[str]:
    return [str(label) for label in fig.layout.xaxis.ticktext or fig.layout.xaxis.categoryarray or ()]


def tick_depth(fig: go.Figure, size: float) -> int:
    """Pixels the level labels under the axis take at size px: their lines and the gap above them."""
    return round(max((label.count("<br>") + 1 for label in _tick_labels(fig)), default=1) * size * 1.35) + 14


def _tick_depth(fig: go.Figure, may_turn: bool, scale: float) -> int:
    """Pixels the labels under the axis take: their lines, or the longest line when dates stand upright."""
    labels = _tick_labels(fig)
    size = TICK_SIZE * scale
    if may_turn:  # an upright label is as deep as its longest line is long (about half an em a character)
        longest = max((len(strip_isolates(line)) for label in labels for line in label.split("<br>")), default=10)
        return round(longest * size * 0.5) + 24
    return round(max((label.count("<br>") + 1 for label in labels), default=1) * size * 1.6) + 22


def _style(fig: go.Figure, loc: Locale, chart: str, source: str, note: str = "", scale: float = 1) -> go.Figure:
    """Title, fonts, legend and source line under the chart, and right-to-left mirroring; scale enlarges the text.

    Nothing depends on the screen's width: titles and source lines wrap at fixed lengths, the legend sits
    under the chart, margins grow with the tick labels (automargin), date labels turn only when they collide.
    """
    rtl = loc.rtl
    side, anchor = (1, "right") if rtl else (0, "left")
    # The source line is data text: escaped, so no markup in a data file reaches plotly.js; lines break at "\n".
    lines = [escape(line) for line in source.split("\n") if line] + ([note] if note else [])
    present = scale > 1
    footer = _rtl(loc, wrap("<br>".join(lines), PRESENT_FOOTER_WIDTH if present else FOOTER_WIDTH))
    footer_lines = footer.count("<br>") + 1 if footer else 0
    # Under the plot: the tick labels, the source lines, then the legend at the bottom of the figure.
    turned_dates = fig.layout.xaxis.type == "date" and not present  # wide screens leave the dates level
    footer_top = _tick_depth(fig, turned_dates, scale)
    legend_height = 0 if present else round(_legend_rows(fig) * LEGEND_ROW * scale)
    title = _rtl(loc, wrap(loc.t(f"chart.{chart}.title"), PRESENT_TITLE_WIDTH if present else TITLE_WIDTH))
    title_height = round((title.count("<br>") + 1) * 20 * scale * 1.3) + 16
    bottom = footer_top + round(footer_lines * 18 * scale) + legend_height + 8
    fig.update_layout(
        # The title spans the whole figure (container), not only the plot: on a phone the value axis takes a fifth.
        title=dict(
            text=f"<b>{title}</b>",
            x=side,
            xanchor=anchor,
            xref="container",
            y=1,
            yref="paper",
            yanchor="bottom",
            pad=dict(b=28, l=16, r=16),
            font_size=round(20 * scale),
            automargin=True,
        ),
        font=dict(family=FONT, size=round(15 * scale), color="#222222"),
        separators=".,",
        showlegend=True,
        legend=dict(
            orientation="v",
            x=side,
            xanchor=anchor,
            y=0,
            yanchor="bottom",
            yref="container",
            xref="paper",
            traceorder="grouped",
            font_size=round(14 * scale),
        ),
        hoverlabel=dict(align=anchor, font_family=FONT),
        margin=dict(l=16, r=16, t=24, b=bottom),
        # A fixed plot height, the text around it added: Streamlit's default 450 px left almost nothing of the plot
        # under a three-line title and a four-row legend on a phone. Presenting, the screen sets it (ui/present.css).
        height=None if present else 24 + title_height + round(PLOT_HEIGHT * scale) + bottom,
        plot_bgcolor="#FFFFFF",
        paper_bgcolor="#FFFFFF",
        bargap=0.45,
    )
    _space_legend(fig, scale)
    if present:  # beside the plot at the end of the reading line, where a wide screen has room and a short one has not
        fig.update_layout(
            legend=dict(x=0 if rtl else 1, xanchor="right" if rtl else "left", y=1, yanchor="top", yref="paper")
        )
    fig.add_annotation(
        text=footer,
        visible=bool(footer),
        showarrow=False,
        xref="paper",
        yref="paper",
        x=side,
        xanchor=anchor,
        y=0,
        yshift=-footer_top,
        yanchor="top",
        align=anchor,
        font=dict(size=round(13 * scale), color=GREY),
        name=FOOTER_NAME,
    )
    # The unwrapped title and notes, for ui/chart.js to wrap again at the width the chart is drawn at (the wrapping above
    # is for a phone, and for the report's static charts); it then closes the gaps the estimates above leave.
    fig.update_layout(
        meta=dict(rtl=rtl, title=loc.t(f"chart.{chart}.title"), footer=lines, plot_height=round(PLOT_HEIGHT * scale))
    )
    fig.update_xaxes(
        autorange="reversed" if rtl else True,
        showline=True,
        linecolor="#888888",
        ticks="",
        automargin=True,
        tickfont_size=round(TICK_SIZE * scale),
        tickangle=0,
    )
    if turned_dates:  # level when they fit, else upright: half-turned labels' boxes would still cover each other
        fig.update_xaxes(tickangle=None, autotickangles=[0, 90])
    axis = loc.t(f"chart.{chart}.axis")
    fig.update_yaxes(
        side="right" if rtl else "left",
        gridcolor="#E5E5E5",
        zeroline=False,
        automargin=True,
        title_text=_rtl(loc, wrap(axis, PRESENT_AXIS_WIDTH) if present else axis),
        title_standoff=round(12 * scale),  # Arabic glyphs' boxes are taller than plotly reckons
        tickfont_size=round(TICK_SIZE * scale),
        title_font_size=round(14 * scale),
    )
    return fig


def _axis_ticks(fig: go.Figure, loc: Locale, ticks: list[float], percent: bool = False) -> None:
    """Label the value axis ourselves so the reader's digits reach the ticks too."""
    text = [loc.pct(v) if percent else loc.num(v) for v in ticks]
    fig.update_yaxes(tickmode="array", tickvals=ticks, ticktext=text)


def _bar_label(text: str) -> str:
    """A bar's label with its parenthesis on a second line, so it stays narrow over a phone's narrow bars."""
    return text.replace(" (", "<br>(", 1)


def _bar(name: str, x: list[str], y: list[float], text: list[str], color: str, derived: bool) -> go.Bar:
    """One bar trace; derived bars are hatched and lighter so they read as computed."""
    return go.Bar(
        name=name,
        x=x,
        y=y,
        text=text,
        customdata=[[t] for t in text],
        # constraintext="none": plotly would otherwise shrink the label to the bar's width, unreadably small on a phone.
        textposition="outside",
        cliponaxis=False,
        constraintext="none",
        marker=dict(color=color, pattern=HATCH if derived else None),
        hovertemplate="<b>%{x}</b><br>%{customdata[0]}<extra></extra>",
    )


def _reported_and_derived(
    loc: Locale, labels: list[str], values: list[float], text: list[str], derived: list[bool]
) -> list[go.Bar]:
    """Split bars into a reported trace and a derived trace, so the legend names both."""
    traces = []
    for is_derived, color, key in ((False, BLUE, "legend_reported"), (True, SKY, "legend_derived")):
        keep = [i for i, d in enumerate(derived) if bool(d) == is_derived]
        if keep:
            traces.append(
                _bar(
                    _rtl(loc, loc.t(f"chart.{key}")),
                    [labels[i] for i in keep],
                    [values[i] for i in keep],
                    [text[i] for i in keep],
                    color,
                    is_derived,
                )
            )
    return traces


def strike_distribution(table: pd.DataFrame, loc: Locale, source: str, text_scale: float = 1) -> go.Figure:
    """Strikes in Iraq and Syria, each with its share; Syria marked as derived."""
    rows = table[table["country"] != "total"]
    labels = [_rtl(loc, loc.t(f"country.{c}")) for c in rows["country"]]
    text = [
        _rtl(loc, _bar_label(loc.t("chart.strike_distribution.label", strikes=loc.qualified(q, s), share=loc.pct(p))))
        for q, s, p in zip(rows["qualifier"], rows["strikes"], rows["share"])
    ]
    fig = go.Figure(_reported_and_derived(loc, labels, list(rows["strikes"]), text, list(rows["derived"])))
    fig.update_xaxes(categoryorder="array", categoryarray=labels)
    ticks = nice_ticks(float(rows["strikes"].max()) * 1.15)
    _axis_ticks(fig, loc, ticks)
    fig.update_yaxes(range=[0, ticks[-1]])
    return _style(fig, loc, "strike_distribution", source, loc.t("chart.strike_distribution.derived_note"), text_scale)


def us_share(table: pd.DataFrame, loc: Locale, source: str, text_scale: float = 1) -> go.Figure:
    """The US and the other partners' shares of the strikes in Iraq, with approximate counts."""
    labels = [_rtl(loc, loc.t(f"partner.{p}")) for p in table["partner"]]
    text = [
        _rtl(loc, _bar_label(loc.t("chart.us_share.label", share=loc.pct(share), strikes=loc.num(strikes))))
        for share, strikes in zip(table["share"], table["strikes"])
    ]
    fig = go.Figure(_reported_and_derived(loc, labels, list(table["share"]), text, list(table["derived"])))
    fig.update_xaxes(categoryorder="array", categoryarray=labels)
    _axis_ticks(fig, loc, [0, 25, 50, 75, 100], percent=True)
    fig.update_yaxes(range=[0, 100])
    return _style(fig, loc, "us_share", source, loc.t("chart.us_share.derived_note"), text_scale)


def casualties(table: pd.DataFrame, loc: Locale, source: str, text_scale: float = 1) -> go.Figure:
    """The civilian range from low to high beside the coalition's open-ended claim, on a log axis."""
    # Each category keyed by its whole label; the axis shows it wrapped for a phone (ticktext), and ui/chart.js wraps it
    # again at the width each category is drawn at (meta.ticks), as slides.slide_figure does for a slide.
    whole = {
        row.group: loc.t(
            "chart.casualties.civilians_label",
            group=loc.t(f"group.{row.group}"),
            claimant=loc.t(f"claimant_short.{row.claimed_by}"),
        )
        for row in table.itertuples()
    }
    labels = {group: _rtl(loc, text) for group, text in whole.items()}
    wrapped = [_rtl(loc, wrap(text, TICK_WIDTH if text_scale == 1 else PRESENT_TICK_WIDTH)) for text in whole.values()]
    # A log axis has no zero: a count of 0 sits on the axis floor, which stays at 1 or above.
    lows = table["low"].astype(float).clip(lower=1)
    highs = table["high"].astype(float)
    bottom = 10 ** math.floor(math.log10(lows.min()) - 0.3)
    top = 10 ** math.ceil(math.log10(max(lows.max(), highs.max(skipna=True) if highs.notna().any() else 0) * 2))
    fig = go.Figure()
    for row in table.itertuples():
        color = BLUE if row.claimed_by == "airwars" else ORANGE
        high = None if row.open_ended else row.high
        name = _rtl(loc, f"{loc.t(f'group.{row.group}')}: {loc.qualified(row.qualifier, row.low, high)}")
        x = labels[row.group]
        low = max(float(row.low), bottom)
        if row.open_ended:
            # Its label reaches toward the middle of the chart, so on a phone it cannot run past the edge.
            last = x == list(labels.values())[-1]
            _open_claim(fig, loc, x, low, top, color, name, "left" if last != loc.rtl else "right")
        else:
            _range_bar(fig, loc, x, low, max(float(row.high), bottom), color, name)
    fig.update_xaxes(
        categoryorder="array",
        categoryarray=list(labels.values()),
        tickmode="array",
        tickvals=list(labels.values()),
        ticktext=wrapped,
    )
    fig.update_yaxes(type="log", range=[math.log10(bottom), math.log10(top)])
    _axis_ticks(fig, loc, log_ticks(bottom, top))
    fig = _style(fig, loc, "casualties", source, loc.t("chart.casualties.scale_note"), text_scale)
    fig.layout.meta = {**fig.layout.meta, "ticks": list(whole.values())}
    # Half a category of room at both ends: a lone marker (the open claim) would otherwise sit on the plot's edge.
    ends = [-0.5, len(labels) - 0.5]
    return fig.update_xaxes(autorange=False, range=ends[::-1] if loc.rtl else ends)


def _range_bar(fig: go.Figure, loc: Locale, x: str, low: float, high: float, color: str, name: str) -> None:
    """A floating bar from low to high, both ends labelled."""
    fig.add_bar(
        name=name,
        x=[x],
        y=[high - low],
        base=[low],
        marker_color=color,
        width=0.35,
        customdata=[[name]],
        hovertemplate="%{customdata[0]}<extra></extra>",
    )
    fig.add_scatter(
        x=[x, x],
        y=[low, high],
        mode="markers+text",
        marker=dict(color=color, size=10, symbol="line-ew-open"),
        text=[loc.num(low), loc.num(high)],
        textposition=["bottom center", "top center"],
        showlegend=False,
        hoverinfo="skip",
        cliponaxis=False,
    )


# The open claim's arrow: a short way up from its bound (0.3 of a decade on the log axis), never to the axis' top,
# which would read as a range ending there.
ARROW_RATIO = 2.0


def _open_claim(
    fig: go.Figure, loc: Locale, x: str, low: float, top: float, color: str, name: str, toward: str
) -> None:
    """A lower bound as a short open-ended arrow pointing up from it: more than low, no upper bound given; its
    label sits level with the bound (at 15٬000), not below it."""
    tip = min(low * ARROW_RATIO, top)
    fig.add_scatter(
        name=name,
        x=[x, x],
        y=[low, tip],
        mode="lines",
        line=dict(color=color, width=3),
        customdata=[[name], [name]],
        hovertemplate="%{customdata[0]}<extra></extra>",
    )
    fig.add_scatter(
        x=[x],
        y=[tip],
        mode="markers",
        marker=dict(color=color, size=14, symbol="triangle-up"),
        showlegend=False,
        hoverinfo="skip",
        cliponaxis=False,
    )
    fig.add_scatter(
        x=[x],
        y=[low],
        mode="markers+text",
        marker=dict(color=color, size=12, symbol="line-ew-open", line=dict(width=3)),
        text=[
            "<br>".join(
                _rtl(loc, part)
                for part in wrap(loc.t("chart.casualties.open_label", value=loc.num(low)), TICK_WIDTH).split("<br>")
            )
        ],
        textposition=f"middle {toward}",
        showlegend=False,
        hoverinfo="skip",
        cliponaxis=False,
    )


MAX_DATE_TICKS = 8  # dates labelled on the timeline's axis at most: a long monthly file would bury the axis


def _date_label(loc: Locale, iso_date: str) -> str:
    """A date for the axis, its year on a second line so that level labels fit a narrow chart."""
    day_month, _, year = loc.date(iso_date).rpartition(" ")
    return "<br>".join(_rtl(loc, part) for part in (day_month, year) if part)


def timeline(table: pd.DataFrame, loc: Locale, source: str, text_scale: float = 1) -> go.Figure:
    """Cumulative strikes on a true date axis; derived points open, lower bounds as triangles, the article starred."""
    fig = go.Figure()
    counts = table[table["report"] == "airwars"]
    for series, colour in SERIES_COLOURS.items():
        points = counts[counts["series"] == series]
        symbols = [
            "triangle-up" if q == "more_than" else "circle-open" if d else "circle"
            for q, d in zip(points["qualifier"], points["derived"])
        ]
        text = [
            _rtl(loc, f"{loc.t(f'series.{series}')}: {_point_value(loc, r)}<br>{loc.date(r.as_of)}")
            for r in points.itertuples()
        ]
        _series_lines(fig, points, colour)
        low = points["strikes_low"] if "strikes_low" in points else points["strikes"]
        high = points["strikes_high"] if "strikes_high" in points else points["strikes"]
        fig.add_scatter(
            name=_rtl(loc, loc.t(f"series.{series}")),
            x=list(points["as_of"]),
            y=list(points["strikes"]),
            mode="markers",
            customdata=[[t] for t in text],
            marker=dict(color=colour, size=11, symbol=symbols, line=dict(width=2, color=colour)),
            # A count from a rounded share is a range: its bar spans what the rounding allows.
            error_y=dict(
                type="data",
                symmetric=False,
                array=[float(h - v) for h, v in zip(high, points["strikes"])],
                arrayminus=[float(v - lo) for lo, v in zip(low, points["strikes"])],
                color=colour,
                thickness=2,
                width=6,
            ),
            hovertemplate="%{customdata[0]}<extra></extra>",
        )
    article = table[table["report"] == "article"]
    fig.add_scatter(
        name=_rtl(loc, loc.t("chart.timeline.snapshot")),
        x=list(article["as_of"]),
        y=list(article["strikes"]),
        mode="markers",
        marker=dict(
            symbol="star",
            size=16,
            color=[SERIES_COLOURS[s] for s in article["series"]],
            line=dict(width=1, color="#000000"),
        ),
        customdata=[
            [_rtl(loc, f"{loc.t('chart.timeline.snapshot')}: {loc.t(f'series.{s}')} {loc.qualified(q, v)}")]
            for s, q, v in zip(article["series"], article["qualifier"], article["strikes"])
        ],
        hovertemplate="%{customdata[0]}<extra></extra>",
    )
    # The report dates label the axis; the article's date, a day from one of them, gets its own line and note.
    dates = sorted(set(counts["as_of"]))
    if len(dates) > MAX_DATE_TICKS:  # a long series: evenly spaced dates label the axis, first and last among them
        dates = [dates[round(i * (len(dates) - 1) / (MAX_DATE_TICKS - 1))] for i in range(MAX_DATE_TICKS)]
    fig.update_xaxes(
        type="date",
        tickmode="array",
        tickvals=dates,
        ticktext=[_date_label(loc, d) for d in dates],
        tickangle=0 if len(dates) <= 5 else -30,
    )
    ticks = nice_ticks(float(table["strikes"].max()) * 1.1)
    _axis_ticks(fig, loc, ticks)
    fig.update_yaxes(range=[0, ticks[-1]])
    if len(article):
        fig.add_vline(x=article["as_of"].iloc[0], line_dash="dot", line_color="#999999")
        fig.add_annotation(
            # The stars stand at the article's publication date, not at the date of any count: said at the top.
            x=article["as_of"].iloc[0],
            y=ticks[-1],
            yanchor="top",
            showarrow=False,
            xanchor="left" if loc.rtl else "right",
            xshift=6 if loc.rtl else -6,
            text=_rtl(loc, wrap(loc.t("chart.timeline.snapshot_note"), TICK_WIDTH)),
            align="left" if loc.rtl else "right",
            font=dict(size=round(12 * text_scale), color=GREY),
            bgcolor="#FFFFFF",
        )
    fig = _style(fig, loc, "timeline", source, loc.t("chart.timeline.note"), text_scale)
    # A margin of time at both ends, so the first and last dates' labels stand clear of the value axis.
    first, last = pd.Timestamp(min(table["as_of"])), pd.Timestamp(max(table["as_of"]))
    pad = (last - first) * 0.15
    ends = [str((first - pad).date()), str((last + pad).date())]
    return fig.update_xaxes(autorange=False, range=ends[::-1] if loc.rtl else ends)


def _point_value(loc: Locale, row) -> str:
    """A count as the pages give it: a count from a rounded share as its range."""
    low, high = getattr(row, "strikes_low", None), getattr(row, "strikes_high", None)
    if low is not None and not pd.isna(low) and low != high:
        return loc.qualified("range", low, high)
    return loc.qualified(row.qualifier, row.strikes)


def _series_lines(fig: go.Figure, points: pd.DataFrame, colour: str) -> None:
    """The line joining a series' counts: dashed from a lower bound ("more than") to the next count, solid between
    counts, so a lower bound does not read as a count."""
    xs, ys, bounds = list(points["as_of"]), list(points["strikes"]), list(points["qualifier"] == "more_than")
    solid = [i for i in range(len(xs)) if not bounds[i]]
    if len(solid) > 1:
        fig.add_scatter(
            x=[xs[i] for i in solid],
            y=[ys[i] for i in solid],
            mode="lines",
            line=dict(color=colour, width=2),
            showlegend=False,
            hoverinfo="skip",
        )
    for i in range(len(xs) - 1):
        if bounds[i]:
            fig.add_scatter(
                x=xs[i : i + 2],
                y=ys[i : i + 2],
                mode="lines",
                line=dict(color=colour, width=2, dash="dash"),
                showlegend=False,
                hoverinfo="skip",
            )


def _signed(loc: Locale, value: float) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return loc.iso(sign + format_number(abs(value), digits=loc.digits, arabic=loc.lang == "ar"))


def _gap(loc: Locale, low: float, high: float, qualifier: str) -> str:
    """A difference as the pages give it (tables.cross_check, the precision rule)."""
    if qualifier == "range":
        return loc.t("qualifier.range", value=_signed(loc, low), value_max=_signed(loc, high))
    if qualifier == "about":
        return loc.t("qualifier.about", value=_signed(loc, low), value_max="")
    return _signed(loc, low)


# The gap chart's markers: Airwars' count before the article's date, after it, and the article's own figure at 0.
BEFORE_SYMBOL, AFTER_SYMBOL = "circle", "diamond"


def gap(table: pd.DataFrame, loc: Locale, source: str, text_scale: float = 1) -> go.Figure:
    """The gap the text argues, at a scale where it shows: per series the article's figure (a star at 0) minus
    Airwars' counts either side of its date, each labelled as the cross-check gives it (the precision rule); a count
    from a rounded share gives a range, drawn as a bar around an open marker."""
    rows = [row for row in table.itertuples() if not pd.isna(row.before_date) and not pd.isna(row.after_date)]
    names = [_rtl(loc, loc.t(f"series.{row.series}")) for row in rows]
    fig = go.Figure()
    marks = (("before", BEFORE_SYMBOL, "top center"), ("after", AFTER_SYMBOL, "bottom center"))
    for side, symbol, position in marks:
        for index, (row, name) in enumerate(zip(rows, names)):
            colour = SERIES_COLOURS[row.series]
            low, high = float(getattr(row, f"{side}_difference_low")), float(getattr(row, f"{side}_difference_high"))
            label = _gap(loc, low, high, getattr(row, f"{side}_difference_qualifier"))
            middle = (low + high) / 2
            date = loc.date(getattr(row, f"{side}_date"))
            fig.add_scatter(
                x=[middle],
                y=[name],
                mode="markers+text",
                showlegend=index == 0,
                legendgroup=side,
                name=_rtl(loc, loc.t(f"chart.gap.{side}", date=date)),
                marker=dict(
                    symbol=symbol if low == high else f"{symbol}-open",
                    size=11,
                    color=colour,
                    line=dict(width=2, color=colour),
                ),
                error_x=dict(
                    type="data",
                    symmetric=False,
                    array=[high - middle],
                    arrayminus=[middle - low],
                    color=colour,
                    thickness=2,
                    width=6,
                    visible=low != high,
                ),
                # A range on two lines: on a phone a one-line range near the end would run past the chart.
                text=["<br>".join(_rtl(loc, part) for part in wrap(label, 14).split("<br>"))],
                textposition=position,
                cliponaxis=False,
                textfont=dict(size=round(13 * text_scale), color=colour),
                customdata=[
                    [_rtl(loc, loc.t("chart.gap.point", series=loc.t(f"series.{row.series}"), date=date, value=label))]
                ],
                hovertemplate="%{customdata[0]}<extra></extra>",
            )
    fig.add_scatter(
        x=[0] * len(rows),
        y=names,
        mode="markers",
        name=_rtl(loc, loc.t("chart.gap.article")),
        hoverinfo="skip",
        marker=dict(
            symbol="star",
            size=15,
            color=[SERIES_COLOURS[row.series] for row in rows],
            line=dict(width=1, color="#000000"),
        ),
    )
    reach = [0.0] + [
        float(getattr(row, f"{side}_difference_{end}"))
        for row in rows
        for side in ("before", "after")
        for end in ("low", "high")
    ]
    step = nice_ticks((max(reach) - min(reach)) or 1, 5)[1]
    ticks = [step * i for i in range(math.floor(min(reach) / step), math.ceil(max(reach) / step) + 1)]
    fig.update_xaxes(
        tickmode="array",
        tickvals=ticks,
        ticktext=[_signed(loc, v) for v in ticks],
        zeroline=True,
        zerolinecolor="#888888",
        showgrid=True,
        gridcolor="#EEEEEE",
    )
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=names[::-1])
    fig = _style(fig, loc, "gap", source, loc.t("chart.gap.note"), text_scale)
    # Room at both ends for the labels, and mirrored by hand: plotly draws left to right.
    spread = (ticks[-1] - ticks[0]) * 0.12
    ends = [ticks[0] - spread, ticks[-1] + spread]
    # The series name each row by its tick label: an axis title would only repeat them.
    fig.update_yaxes(range=[-0.6, len(names) - 0.4], ticklabelstandoff=6, title_text="")
    return fig.update_xaxes(autorange=False, range=ends[::-1] if loc.rtl else ends)


def describe_strike_distribution(table: pd.DataFrame, loc: Locale) -> str:
    """The strike distribution in words, for screen readers and the text under the chart."""
    rows = table.set_index("country")
    return loc.t(
        "chart.strike_distribution.alt",
        iraq=loc.num(rows.at["iraq", "strikes"]),
        share_iraq=loc.pct(rows.at["iraq", "share"]),
        syria=loc.num(rows.at["syria", "strikes"]),
        share_syria=loc.pct(rows.at["syria", "share"]),
    )


def describe_us_share(table: pd.DataFrame, loc: Locale) -> str:
    """The US share in words, each figure once (a screen reader reads "70%" as seventy percent)."""
    rows = table.set_index("partner")
    return loc.t(
        "chart.us_share.alt",
        us_share=loc.pct(rows.at["us", "share"]),
        us_strikes=loc.num(rows.at["us", "strikes"]),
        others_share=loc.pct(rows.at["others", "share"]),
        others_strikes=loc.num(rows.at["others", "strikes"]),
    )


def describe_casualties(table: pd.DataFrame, loc: Locale) -> str:
    """The civilian range and the coalition's claim in words."""
    rows = table.set_index("group")
    return loc.t(
        "chart.casualties.alt",
        low=loc.num(rows.at["civilians", "low"]),
        high=loc.num(rows.at["civilians", "high"]),
        fighters=loc.num(rows.at["fighters", "low"]),
    )


def describe_timeline(table: pd.DataFrame, loc: Locale) -> str:
    """The first and last totals, and the counts on either side of the article's date."""
    totals = table[(table["series"] == "total") & (table["report"] == "airwars")].sort_values("as_of")
    article = table[(table["series"] == "total") & (table["report"] == "article")].iloc[0]
    earlier, later = totals[totals["as_of"] <= article["as_of"]], totals[totals["as_of"] > article["as_of"]]
    if earlier.empty or later.empty:  # the monthly file's totals are optional: say what the chart lacks
        return loc.t("missing.timeline_alt", article=loc.num(article["strikes"]))
    before, after = earlier.iloc[-1], later.iloc[0]
    first, last = totals.iloc[0], totals.iloc[-1]
    return loc.t(
        "chart.timeline.alt",
        first=_count(loc, first),
        first_date=loc.date(first["as_of"]),
        last=_count(loc, last),
        last_date=loc.date(last["as_of"]),
        article=loc.num(article["strikes"]),
        before=_count(loc, before),
        before_date=loc.date(before["as_of"]),
        after=_count(loc, after),
        after_date=loc.date(after["as_of"]),
    )


def _count(loc: Locale, row: pd.Series) -> str:
    """A count of the timeline with its qualifier, as its table shows it: Airwars' estimated 7,200 is «about 7,200»."""
    if row["qualifier"] == "range" and not pd.isna(row["strikes_high"]):
        return loc.qualified("range", row["strikes_low"], row["strikes_high"])
    return loc.qualified(row["qualifier"], row["strikes"])


def describe_gap(table: pd.DataFrame, loc: Locale) -> str:
    """The differences the gap chart draws, in words: one clause per series."""
    rows = [row for row in table.itertuples() if not pd.isna(row.before_date) and not pd.isna(row.after_date)]
    if not rows:
        return loc.t("chart.gap.missing")
    parts = [
        loc.t(
            "chart.gap.alt_series",
            series=loc.t(f"series.{row.series}"),
            before=_gap(loc, row.before_difference_low, row.before_difference_high, row.before_difference_qualifier),
            after=_gap(loc, row.after_difference_low, row.after_difference_high, row.after_difference_qualifier),
        )
        for row in rows
    ]
    return loc.t(
        "chart.gap.alt",
        before_date=loc.date(rows[0].before_date),
        after_date=loc.date(rows[0].after_date),
        series=loc.t("chart.gap.separator").join(parts),
    )
