"""Round 11: story lines that sit next to real boilerplate and look like it to a context rule
(a subhead or pull quote echoing the headline, a list item that repeats it, numbered subheads,
a dateline's place, a postscript, an itinerary after a short sentence, story sentences next to
a photo credit, a film list with years) are kept; their boilerplate twins still go. Each
document is also cleaned twice (idempotence)."""

from __future__ import annotations

import pytest

from newsclean import Article

from .context_helpers import PROSE, clean, doc, rule_of, rules_by_line

TITLE = "Harbour bridge reopens after two years of repairs"
HEAD = ["By Laura Mendes | March 4, 2025"]
TAIL = ["Share this article", "Follow us on Facebook"]


def _last_rule(article: Article, line: str) -> str | None:
    """The rule that removed the last line equal to ``line`` (None when it was kept)."""
    found = [rule for t, rule in rules_by_line(article) if t == line]
    assert found, (line, rules_by_line(article))
    return found[-1]


def _idempotent(text: str) -> None:
    body = clean(text).body
    assert clean(body).body == body


# --- title_repeat: the headline's words between two of the story's paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Harbour bridge reopens after two years of repairs",
        "Harbour bridge reopens after two years of repairs – Mayor Ana Ruiz",
        "Harbour bridge reopens after two years of repairs (part two)",
        "Update: Harbour bridge reopens after two years of repairs",
    ],
)
def test_a_line_echoing_the_headline_inside_the_story_stays(line: str) -> None:
    text = doc(TITLE, *HEAD, PROSE[0], PROSE[1], line, PROSE[2], PROSE[3], *TAIL)
    a = clean(text)
    assert a.title == TITLE
    assert _last_rule(a, line) is None
    _idempotent(text)


def test_the_headline_repeated_above_or_after_the_story_still_goes() -> None:
    above = doc(TITLE, TITLE, *HEAD, *PROSE, *TAIL)
    assert _last_rule(clean(above), TITLE) == "title_repeat"
    after = doc(TITLE, *HEAD, *PROSE, TITLE, *TAIL)
    assert _last_rule(clean(after), TITLE) == "title_repeat"


def test_the_headline_shouted_in_capitals_inside_the_story_still_goes() -> None:
    shouted = TITLE.upper()
    a = clean(doc(TITLE, PROSE[0], shouted, PROSE[1]))
    assert rule_of(a, shouted) == "title_repeat"


def test_a_list_item_with_a_year_that_repeats_the_headline_stays() -> None:
    title = "The Last Picture Show"
    items = ["Paper Moon (1973)", "The Last Picture Show (1971)", "Fat City (1972)"]
    text = doc(
        title,
        "Posted by cinemaclub on 12 June 2024",
        PROSE[0],
        PROSE[1],
        "If you like it, try these other films from the same years:",
        *items,
        "Related Posts",
        "Ten westerns worth a rewatch this autumn",
    )
    a = clean(text)
    assert a.title == title
    for item in items:
        assert rule_of(a, item) is None
    _idempotent(text)


def test_the_headline_with_a_tag_after_the_story_still_goes() -> None:
    line = "Harbour bridge reopens after two years of repairs (VIDEO)"
    a = clean(doc(TITLE, *HEAD, *PROSE, line, *TAIL))
    assert rule_of(a, line) == "title_repeat"


# --- reaction_counter: a year after a two-word name is a date


@pytest.mark.parametrize("line", ["Paper Moon (1973)", "Fat City (1972)"])
def test_a_name_and_a_year_is_no_reaction_counter(line: str) -> None:
    films = ["Three films from that year:", line, "Night Moves (1975)"]
    text = doc(TITLE, *PROSE[:2], *films, *PROSE[2:])
    assert rule_of(clean(text), line) is None


@pytest.mark.parametrize("line", ["Wow! (1840)", "Like (2008)", "Funny (12)"])
def test_reaction_counters_with_any_count_still_go(line: str) -> None:
    a = clean(doc(TITLE, *PROSE, line, *TAIL))
    assert rule_of(a, line) is not None


# --- short_neighbour: the story's own short lines next to removed boilerplate


@pytest.mark.parametrize(
    "line",
    ["4. Questioning the judge's record", "2. Take stock", "3) Keep the receipts"],
)
def test_a_numbered_subhead_after_the_story_stays(line: str) -> None:
    text = doc(TITLE, *HEAD, *PROSE, line, *TAIL)
    assert rule_of(clean(text), line) is None
    _idempotent(text)


@pytest.mark.parametrize("line", ["HALIFAX, Nova Scotia", "SAN JOSE, Calif."])
def test_a_datelines_place_before_the_story_stays(line: str) -> None:
    text = doc(TITLE, "By Reuters Staff", line, *PROSE, *TAIL)
    a = clean(text)
    assert rule_of(a, line) is None
    _idempotent(text)


@pytest.mark.parametrize("line", ["PS Any tips welcome", "P.S. See you there"])
def test_a_postscript_after_the_story_stays(line: str) -> None:
    text = doc(TITLE, *HEAD, *PROSE, line, "Comments (12)", "Leave a Reply")
    assert rule_of(clean(text), line) is None
    _idempotent(text)


@pytest.mark.parametrize("line", ["Show more", "View all", "Sources", "1.2K Followers"])
def test_ui_remnants_next_to_removed_lines_still_go(line: str) -> None:
    a = clean(doc(TITLE, *PROSE, *TAIL, line))
    assert rule_of(a, line) is not None


# --- tail_headline_run: lines that go on from a short sentence of the story


def test_an_itinerary_under_a_short_story_sentence_stays() -> None:
    items = [
        "Friday night at the hostel in Ambleside",
        "Saturday climbing Loughrigg Fell",
        "Sunday on the ferry across Windermere",
    ]
    text = doc(
        "A weekend in the Lake District on a budget",
        "Travel | By Rosa Hill",
        *PROSE,
        "Here is how the weekend went.",
        *items,
        "Find more travel ideas",
        "Newsletter sign-up",
    )
    a = clean(text)
    for item in items:
        assert rule_of(a, item) is None
    _idempotent(text)


def test_headlines_after_the_story_among_its_furniture_still_go() -> None:
    items = [
        "Ferry fares rise for the third year running",
        "Police chief delays new parking rules again",
        "Retail chain closes three stores after losses",
    ]
    text = doc(
        TITLE, *PROSE, "The council will meet again in May.", items[0], *TAIL, *items[1:],
        "Privacy Policy",
    )
    a = clean(text)
    assert all(rule_of(a, item) == "tail_headline_run" for item in items)


# --- photo_caption: story sentences next to a photo credit


def test_an_attributed_sentence_right_below_a_credit_stays() -> None:
    line = (
        "The central committee will meet on Thursday evening to decide on the date of the "
        "festival, officials said."
    )
    text = "\n\n".join([TITLE, "Updated 6 Jul 2024"]) + "\n\n" + "\n".join(
        ["FILE PHOTO: Commuters wait at a bus stop during the morning rush hour.",
         "(Pic: Jane Roe/EPA)", line]
    ) + "\n\n" + doc(*PROSE, *TAIL)
    a = clean(text)
    assert rule_of(a, line) is None
    _idempotent(text)


def test_a_scene_sentence_about_the_future_next_to_a_credit_stays() -> None:
    line = (
        "A team of tree officers inspects every street tree in the borough each year, and "
        "this autumn they will also check trees in parks."
    )
    text = doc(TITLE, "By Anna Li | Environment", "Photo: City Council", line, *PROSE, *TAIL)
    a = clean(text)
    assert rule_of(a, line) is None
    _idempotent(text)


def test_a_scene_caption_next_to_its_credit_still_goes() -> None:
    cap = "Volunteers inspect the fallen trees in the park on Sunday."
    a = clean(doc(TITLE, *HEAD, PROSE[0], cap, "Photo: City Council", *PROSE[1:], *TAIL))
    assert rule_of(a, cap) == "photo_caption"
