"""US share: the United States and the other partners in Iraq."""

from ui import view

page = view.start("us_share")
view.chart_block(page, "us_share")
view.us_share_context(page)
view.method_notes(page, ("us_share", "rounding"))
view.presenter_controls(page)
