"""Casualties: the civilian range beside the coalition's open-ended claim."""

from ui import view

page = view.start("casualties")
view.chart_block(page, "casualties")
view.method_notes(page, ("claims", "scale"))
view.presenter_controls(page)
