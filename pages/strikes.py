"""Strike distribution: Iraq and Syria, Syria derived from the total."""

from ui import view

page = view.start("strikes")
view.chart_block(page, "strike_distribution")
view.method_notes(page, ("syria", "rounding"))
view.presenter_controls(page)
