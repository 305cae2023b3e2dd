"""Header-less headline lists that speak of other stories: inside the story
(``mid_foreign_run``), right above the page's furniture after it (``tail_headline_run``), and
after a bulleted list the story introduced with a colon. The story's own lists stay: books
with their authors, questions and answers, lines that share the story's words."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, clean, doc, kept_all, rule_of

TITLE = "Council approves a new budget for schools and transport"

#: headlines of other stories: no word of five letters or more in common with ``PROSE``
OTHER = [
    "Harbour ferry adds late sailings for summer",
    "Museum unveils dinosaur skeleton after restoration",
    "Football club sacks manager following heavy defeat",
]


def test_headlines_between_paragraphs_that_share_no_word_with_the_story_go() -> None:
    art = clean(doc(TITLE, *PROSE[:2], *OTHER, *PROSE[2:]))
    assert [rule_of(art, h) for h in OTHER] == ["mid_foreign_run"] * 3
    kept_all(art, PROSE)


def test_two_such_headlines_are_not_enough_inside_the_story() -> None:
    art = clean(doc(TITLE, *PROSE[:2], *OTHER[:2], *PROSE[2:]))
    kept_all(art, OTHER[:2])


@pytest.mark.parametrize(
    "items",
    [
        # the story's own list: its lines share the story's words
        [
            "Council budget raises spending on schools",
            "Property taxes fund the transport plan",
            "Residents divided over higher bills",
        ],
        # works and who made them: a reading list, not other stories
        [
            "The Salt Orchard by Imelda Fairweather",
            "Harbour Lights by Tomasz Reinholt",
            "Nine Bridges by Adaeze Crowther",
        ],
        # questions the story asks and answers
        [
            "Who pays for the new buses in winter",
            "Will the ferry timetable change this month?",
            "What happens to the parking meters?",
        ],
    ],
)
def test_the_storys_own_lines_in_a_row_stay(items: list[str]) -> None:
    art = clean(doc(TITLE, *PROSE[:2], *items, *PROSE[2:]))
    kept_all(art, items)


def test_a_line_ending_with_a_colon_introduces_the_storys_list() -> None:
    art = clean(doc(TITLE, *PROSE[:2], "Three other projects were approved as well:", *OTHER,
                    *PROSE[2:]))
    kept_all(art, OTHER)


def test_headlines_after_the_story_above_a_removed_line_go() -> None:
    """A run of other stories' headlines right under the story's last paragraph, with the
    page's furniture (a share row) right below it and another list after that."""
    more = [
        "Everyone's reading",
        "Police chief defends overtime after audit",
        "Storm knocks out power along the coast",
        "Bakery wins regional pastry award",
    ]
    art = clean(doc(TITLE, *PROSE, *OTHER, "Share on Facebook", "Share on X", *more))
    assert [rule_of(art, h) for h in OTHER] == ["tail_headline_run"] * 3
    kept_all(art, PROSE)


def test_bare_headlines_after_a_bulleted_list_are_not_its_items() -> None:
    """"The plan includes:" introduces bulleted items; the bare headlines after them are a
    list of other stories dropped into the story, not more of the plan."""
    items = ["- new bus shelters", "- longer library hours", "- a summer swim programme"]
    art = clean(doc(TITLE, PROSE[0], "The plan includes:", *items, *OTHER, *PROSE[1:]))
    kept_all(art, items)
    assert [rule_of(art, h) for h in OTHER] == ["mid_foreign_run"] * 3


def test_bare_items_of_a_bare_list_stay_listed() -> None:
    items = ["New bus shelters", "Longer library hours", "A summer swim programme"]
    art = clean(doc(TITLE, PROSE[0], "The plan includes:", *items, *PROSE[1:]))
    kept_all(art, items)
