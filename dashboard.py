"""Entry point: lists the dashboard's pages, in the order airwars/layout.py gives them. Each page in pages/ draws itself."""

import streamlit as st

from airwars.layout import PAGES
from ui import shell

loc = shell.start()
st.navigation(
    [
        st.Page(page.script, title=loc.t(f"nav.{page.key}"), url_path=page.key, default=index == 0)
        for index, page in enumerate(PAGES)
    ]
).run()
