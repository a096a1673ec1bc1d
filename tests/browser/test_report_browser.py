"""The static report opened from disk in Chromium: charts drawn, direction right, no network."""

from __future__ import annotations

import pytest

from airwars import report
from tools.browser import REPORT_DRAWN


@pytest.mark.parametrize("lang, direction", [("ar", "rtl"), ("en", "ltr")])
def test_report_opens_from_disk(browser, tmp_path, lang, direction):
    path = report.export(tmp_path / f"report-{lang}.html", lang=lang)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function(REPORT_DRAWN, timeout=30_000)
    assert page.evaluate("() => getComputedStyle(document.body).direction") == direction
    # The bundled font, loaded from the file itself (a wait: fonts load after the charts may have drawn).
    page.wait_for_function(
        "() => [...document.fonts].some(f => f.family.includes('Noto Sans Arabic') && f.status === 'loaded')",
        timeout=30_000,
    )
    assert errors == []
    assert all(url.startswith(("file://", "data:", "blob:")) for url in requests), requests
    page.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_report_on_a_phone(browser, tmp_path, lang):
    """At 390 px: no sideways scroll, every chart inside the screen, every source address a link."""
    path = report.export(tmp_path / f"report-{lang}.html", lang=lang)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(path.as_uri())
    page.wait_for_function(REPORT_DRAWN, timeout=30_000)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    # And element by element (a box clipped by its section would not widen the page): outside a scroll box or a drawing,
    # everything lies inside the screen.
    overflowing = page.evaluate("""() => [...document.querySelectorAll('main > section, footer')].filter(s =>
        [...s.querySelectorAll('*')].some(e => { const r = e.getBoundingClientRect();
          return r.width && (r.left < -1 || r.right > innerWidth + 1) && !e.closest('.aw-scroll, svg'); })).map(s => s.id)""")
    assert overflowing == []
    widths = page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].map(e => e.getBoundingClientRect().right - e.getBoundingClientRect().left)"
    )
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


# Each word of the visible text (an address aside) whose pieces sit on more than one line: a word broken inside.
BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    const element = node.parentElement;
    if (!element || element.closest('a, svg, script, style, textarea, .chart') || !element.getClientRects().length) continue;
    for (const match of node.textContent.matchAll(/[^\\s\\u2066-\\u2069]+/g)) {
      if (match[0].includes('/')) continue;  // an address may break anywhere
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      if (rects.some(a => rects.some(b => b.top >= a.bottom - 2))) broken.push(match[0]);
    }
  }
  return broken;
}"""
REPORT_TABLES = """() => [...document.querySelectorAll('.aw-table')].filter(t => t.getClientRects().length).map(table => {
  const box = table.closest('.aw-scroll'), cells = [...table.querySelectorAll('td')];
  return {
    sideways: box.scrollWidth > box.clientWidth + 1,
    cards: cells.every(td => getComputedStyle(td).display === 'block'),
    labelled: cells.every(td => getComputedStyle(td, '::before').content.includes(td.dataset.label)),
    cells: cells.length,
  };
})"""


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_report_tables_on_a_phone_are_cards_with_words_whole(browser, tmp_path, lang):
    """At 390 px the report's tables are label/value cards, as the pages' are, and no word breaks inside
    («المجمو/ع», «100.0/%»); at 1366 px no word breaks either."""
    path = report.export(tmp_path / f"report-{lang}.html", lang=lang)
    for width, height in ((390, 844), (1366, 768)):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(path.as_uri())
        page.wait_for_function(REPORT_DRAWN, timeout=30_000)
        page.evaluate("() => document.fonts.ready")
        tables, broken = page.evaluate(REPORT_TABLES), page.evaluate(BROKEN_WORDS)
        page.close()
        assert broken == [], f"words broken inside at {width} px"
        if width == 390:
            assert tables and all(t["cells"] for t in tables)
            for table in tables:
                assert table["cards"] and table["labelled"], "each row a card of label: value lines"
                assert not table["sideways"], "no table scrolls sideways on a phone"


# Each chart drawn at export: the gap, in the drawing's own units, between the bottom of the labels under its axis and
# the top of the notes under them (the notes are the annotations below the plot).
BANDS = """() => [...document.querySelectorAll('figure.chart-block')].map(figure => {
  const svg = figure.querySelector('svg.aw-chart-svg'), box = svg.getBoundingClientRect();
  const k = box.height / svg.viewBox.baseVal.height;
  const ticks = Math.max(...[...svg.querySelectorAll('.xaxislayer-above text')].map(t => t.getBoundingClientRect().bottom));
  const notes = [...svg.querySelectorAll('.annotation')].map(a => a.getBoundingClientRect().top).filter(top => top > ticks - 2);
  return [figure.querySelector('.chart').id, Math.round((Math.min(...notes) - ticks) / k)];
})"""


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_charts_drawn_at_export_have_no_blank_band(browser, tmp_path, lang):
    """The dashboard's chart element closes the band its layout's estimate leaves between the axis labels and the notes
    (the timeline's dates, reckoned upright for a phone, left 110 px at export); the charts drawn at export close it the
    same way, from the same script (airwars/figure.js)."""
    path = report.export(tmp_path / f"report-{lang}.html", lang=lang)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(path.as_uri())
    page.evaluate("() => document.fonts.ready.then(() => true)")
    gaps = dict(page.evaluate(BANDS))
    context.close()
    assert len(gaps) >= 4 and all(0 <= gap <= 20 for gap in gaps.values()), gaps
