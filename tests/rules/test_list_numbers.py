"""A numbered headline list whose numbers stand on their own lines ("1" above each headline) is
taken whole under its header; a singular German header ("Unsere Empfehlung") opens a list."""

from __future__ import annotations

import newsclean

TITLE = "Council approves library budget after months of debate"
STORY = [
    "The city council voted on Tuesday to extend the opening hours of all branch libraries "
    "through the winter, after months of debate among residents and staff.",
    "Officials said the plan would cost about $1.2 million a year and would be paid for by "
    "savings in other departments, though two members warned the figures were optimistic.",
]


def _removed(lines: list[str]) -> dict[str, str | None]:
    a = newsclean.clean("\n\n".join([TITLE, *STORY, *lines]) + "\n", kind="text")
    out: dict[str, str | None] = {}
    for s in a.spans:
        t = a.text[s.start : s.end].strip()
        if t:
            out[t] = None if s.kept else s.rule
    return out


def test_numbers_on_their_own_lines_go_with_the_list() -> None:
    items = [
        "1",
        "Floodwaters recede as thousands return home",
        "2.",
        "Striker's late double sends United into the final",
        "#3",
        "Chipmaker to build new plant, creating jobs",
    ]
    got = _removed(["Most read", *items])
    assert all(got[x] == "ranking_item" for x in items)
    assert all(got[p] is None for p in STORY)


def test_singular_german_recommendation_header() -> None:
    items = [
        "» Hochwasser an der Mosel: Pegel steigt weiter",
        "» Stadtrat beschließt neuen Haushalt",
    ]
    got = _removed(["Unsere Empfehlung", *items])
    assert got["Unsere Empfehlung"] == "recommendation_header"
    assert all(got[x] == "recommendation_item" for x in items)
