"""US share: the United States and the other partners in Iraq."""

from ui import view

view.draw_page("us_share")
