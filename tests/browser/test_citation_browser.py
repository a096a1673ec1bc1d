"""Cite this page, as a reader copies it: with AIRWARS_PUBLIC_URL, the published address of this page in this language and
these digits; without, the copy says it runs locally and cites its sources, never the server's own address."""

from __future__ import annotations

import pytest

from airwars.citation import PUBLIC_URL_SETTING
from airwars.i18n import Locale
from tests.browser.test_browser import open_page
from tools.browser import serve

PUBLISHED = "https://example.org/airwars/"
LRI, PDI = "\u2066", "\u2069"
CITATION = "() => document.querySelector('.aw-citation').textContent"


@pytest.fixture(scope="module")
def published_server(chromium_path):
    """One more server for this module, told where the dashboard is published."""
    with serve(env={PUBLIC_URL_SETTING: PUBLISHED}) as running:
        yield running.url


@pytest.mark.parametrize(
    "query, lang, address",
    [
        ("?lang=en&digits=arabic", "en", f"{PUBLISHED}strikes?lang=en&digits=arabic"),
        ("", "ar", f"{LRI}{PUBLISHED}strikes{PDI}"),
    ],
)
def test_citation_gives_the_published_address_of_the_view(browser, published_server, query, lang, address):
    visit = open_page(browser, published_server, "strikes", 1, query)
    text = visit.js(CITATION)
    visit.page.context.close()
    assert address in text
    assert Locale(lang).t("cite.local") not in text and "127.0.0.1" not in text


@pytest.mark.parametrize("query, lang", [("", "ar"), ("?lang=en", "en")])
def test_without_the_setting_the_citation_cites_the_sources_not_the_local_server(browser, server, query, lang):
    visit = open_page(browser, server, "context", 1, query)
    text = visit.js(CITATION)
    visit.page.context.close()
    assert Locale(lang).t("cite.local") in text
    assert "127.0.0.1" not in text and "localhost" not in text
    assert (
        f"{LRI}https://airwars.org/tag/sn4hr/{PDI}" in text
        if lang == "ar"
        else "https://airwars.org/tag/sn4hr/" in text
    )
