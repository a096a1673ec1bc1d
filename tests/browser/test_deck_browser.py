"""The presenter's deck (`python -m airwars deck`): a real PDF per language, made once, read back with poppler; and its
HTML measured in Chromium for the sizes of its text."""

from __future__ import annotations

import subprocess
import sys

import pytest

from airwars import data, deck, layout, story, tables
from airwars.i18n import Locale
from tests.browser.pdf_text import found_on, pages

LANGS = ("ar", "en")


@pytest.fixture(scope="module")
def dataset_tables():
    ds = data.load(data.DEFAULT_DATA_DIR)
    return ds, tables.build_tables(ds)


@pytest.fixture(scope="module")
def decks(chromium_path, tmp_path_factory) -> dict:
    """The deck of each language, written by the command a presenter runs."""
    folder, made = tmp_path_factory.mktemp("deck"), {}
    for lang in LANGS:
        made[lang] = folder / f"deck-{lang}.pdf"
        done = subprocess.run(
            [sys.executable, "-m", "airwars", "deck", str(made[lang]), "--lang", lang],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert done.returncode == 0 and str(made[lang]) in done.stdout  # the line is in the deck's language
    return made


@pytest.mark.parametrize("lang", LANGS)
def test_one_16_9_page_per_step_with_its_title_chart_note_and_sources(decks, dataset_tables, lang):
    ds, built = dataset_tables
    loc = Locale(lang)
    sheets = pages(decks[lang])
    assert len(sheets) == len(layout.STORY)
    assert all(abs(p.width / p.height - 16 / 9) < 0.01 for p in sheets)
    facts = story.facts(ds, built, loc)
    for number, key in enumerate(layout.STORY):
        assert number in found_on(sheets, loc.t(f"title.{key}")), key
        for block in layout.PAGE_BY_KEY[key].blocks:
            if block.kind == "chart" and block.shows(True):
                content = story.block_content(block, ds, built, loc, True, facts)
                assert found_on(sheets, content["description"]) == [number], (key, "key note")
                for line in content["sources"]:
                    assert number in found_on(sheets, line, length=16), (key, line)
                # The chart itself: its title is drawn on the page with it.
                title = content["chart"].build(content["data"], loc, "", 1).layout.title.text
                # Its first letters: the drawn chart wraps the title at its own width, not at the figure's breaks.
                assert number in found_on(sheets, title.split("<br>")[0].replace("<b>", ""), length=12), (key, "chart")


def test_fonts_are_embedded(decks):
    for lang in LANGS:
        listing = subprocess.run(["pdffonts", str(decks[lang])], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), listing  # the "emb" column
        assert any("NotoSansArabic" in row for row in rows)


@pytest.mark.parametrize("lang", LANGS)
def test_text_sized_for_a_room(browser, dataset_tables, lang):
    """On the deck's own pages: each title at least 1/25 of the page's height, no text under 1/50, charts' text included."""
    ds, built = dataset_tables
    page = browser.new_page(viewport={"width": deck.PAGE_WIDTH, "height": deck.PAGE_HEIGHT})
    page.set_content(deck.render(ds, built, Locale(lang)))
    page.emulate_media(media="print")
    page.evaluate("() => document.fonts.ready.then(() => true)")  # sizes and overflow are the glyphs'
    sizes = page.evaluate("""() => {
      const shown = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode, element = node.parentElement;
        if (!node.textContent.trim() || !element.getClientRects().length) continue;
        const svg = element.closest('svg');
        // An SVG drawn at one size and shown at another: its text scales with it.
        const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        shown.push([element.tagName, parseFloat(getComputedStyle(element).fontSize) * scale, node.textContent.trim()]);
      }
      return shown;
    }""")
    titles = [size for tag, size, _ in sizes if tag == "H1"]
    assert len(titles) == len(layout.STORY) and min(titles) >= deck.PAGE_HEIGHT / 25
    smallest = min(sizes, key=lambda s: s[1])
    assert smallest[1] >= deck.PAGE_HEIGHT / 50, smallest
    assert any(tag in ("text", "tspan") for tag, _, _ in sizes)  # the charts' own text was measured too
    # Nothing runs off a page: every slide's content inside its 1600 × 900 box.
    overflow = page.evaluate(
        "() => [...document.querySelectorAll('.slide')].filter(s => s.scrollHeight > s.clientHeight + 1).map(s => s.id)"
    )
    assert overflow == []
    page.close()


def test_arabic_digits(dataset_tables, chromium_path):
    ds, built = dataset_tables
    html = deck.render(ds, built, Locale("ar", "arabic"))
    assert "٧٠٥٨" in html and "7058" not in html.split("<body>")[1].split("<svg")[0]


def test_without_chromium_a_clear_message(monkeypatch, tmp_path, dataset_tables):
    from airwars import __main__ as cli
    from airwars import drawing

    monkeypatch.setattr(drawing, "chromium", lambda: None)
    with pytest.raises(deck.DeckError):
        deck.pdf(*dataset_tables, Locale("en"))
    assert cli.main(["deck", str(tmp_path / "deck.pdf"), "--lang", "en"]) == 1
    assert not (tmp_path / "deck.pdf").exists()
