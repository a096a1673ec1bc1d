"""The floor for a chart page: plain Streamlit drawing the dashboard's own chart, alone on one page.

No navigation, no sidebar, no title, no styling: `/?chart=strikes` draws the same figure the
dashboard's strikes page draws (same description, builder, language, width), so the ratio
dashboard / this page is what the page around the chart costs, against the way plain Streamlit draws a
chart (st.plotly_chart, which loads the full plotly.js; the dashboard draws with plotly.js basic, ui/chart.js).
The figure is cached as the dashboard caches its own, so both servers spend the same on building it.
"""

import plotly.graph_objects as go
import streamlit as st

from airwars import data, tables
from airwars.i18n import Locale
from airwars.layout import CHARTS

# The dashboard's chart pages and the chart each draws.
CHART_PAGES = {
    "strikes": "strike_distribution",
    "us_share": "us_share",
    "casualties": "casualties",
    "context": "timeline",
}


@st.cache_data(show_spinner=False)
def figure(name: str, lang: str) -> go.Figure:
    """The dashboard's chart, built as its pages build it (reading mode, Western digits)."""
    spec = CHARTS[name]
    return spec.build(tables.build_tables(data.load())[spec.table], Locale(lang), "", 1)


st.set_page_config(layout="wide")  # the dashboard's width, so the chart is drawn at the same size
page = st.query_params.get("chart", "strikes")
st.plotly_chart(figure(CHART_PAGES.get(page, "strike_distribution"), st.query_params.get("lang", "ar")))
