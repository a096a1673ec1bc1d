"""The floor for the static report's first view: plain Streamlit's empty page, one title and nothing else."""

import streamlit as st

st.title("Empty")
