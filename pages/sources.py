"""Sources and method: every figure with its quote, every derived value with its formula."""

from ui import view

view.draw_page("sources")
