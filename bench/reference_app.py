"""The floor to compare with: plain Streamlit, plotly express defaults, no styling, no caching.

Same figures and same pages as the dashboard (headline numbers, then one chart per page, and all
three charts on one page for the static report's comparison), read from the same CSV file.
"""

from pathlib import Path

import pandas as pd
import plotly.express as px
import streamlit as st

DATA = Path(__file__).resolve().parent.parent / "data" / "figures.csv"


def figures() -> pd.DataFrame:
    return pd.read_csv(DATA, encoding="utf-8-sig").set_index("id")


def language() -> str:
    return st.sidebar.radio("Language", ["ar", "en"], key="lang")


def home() -> None:
    table = figures()
    st.title("Overview" if language() == "en" else "نظرة عامة")
    for column, figure_id in zip(st.columns(5), table.index):
        column.metric(figure_id, table.at[figure_id, "value"])


def strikes_chart():
    table = figures()
    total, iraq = table.at["strikes_total", "value"], table.at["strikes_iraq", "value"]
    frame = pd.DataFrame({"country": ["Iraq", "Syria"], "strikes": [iraq, total - iraq]})
    return px.bar(frame, x="country", y="strikes", title="Strikes by country")


def us_share_chart():
    share = figures().at["us_share_iraq", "value"]
    frame = pd.DataFrame({"partner": ["United States", "Others"], "share": [share, 100 - share]})
    return px.bar(frame, x="partner", y="share", title="US share of the strikes in Iraq")


def casualties_chart():
    table = figures()
    frame = pd.DataFrame(
        {
            "group": ["Civilians", "Civilians", "Fighters"],
            "deaths": [
                table.at["civilian_deaths", "value"],
                table.at["civilian_deaths", "value_max"],
                table.at["fighters_killed_claimed", "value"],
            ],
        }
    )
    return px.scatter(frame, x="group", y="deaths", log_y=True, title="Reported deaths")


def page_for(chart):
    def page() -> None:
        st.title(f"{chart.__name__} ({language()})")
        st.plotly_chart(chart())

    page.__name__ = chart.__name__.removesuffix("_chart")  # the page's title in the navigation
    return page


def all_charts() -> None:
    language()
    st.title("All charts")
    for chart in (strikes_chart, us_share_chart, casualties_chart):
        st.plotly_chart(chart())


st.navigation(
    [
        st.Page(home, url_path="overview", default=True),
        st.Page(page_for(strikes_chart), url_path="strikes"),
        st.Page(page_for(us_share_chart), url_path="us_share"),
        st.Page(page_for(casualties_chart), url_path="casualties"),
        st.Page(all_charts, url_path="all"),
    ]
).run()
