"""The figures finder in Chromium at 1366×768: the table's sentence column is on screen, and a mark and its row lead
to each other."""

from __future__ import annotations

import pytest

TEXT = (
    "قال المرصد إن أكثر من 15 ألف مقاتل قتلوا، وسقط ما بين 500 و1800 ضحية مدنية. "
    "ونزح عشرات الآلاف، وبلغ سعر الصرف 3.750 ريال. "
) * 6


@pytest.fixture
def finder_page(browser, server):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{server}/finder?lang=ar")
    box = page.locator("textarea").first
    box.fill(TEXT)
    box.press("Control+Enter")
    expect(page.locator("#finder-row-0")).to_be_attached(timeout=30_000)
    yield page
    page.close()


def test_sentence_column_shows_at_1366(finder_page):
    from playwright.sync_api import expect

    header = finder_page.locator(".finder-table th").nth(4)
    expect(header).to_have_text("الجملة")
    box = header.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 1366 and box["width"] >= 200, box
    scroll = finder_page.locator(".finder-table").evaluate("e => e.scrollWidth - e.clientWidth")
    assert scroll <= 1, "the table scrolls sideways: its last columns are hidden"


def test_mark_and_row_lead_to_each_other(finder_page):
    from playwright.sync_api import expect

    last = finder_page.locator("mark.figure").count() - 1
    assert last >= 20
    finder_page.locator(f"#finder-fig-{last} a").click()
    expect(finder_page.locator(f"#finder-row-{last}")).to_be_in_viewport()
    assert finder_page.evaluate("location.hash") == f"#finder-row-{last}"
    finder_page.locator(f"#finder-row-{last} a").click()
    expect(finder_page.locator(f"#finder-fig-{last}")).to_be_in_viewport()
    assert finder_page.evaluate("location.hash") == f"#finder-fig-{last}"


def test_vague_and_unread_rows_say_so(finder_page):
    from playwright.sync_api import expect

    expect(finder_page.locator("tr.finder-vague").first).to_contain_text("كمية غير محددة")
    expect(finder_page.locator("tr.finder-unread").first).to_contain_text("فاصل ملتبس")
    expect(finder_page.locator("mark.figure-unread").first).to_have_text("3.750")


@pytest.mark.parametrize(
    "lang, line", [("ar", "1 ميغابايت للملف الواحد · TXT، MD، CSV"), ("en", "1 MB per file · TXT, MD, CSV")]
)
def test_uploader_limit_line_in_the_readers_language(browser, server, lang, line):
    """Streamlit's «1MB per file · TXT, MD, CSV» rebuilt by ui/document.js in the reader's words and commas."""
    from playwright.sync_api import expect

    from airwars.text import strip_isolates

    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{server}/finder?lang={lang}")
    limit = page.locator(".st-key-finder-file section > div:last-child span").first
    expect(limit).to_contain_text("per file" if lang == "en" else "ميغابايت", timeout=30_000)
    expect(limit).not_to_contain_text("Limit")  # Streamlit's own wording, replaced
    assert strip_isolates(limit.inner_text()) == line
    page.close()
