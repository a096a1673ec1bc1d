"""Streamlit glue: the app shell and the blocks that pages arrange. All logic lives in airwars/."""
