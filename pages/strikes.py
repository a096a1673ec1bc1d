"""Strike distribution: Iraq and Syria, Syria derived from the total."""

from ui import view

view.draw_page("strikes")
