"""A ``line`` rule also matches its line wrapped whole in brackets, as sites print editors'
notes ("(Originally published on X.)", "[Advertisement]"); the brackets must pair up, and a
bracketed sentence of the story is still the story's."""

from __future__ import annotations

import pytest

from .phrase_helpers import facts_of, rule_of

BRACKETED = [
    ("(Originally published on Brookfield Mirror.)", "read_original", "Brookfield Mirror"),
    ("[This story was first published by Ridgeway Times.]", "read_original", "Ridgeway Times"),
    ("(Read the full story at The Quayside Chronicle)", "read_original",
     "The Quayside Chronicle"),
    ("(Subscribe to our newsletter for daily updates.)", "newsletter_promo", None),
    ("(Download our app for the latest news.)", "app_promo", None),
    ("[ Copyright 2024 Westmarch Daily. All rights reserved. ]", "copyright_notice", None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "rule", "publisher"), BRACKETED)
def test_bracketed_line_is_its_rules(line: str, rule: str, publisher: str | None) -> None:
    assert rule_of(line, zone="tail") == rule
    got = [f.value for f in facts_of(line) if f.kind == "publisher"]
    assert got == ([publisher] if publisher else [])


@pytest.mark.parametrize(
    "line",
    [
        # the brackets must pair: an opening one is not closed by a square one
        "(Download our app for the latest news.]",
        "[Subscribe to our newsletter for daily updates.",
        # a story's own bracketed aside
        "(The council declined to say how much the new ferries would cost.)",
        "[Editor's sidenote: the mayor later withdrew the remark at a press conference.]",
        # a transcript's stage note is not a comment counter ("No comments yet" is)
        "(No response.)",
    ],
)
def test_unpaired_brackets_and_story_asides_stay(line: str) -> None:
    assert rule_of(line, zone="tail") is None
