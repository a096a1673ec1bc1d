"""Monthly context: the article's snapshot among Airwars' own cumulative counts."""

from ui import view

view.draw_page("context")
