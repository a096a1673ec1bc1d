"""Benchmarks: the dashboard against plain Streamlit drawing the same charts (`make bench`)."""
