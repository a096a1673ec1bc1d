"""Sources and method: every figure with its quote, every derived value with its formula."""

from ui import view

page = view.start("sources")
view.sources_and_method(page)
view.method_notes(page, ("period", "us_share", "syria", "claims", "rounding", "scale"))
view.presenter_controls(page)
