"""Monthly context: the article's snapshot among Airwars' own cumulative counts."""

from ui import view

page = view.start("context")
view.chart_block(page, "timeline")
view.context_tables(page)
view.method_notes(page, ("time_direction", "monthly_period"))
view.presenter_controls(page)
