"""Entry point: lists the dashboard's pages. Each page in pages/ arranges itself."""

import streamlit as st

from ui import shell

loc = shell.start()
page = st.navigation(
    [
        st.Page("pages/overview.py", title=loc.t("nav.overview"), url_path="overview", default=True),
        st.Page("pages/strikes.py", title=loc.t("nav.strikes"), url_path="strikes"),
        st.Page("pages/us_share.py", title=loc.t("nav.us_share"), url_path="us_share"),
        st.Page("pages/casualties.py", title=loc.t("nav.casualties"), url_path="casualties"),
        st.Page("pages/context.py", title=loc.t("nav.context"), url_path="context"),
        st.Page("pages/sources.py", title=loc.t("nav.sources"), url_path="sources"),
        st.Page("pages/finder.py", title=loc.t("nav.finder"), url_path="finder"),
    ]
)
shell.document(loc, page.url_path)  # the page's tab title, <html lang dir>, Streamlit's text relabelled
page.run()
