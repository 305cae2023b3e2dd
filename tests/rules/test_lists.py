"""The lists step (headline lists under a header, tag lists, inline "also read" lines) and the
header-less headline runs after the story."""

from __future__ import annotations

import pytest

from newsclean import Config, Pipeline
from newsclean.rules.lists import ListRules

from .context_helpers import PROSE, category_of, clean, doc, kept_all, rule_of, sample_lines

TITLE = "Harbour bridge reopens after two years of repairs"
HEADLINES = [
    "Fire crews contain wildfire near the northern hills",
    "Local bakery wins national award for sourdough",
    "School district names new superintendent after long search",
    "Why commuters are switching to electric bikes this year",
]


@pytest.mark.parametrize(
    ("header", "rule", "category"),
    [
        ("Related Articles", "related_header", "related_header"),
        ("More from The Harbour Gazette", "related_header", "related_header"),
        ("Read also:", "related_header", "related_header"),
        ("Most Popular", "ranking_header", "ranking_header"),
        ("TRENDING NOW", "ranking_header", "ranking_header"),
        ("Most read this week", "ranking_header", "ranking_header"),
        ("Recommended for you", "recommendation_header", "recommendation_header"),
        ("You might also like", "recommendation_header", "recommendation_header"),
        ("Editor's Picks", "recommendation_header", "recommendation_header"),
        ("You May Also Like", "you_may_also_like_header", "you_may_also_like"),
        ("Lesen Sie auch", "related_header", "related_header"),
        ("À lire aussi", "related_header", "related_header"),
        ("Noticias relacionadas", "related_header", "related_header"),
        ("Lo más leído", "ranking_header", "ranking_header"),
        ("What's Hot 🔥", "ranking_header", "ranking_header"),
        ("👉 Related stories", "related_header", "related_header"),
        ("Lo último", "related_header", "related_header"),
        ("Notre sélection", "recommendation_header", "recommendation_header"),
        ("Auswahl der Redaktion", "recommendation_header", "recommendation_header"),
        ("Te sugerimos", "recommendation_header", "recommendation_header"),
    ],
)
def test_headers_and_unbulleted_items_after_the_story(
    header: str, rule: str, category: str
) -> None:
    a = clean(doc(TITLE, *PROSE, header, *HEADLINES, sep="\n"))
    assert rule_of(a, header) == rule
    assert category_of(a, header) == category
    for h in HEADLINES:
        assert rule_of(a, h) == rule.replace("_header", "_item")
    kept_all(a, PROSE)


def test_a_headline_shaped_like_a_dateline_stays_in_the_list() -> None:
    """ "DEAR ABBY: My husband of 20 years" looks like a dateline but ends like no sentence: an
    item of the list, which goes on after it."""
    items = [HEADLINES[0], "DEAR ABBY: My husband of more than 20 years", *HEADLINES[1:]]
    a = clean(doc(TITLE, *PROSE, "You May Also Like", *items, sep="\n"))
    for h in items:
        assert rule_of(a, h) == "you_may_also_like_item"


def test_a_dateline_paragraph_ends_a_list() -> None:
    dated = "WASHINGTON (AP) — The Senate voted on Tuesday to extend the program for a year."
    a = clean(doc(TITLE, "Related Articles", *HEADLINES[:2], dated, *PROSE, sep="\n"))
    kept_all(a, [dated])


@pytest.mark.parametrize("bullet", ["- ", "• ", "* ", "1. "])
def test_bulleted_items_even_sentences(bullet: str) -> None:
    items = [bullet + h for h in HEADLINES] + [
        bullet + "The mayor says the new stadium will pay for itself. Critics are not so sure."
    ]
    a = clean(doc(TITLE, *PROSE, "Related Posts", *items))
    for it in items:
        assert rule_of(a, it) == "related_item"


def test_header_without_items_after_the_story() -> None:
    a = clean(doc(TITLE, *PROSE, "Recommended Stories", "Leave a comment"))
    assert rule_of(a, "Recommended Stories") == "recommendation_header"


def test_several_lists_and_repeated_items() -> None:
    a = clean(
        doc(
            TITLE,
            *PROSE,
            "Trending",
            *HEADLINES,
            "Recommended",
            *HEADLINES[:2],
            HEADLINES[0],
            sep="\n",
        )
    )
    rules = [r for t, r in [(s.text.strip(), s.rule) for s in a.spans] if t in HEADLINES]
    assert rules == ["ranking_item"] * 4 + ["recommendation_item"] * 3


def test_list_inside_the_body_stops_at_prose() -> None:
    a = clean(doc(TITLE, PROSE[0], "Related:", HEADLINES[0], HEADLINES[1], *PROSE[1:]))
    assert rule_of(a, "Related:") == "related_header"
    assert rule_of(a, HEADLINES[0]) == "related_item"
    kept_all(a, PROSE)


@pytest.mark.parametrize(
    "line",
    [
        "Also Read: Fire crews contain wildfire near the northern hills",
        "READ ALSO | School district names new superintendent",
        "See also: Why commuters are switching to electric bikes",
        "Lesen Sie auch: Stadtrat beschließt neues Verkehrskonzept",
        "À lire aussi : La ville lance un plan pour ses écoles",
    ],
)
def test_inline_also_read(line: str) -> None:
    a = clean(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(a, line) is not None  # the phrase table may name it first (read_more)
    kept_all(a, PROSE)
    alone = Pipeline([ListRules(("en", "de", "fr"))])(doc(TITLE, PROSE[0], line, *PROSE[1:]))
    assert rule_of(alone, line) == "also_read_inline"


def test_tag_list_with_header_and_facts() -> None:
    a = clean(
        doc(
            TITLE,
            *PROSE,
            "Tags:",
            "- Harbour Bridge",
            "- Infrastructure",
            "- City Council",
            sep="\n",
        )
    )
    assert rule_of(a, "Tags:") == "tag_list_header"
    assert rule_of(a, "- Harbour Bridge") == "tag_item"
    assert sorted(f.value for f in a.provenance if f.kind == "tags") == [
        "City Council",
        "Harbour Bridge",
        "Infrastructure",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Tags: bridges, transport, city council",
        "Filed under: Transport · Local",
        "Related Topics Transport · Harbour · Budget",
        "#Transport #Harbour #Budget",
        "Schlagwörter: Verkehr, Stadtrat",
    ],
)
def test_tag_lines(line: str) -> None:
    a = clean(doc(TITLE, *PROSE, line))
    assert rule_of(a, line) == "tag_line"
    assert len([f for f in a.provenance if f.kind == "tags"]) >= 2


def tags_of(a: object) -> list[str]:
    return sorted(f.value for f in a.provenance if f.kind == "tags")  # type: ignore[attr-defined]


def test_a_removed_line_ends_the_tag_list() -> None:
    """A line another rule took (a rating widget, a comment form) closes the list: the short
    lines after it are not tags."""
    a = clean(
        doc(TITLE, *PROSE, "Topics:", "Ferries", "Tolls", "Leave a Reply", "Careers", "Newsroom")
    )
    assert tags_of(a) == ["Ferries", "Tolls"]


@pytest.mark.parametrize(
    ("items", "last"),
    [
        (["• Ferries", "• Tolls", "• Trending"], "• Trending"),
        (["Ferries", "Tolls", "Most Popular"], "Most Popular"),
    ],
)
def test_an_itemless_header_in_the_list_style_is_one_more_tag(items: list[str], last: str) -> None:
    a = clean(
        doc(
            TITLE,
            *PROSE,
            "Keywords:",
            *items,
            "Recommended",
            "» " + HEADLINES[0],
            "» " + HEADLINES[1],
            sep="\n",
        )
    )
    assert rule_of(a, last) == "tag_item"
    assert last.lstrip("• ") in tags_of(a)


def test_a_header_in_another_style_still_opens_its_own_list() -> None:
    a = clean(
        doc(TITLE, *PROSE, "Tags:", "- Ferries", "- Tolls", "Trending", "Recommended", sep="\n")
    )
    assert tags_of(a) == ["Ferries", "Tolls"]
    assert rule_of(a, "Trending") != "tag_item"


def test_hashtags_keep_the_word_split_off_them() -> None:
    a = clean(doc(TITLE, *PROSE, "#Harbour Bridge #Tolls #City Council"))
    assert rule_of(a, "#Harbour Bridge #Tolls #City Council") == "tag_line"
    assert tags_of(a) == ["City Council", "Harbour Bridge", "Tolls"]


def test_list_item_that_is_the_last_prose_line_stays_when_taking_it_moves_the_tail() -> None:
    """Removing the story's last prose line would put the lines above the list in the tail
    zone, where a second pass would remove more: the item stays (and so does its header)."""
    question = "Why are the harbour ferries running so late this summer, riders ask the council?"
    text = doc(
        PROSE[0],
        "https://www.example.org/2021/ferry-timetable-summer",
        "Timetables are online.",
        "Related",
        question,
        sep="\n",
    )
    body = clean(text).body
    assert clean(body).body == body


def test_bare_in_needs_its_colon() -> None:
    a = clean(doc(TITLE, *PROSE, "- In:", "- Transport", "- Harbour"))
    assert rule_of(a, "- In:") == "tag_list_header"
    b = clean(
        doc(TITLE, *PROSE[:2], "In a statement the council said the works were done", *PROSE[2:])
    )
    kept_all(b, ["In a statement the council said the works were done"])


# -- header-less headline runs -------------------------------------------------------------------
def test_headline_run_after_boilerplate() -> None:
    a = clean(doc(TITLE, *PROSE, "Source link", *HEADLINES))
    for h in HEADLINES:
        assert rule_of(a, h) == "tail_headline_run"


def test_headline_run_reaching_the_end() -> None:
    a = clean(doc(TITLE, *PROSE, "© 2024 Harbour Media", "Fire crews return", *HEADLINES))
    for h in HEADLINES:
        assert rule_of(a, h) == "tail_headline_run"


def test_too_short_run_is_kept() -> None:
    a = clean(doc(TITLE, *PROSE, "Source link", *HEADLINES[:2]), Config(favor="recall"))
    kept_all(a, HEADLINES[:2])


# -- content that survives ---------------------------------------------------------------------
def test_sentence_mentioning_related_survives() -> None:
    line = "Related costs, the report found, rose faster than inflation for the third year."
    a = clean(doc(TITLE, *PROSE[:2], line, *PROSE[2:]))
    kept_all(a, [line, *PROSE])


def test_story_list_introduced_by_a_colon_survives() -> None:
    items = [
        "Replace the deck of the northern span",
        "Repaint the steel towers",
        "Install new lighting along the walkway",
        "Add a protected bike lane",
    ]
    a = clean(doc(TITLE, *PROSE, "The remaining work includes:", *items))
    kept_all(a, ["The remaining work includes:", *items])


def test_list_after_a_bulleted_lead_in_survives_trailing_boilerplate() -> None:
    """A list that a bulleted sentence of the story announces ("... below.") is the story's
    own, even when nothing but boilerplate follows it."""
    lead = "* Check out our picks for the best winter jackets of the season below."
    items = [
        "Water resistant outer shell",
        "Packs into its own pocket",
        "Available in four colours",
        "Machine washable on a cold cycle",
    ]
    tail = ["https://shop.example.com/2024/11/best-winter-jackets-picks", "Source link"]
    a = clean(doc(TITLE, *PROSE, lead, *items, *tail))
    kept_all(a, [lead, *items])
    assert rule_of(a, tail[0]) == "original_url_line"


def test_schedule_after_the_story_survives() -> None:
    dates = [
        "June 9 – Riverside Arena, Portland",
        "June 12 – Civic Center, Boise",
        "June 14 – Lakeside Pavilion, Denver",
        "June 18 – Harbor Hall, Seattle",
    ]
    a = clean(doc(TITLE, *PROSE, *dates))
    kept_all(a, dates)


def test_headlines_right_after_the_story_survive() -> None:
    """Without a header or boilerplate around them, lines after the story may be its own."""
    lines = [
        "Key dates for commuters",
        "Northern span closes in March",
        "Buses replace the ferry until May",
    ]
    a = clean(doc(TITLE, *PROSE, *lines, "The bridge authority will publish updates."))
    kept_all(a, lines)


def test_prefix_gates_never_reject_a_line_the_pattern_matches() -> None:
    from newsclean.rules.cues import PrefixGate

    table = ListRules(("en", "de", "fr", "es")).table
    for rx in (table.tag_line, table.inline):
        assert rx is not None
        gate = PrefixGate(rx)
        for line in sample_lines():
            if rx.match(line) is not None:
                assert gate(line), line
    assert not PrefixGate(None)("Tags: a")


def test_header_lookups_are_shared_per_document() -> None:
    from newsclean.document import Document

    pipe = Pipeline.default()
    d: Document = pipe.read(doc("Related Articles", PROSE[0]), kind="text")[0]
    table = ListRules().table
    assert table.header_of(d, 0) is not None and table.header_of(d, 1) is None
    assert table.seen(d) == {0: table.header(d.blocks[0].text), 1: None}


def test_header_gate_changes_no_answer() -> None:
    """``header`` skips normalising a line whose first characters no header can start with;
    it answers as the plain lookup does."""
    from newsclean.rules.cues import norm, strip_decor

    table = ListRules(("en", "de", "fr", "es")).table

    def plain(text: str) -> str | None:
        if len(text) > 80:
            return None
        core, colon = strip_decor(text)
        if not core or len(core.split()) > 8:
            return None
        key = norm(core)
        for rx in (table._plain, table._colon if colon else None):
            m = rx.match(key) if rx is not None else None
            if m is not None and m.lastgroup is not None:
                return table._names[int(m.lastgroup[1:])]
        return None

    lines = [*sample_lines(), "Related Articles", "MOST  READ", "- In:", "Tags:", "Also read"]
    for line in lines:
        fam = table.header(line)
        assert (fam.name if fam is not None else None) == plain(line), line
