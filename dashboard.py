"""Entry point: lists the dashboard's pages, in the order airwars/layout.py gives them. Each page in pages/ draws itself
and the shell around it (ui/shell.start): its sidebar holds our own navigation, so Streamlit's is hidden."""

import streamlit as st

from airwars.layout import PAGES

page = st.navigation(
    [st.Page(page.script, url_path=page.key, default=index == 0) for index, page in enumerate(PAGES)], position="hidden"
)
page.run()
