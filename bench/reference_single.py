"""The floor for a chart page: plain Streamlit drawing the dashboard's own chart, alone on one page.

No navigation, no sidebar, no title, no styling: `/?chart=strikes` draws the same figure the
dashboard's strikes page draws (same builder, language, source line, width), so the ratio
dashboard / this page is what the page around the chart costs. The figure is cached as the
dashboard caches its own, so both servers spend the same on building it.
"""

import plotly.graph_objects as go
import streamlit as st

from airwars import charts, data, story, tables
from airwars.i18n import Locale

# The dashboard's chart pages and the chart each draws.
CHART_PAGES = {"strikes": "strike_distribution", "us_share": "us_share", "casualties": "casualties", "context": "timeline"}


@st.cache_data(show_spinner=False)
def figure(name: str, lang: str) -> go.Figure:
    """The dashboard's chart, built as its pages build it (reading mode, Western digits)."""
    dataset = data.load()
    loc = Locale(lang)
    source = "<br>".join(story.chart_sources(dataset, name, loc, short=True))
    return charts.build(name, tables.build_tables(dataset)[charts.CHART_TABLES[name]], loc, source)


st.set_page_config(layout="wide")  # the dashboard's width, so the chart is drawn at the same size
page = st.query_params.get("chart", "strikes")
st.plotly_chart(figure(CHART_PAGES.get(page, "strike_distribution"), st.query_params.get("lang", "ar")))
