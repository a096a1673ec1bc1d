"""airwars.story: headline cards, display tables and source lines in the reader's language."""

from __future__ import annotations

import re

import pytest

from airwars import story
from airwars.i18n import Locale
from airwars.text import strip_isolates


@pytest.mark.parametrize(
    "key, value, caption",
    [
        ("strikes_total", "نحو 7058", "الجزيرة نت نقلاً عن إير وور"),
        ("strikes_iraq", "4564", "الجزيرة نت نقلاً عن إير وور"),
        ("strikes_syria", "نحو 2494", "محسوبة: إجمالي الضربات − الضربات في العراق"),
        ("us_share_iraq", "70%", "الجزيرة نت نقلاً عن إير وور"),
        ("civilian_deaths", "ما بين 500 و1800", "الجزيرة نت نقلاً عن إير وور"),
        ("fighters_killed_claimed", "أكثر من 15 ألفاً", "ادعاء التحالف كما نقلته الجزيرة نت"),
    ],
)
def test_cards_keep_qualifiers_and_claimants(dataset, built, key, value, caption):
    card = next(c for c in story.cards(dataset, built, Locale("ar")) if c.key == key)
    assert strip_isolates(card.value) == value
    assert card.caption == caption
    assert card.derived is (key == "strikes_syria")


def test_card_quotes_are_the_articles_sentences(dataset, built):
    for card in story.cards(dataset, built, Locale("ar")):
        if not card.derived:
            assert card.quote == dataset.figures.at[card.key, "quote"]


@pytest.mark.parametrize("name", ["strikes_by_country", "us_share_iraq", "casualty_ranges", "derived_values"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_display_tables(built, name, lang):
    shown = story.display_table(name, built[name], Locale(lang))
    assert len(shown) == len(built[name])
    assert all(isinstance(c, str) for c in shown.columns)


def test_derived_formulas_are_isolated_in_arabic(built):
    shown = story.display_table("derived_values", built["derived_values"], Locale("ar"))
    calculation = shown["الحساب"].iloc[0]
    assert calculation.startswith("\u2066") and calculation.endswith("\u2069")
    assert strip_isolates(calculation) == "7058 − 4564 = 2494"


def test_open_ended_claim_shows_no_upper_bound(built):
    shown = story.display_table("casualty_ranges", built["casualty_ranges"], Locale("ar"))
    assert shown["الحد الأعلى"].tolist()[1] == "مفتوح"


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("ar", "المصدر: الجزيرة نت، 29 سبتمبر/أيلول 2015، نقلاً عن"),
        ("en", "Source: Al Jazeera Net, 29 September 2015, citing"),
    ],
)
def test_source_line(dataset, lang, expected):
    assert strip_isolates(story.source_line(dataset, Locale(lang), "aljazeera_2015_09_29")).startswith(expected)


def test_figures_table_lists_every_figure_with_its_quote(dataset):
    shown = story.figures_table(dataset, Locale("ar"))
    assert len(shown) == len(dataset.figures)
    assert shown["من يقول"].tolist().count("التحالف الدولي (بحسب ادعائه)") == 1


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_facts_fill_every_placeholder(dataset, built, lang):
    """Every intro and method text can be filled from the facts."""
    from airwars.i18n import load_labels

    loc = Locale(lang)
    facts = story.facts(dataset, built, loc)
    for section in ("intro", "method"):
        for key in load_labels(lang)[section]:
            assert "{" not in loc.t(f"{section}.{key}", **facts)


def latin_commas(text: str, dataset) -> list[str]:
    """Latin commas between digits in Arabic text, once the English originals of Airwars' sentences, source titles
    and addresses (which keep their own commas) are taken out."""

    text = strip_isolates(text)
    for quoted in sorted(
        [*dataset.monthly["quote"], *dataset.sources["title"], *dataset.sources["url"], *dataset.monthly["quote_url"]],
        key=len,
        reverse=True,
    ):
        if quoted:
            text = text.replace(quoted, " ")
    return re.findall(r"\d,\d", text)


def test_no_latin_comma_between_digits_in_arabic_story(dataset, built):
    """Every Arabic text the story builds (notes, method notes, tables, cards, quotes) writes numbers as the article:
    7058 and 1800, 15٬000, never 7,058 beside the Arabic comma."""
    from airwars import layout
    from airwars.i18n import Locale

    for digits in ("western", "arabic"):
        loc = Locale("ar", digits)
        facts = story.facts(dataset, built, loc)
        parts = list(facts.values())
        for page in layout.PAGES:
            if not page.story:
                continue
            parts += [loc.t(f"method.{note}", **facts) for note in page.notes]
            for block in page.blocks:
                content = story.block_content(block, dataset, built, loc, False, facts)
                parts += [
                    content.get("text", ""),
                    content.get("note", ""),
                    *content.get("lines", []),
                    *content.get("sources", []),
                ]
                if "table" in content:
                    parts.append(content["table"].to_string())
                parts += [f"{c.value} {c.caption}" for c in content.get("cards", [])]
        assert latin_commas(" ".join(map(str, parts)), dataset) == []


def test_the_latin_comma_check_catches_one(dataset):
    assert latin_commas("نحو 7,058 ضربة", dataset) == ["7,0"]


@pytest.mark.parametrize(
    "lang, iraq, syria",
    [("ar", "ما بين 4027 و4093", "ما بين 2456 و2521"), ("en", "between 4,027 and 4,093", "between 2,456 and 2,521")],
)
def test_a_range_count_reads_both_bounds(built, lang, iraq, syria):
    """The 31 August 2015 counts rest on a rounded 62%: the table reads the range, not its midpoint and a bare «و»."""
    shown = story.display_table("monthly_counts", built["monthly_counts"], Locale(lang))
    cells = [strip_isolates(c) for c in shown.iloc[:, 2]]
    assert iraq in cells and syria in cells


def test_each_formula_of_a_range_is_isolated_in_arabic(built):
    """«61.5 ÷ 100 × 6548 … 62.5 ÷ 100 × 6548»: each formula its own left-to-right run, the two not mirrored."""
    shown = story.display_table("monthly_counts", built["monthly_counts"], Locale("ar"))
    cell = next(c for c in shown.iloc[:, 3] if "…" in c)
    inside = cell[cell.index("(") + 1 : cell.rindex(")")]
    parts = inside.split(" … ")
    assert len(parts) == 2
    assert all(p.startswith("\u2066") and p.endswith("\u2069") for p in parts)


def test_a_latin_name_in_an_arabic_source_line_is_isolated(dataset):
    """«إير وور (عبر Vermont Independent)»: the Latin run isolated, so its closing bracket stays at the end."""
    line = story.source_line(dataset, Locale("ar"), "airwars_2016_08_08")
    assert "(عبر \u2066Vermont Independent\u2069)" in line
    assert "إير وور" in line  # the glossary's spelling


def test_isolate_latin_keeps_arabic_and_brackets_outside():
    from airwars.text import isolate_latin

    assert isolate_latin("ملخص (منشور أصلاً على airwars.org)") == "ملخص (منشور أصلاً على \u2066airwars.org\u2069)"
    assert isolate_latin("إير وور") == "إير وور"


@pytest.mark.parametrize(
    "lang, description",
    [
        ("ar", "موجز إير وور البحثي عن مايو/أيار 2015 (بلا عنوان)"),
        ("en", "Airwars' research brief on May 2015 (untitled)"),
    ],
)
def test_a_source_without_a_title_is_described_not_quoted(dataset, lang, description):
    """A title is the source's words: where the page shows none, the line gives our description, unquoted."""
    loc = Locale(lang)
    line = strip_isolates(story.source_line(dataset, loc, "airwars_2015_06"))
    assert description in line
    assert "«" not in line and '"' not in line and "listing we read" not in line
    assert description in [strip_isolates(t) for t in story.sources_table(dataset, loc).iloc[:, 1]]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_overview_says_no_more_than_the_article(dataset, built, lang):
    """The article's 7058 strikes are all of them; only the 4564 in Iraq are said to target the group's positions."""
    loc = Locale(lang)
    text = strip_isolates(story.fill(loc, "intro.overview", story.facts(dataset, built, loc)))
    if lang == "ar":
        assert "نحو 7058 ضربة جوية، منها 4564 استهدفت مواقع تنظيم الدولة في العراق وحده" in text
        assert "5977 ضربة" in text and "من الضربات" not in text
    else:
        assert "about 7,058 air strikes, 4,564 of them on Islamic State positions in Iraq alone" in text


def test_english_gives_no_translation_of_the_article_in_quotation_marks():
    """The article is Arabic: its «70%» sentence in English is the dashboard's translation, said so, never quoted."""
    labels = Locale("en").labels
    for key in ("intro.us_share", "method.us_share", "note.us_share_reading"):
        assert '"carried out' not in labels[key] and "the dashboard's translation" in labels[key], key


@pytest.mark.parametrize("name", ["monthly_counts", "timeline"])
@pytest.mark.parametrize("lang, computed", [("en", "computed by the dashboard"), ("ar", "حسبتها اللوحة")])
def test_a_computed_point_is_the_dashboards_in_its_source_cell(built, name, lang, computed):
    """«between 4,027 and 4,093 — Source: Airwars» credited Airwars with the dashboard's arithmetic on its rounded 62%
    (and the article with the Syria count it never gave): a computed row names the dashboard beside the report its
    figures come from, which the cell still links to; a reported row names its report alone."""
    table = built[name]
    shown = story.display_table(name, table, Locale(lang))
    source = shown.columns[-1]
    for derived, url, cell in zip(table["derived"], table["url"], shown[source], strict=True):
        assert (computed in strip_isolates(str(cell))) == bool(derived), (derived, str(cell))
        assert isinstance(cell, story.Link) == bool(url), "the cell still links to the report its figures come from"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_figures_table_has_its_source_line(dataset, built, lang):
    """Every table has a source line: the table of the article's figures had none under it (each row named only
    "Al Jazeera Net"), on the sources page and in the report. When presenting, the step's own lines name it."""
    from airwars.layout import PAGE_BY_KEY

    loc = Locale(lang)
    block = next(b for b in PAGE_BY_KEY["sources"].blocks if b.kind == "figures")
    reading = story.block_content(block, dataset, built, loc, False, {})
    assert reading["sources"] == [story.source_line(dataset, loc, "aljazeera_2015_09_29")]
    assert not story.block_content(block, dataset, built, loc, True, {}).get("sources")
