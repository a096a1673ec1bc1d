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


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_report_without_javascript_shows_every_chart(browser, tmp_path, lang):
    """Scripts off (a mail client, a locked-down machine): every chart is there, drawn at export, with its marks and title."""
    from airwars import layout

    path = report.export(tmp_path / f"report-{lang}.html", lang=lang)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(path.as_uri())
    drawn = page.evaluate("""() => [...document.querySelectorAll('figure.chart-block')].map(f => {
        const svg = f.querySelector('svg.aw-chart-svg');
        const box = svg?.getBoundingClientRect();
        return {marks: svg ? svg.querySelectorAll('path, rect').length : 0, width: box?.width || 0, height: box?.height || 0,
                text: svg?.textContent || '', live: f.querySelectorAll('.js-plotly-plot').length};
    })""")
    assert len(drawn) == len(layout.CHARTS)
    for chart in drawn:
        assert chart["marks"] >= 5 and chart["width"] > 600 and chart["height"] > 300 and chart["live"] == 0, chart
        assert chart["text"].strip()
    assert page.evaluate("() => document.querySelectorAll('.aw-chart-missing').length") == 0
    context.close()
