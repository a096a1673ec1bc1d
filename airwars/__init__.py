"""Airwars figures on the coalition's first year of air strikes: data, tables, figures, Arabic text.

This package never imports streamlit, so all of it can be tested without a server.
"""
