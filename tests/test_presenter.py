"""Presenter mode, deep links, language and digits: every page in every combination runs."""

from __future__ import annotations

import itertools

import pytest

from airwars.i18n import Locale
from airwars.text import strip_isolates
from tests.test_pages import PAGES, charts_drawn, open_page

COMBINATIONS = list(itertools.product(PAGES, ["ar", "en"], ["western", "arabic"], ["0", "1"]))


@pytest.mark.parametrize("path, lang, digits, present", list(COMBINATIONS))
def test_every_combination_runs(path, lang, digits, present):
    key, charts = PAGES[path]
    app = open_page(path, lang=lang, digits=digits, present=present)
    assert not app.exception, app.exception
    assert strip_isolates(app.title[0].value) == Locale(lang, digits).t(f"title.{key}")
    # A presenter's step draws one chart (layout: the monthly page's gap chart is for reading).
    assert len(charts_drawn(app)) == (min(charts, 1) if present == "1" else charts)
    assert app.session_state["present"] is (present == "1")


@pytest.mark.parametrize("path", list(PAGES))
def test_presenter_view_has_controls_and_no_extras(path):
    app = open_page(path, present="1")
    labels = [b.label for b in app.button]
    assert {"السابق", "التالي", "الخروج من وضع العرض"} <= set(labels)
    # Of the downloads only the deck, in the sidebar: the rest belong to the reading view.
    assert [b.proto.label for b in app.get("download_button")] == ["تنزيل العرض (PDF)"]
    assert [b.proto.label for b in app.sidebar.get("download_button")] == ["تنزيل العرض (PDF)"]
    assert not app.get("code"), "the link box is hidden while presenting"
    assert any('class="aw-source"' in h.proto.body for h in app.get("html")), "a source line on every view"


def test_first_and_last_steps_disable_their_edge():
    first = open_page("pages/overview.py", present="1")
    last = open_page("pages/sources.py", present="1")
    assert next(b for b in first.button if b.label == "السابق").disabled
    assert next(b for b in last.button if b.label == "التالي").disabled


def test_leaving_presenter_mode():
    app = open_page("pages/casualties.py", present="1")
    next(b for b in app.button if b.label == "الخروج من وضع العرض").click().run()
    assert app.session_state["present"] is False
    assert "present" not in app.query_params
    assert app.get("download_button")


def test_link_to_this_view_carries_the_choices():
    app = open_page("pages/us_share.py", lang="en", digits="arabic")
    link = app.get("code")[0].value
    assert link.endswith("/us_share?lang=en&digits=arabic")


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "1; DROP TABLE", "\x00", "x" * 10_000])
def test_hostile_values_are_never_echoed(value):
    app = open_page("pages/strikes.py", lang=value, digits=value, present=value)
    assert not app.exception
    shown = " ".join(str(getattr(e, "value", "")) for e in app.main) + app.get("code")[0].value
    assert "alert(1)" not in shown and "DROP" not in shown  # our own document script is there; the value is not
    assert app.get("code")[0].value.endswith("/strikes")


def test_choices_reach_the_url():
    app = open_page("pages/strikes.py")
    app.radio[0].set_value("en").run()
    app.radio[1].set_value("arabic").run()
    assert app.query_params["lang"] in ("en", ["en"])
    assert app.query_params["digits"] in ("arabic", ["arabic"])
