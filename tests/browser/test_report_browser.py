"""The static report opened from disk in Chromium: charts drawn, direction right, no network."""

from __future__ import annotations

import pytest

from airwars import report


@pytest.mark.parametrize("lang, direction", [("ar", "rtl"), ("en", "ltr")])
def test_report_opens_from_disk(browser, tmp_path, lang, direction):
    path = report.export(tmp_path / f"report-{lang}.html", lang=lang)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 3", timeout=30_000)
    assert page.evaluate("() => getComputedStyle(document.body).direction") == direction
    assert page.evaluate("() => [...document.fonts].some(f => f.family.includes('Noto Sans Arabic') && f.status === 'loaded')")
    assert errors == []
    assert all(url.startswith(("file://", "data:", "blob:")) for url in requests), requests
    page.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_report_on_a_phone(browser, tmp_path, lang):
    """At 390 px: no sideways scroll, every chart inside the screen, every source address a link."""
    path = report.export(tmp_path / f"report-{lang}.html", lang=lang)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(path.as_uri())
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 4", timeout=30_000)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    widths = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot')].map(e => e.getBoundingClientRect().right - e.getBoundingClientRect().left)")
    assert widths and all(w <= 390 for w in widths)
    links = page.evaluate("() => [...document.querySelectorAll('a[rel~=noopener]')].map(a => a.href)")
    assert any("airwars.org" in link for link in links)
    page.close()
