"""Casualties: the civilian range beside the coalition's open-ended claim."""

from ui import view

view.draw_page("casualties")
