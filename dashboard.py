"""Entry point: lists the dashboard's pages, in the order airwars/layout.py gives them. Each page in pages/ draws itself."""

import streamlit as st

from airwars.layout import PAGES
from ui import shell

loc = shell.start()
page = st.navigation(
    [
        st.Page(page.script, title=loc.t(f"nav.{page.key}"), url_path=page.key, default=index == 0)
        for index, page in enumerate(PAGES)
    ]
)
shell.document(loc, page.url_path)  # the page's tab title, <html lang dir>, Streamlit's text relabelled
page.run()
