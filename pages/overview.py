"""Overview: the headline numbers, each with its qualifier and who claims it."""

from ui import view

view.draw_page("overview")
