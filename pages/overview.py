"""Overview: the headline numbers, each with its qualifier and who claims it."""

from ui import view

page = view.start("overview")
view.headline_cards(page)
view.presenter_controls(page)
