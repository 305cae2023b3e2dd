"""Short non-sentence lines next to removed boilerplate go with it; story lines never do."""

from __future__ import annotations

from newsclean import Config

from .context_helpers import PROSE, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"


def test_ui_remnants_next_to_boilerplate() -> None:
    a = clean(doc(TITLE, *PROSE, "Source link", "Show", "Hide", "Leave a Reply"))
    assert rule_of(a, "Show") is not None
    assert rule_of(a, "Hide") is not None


def test_chain_is_followed_to_the_end() -> None:
    a = clean(doc(TITLE, *PROSE, "Source link", "Swipe left", "Drag", "Zoom in"))
    for line in ("Swipe left", "Drag", "Zoom in"):
        assert rule_of(a, line) == "short_neighbour"


def test_short_line_after_the_title_goes() -> None:
    a = clean(doc(TITLE, "Zoom in", *PROSE))
    assert rule_of(a, "Zoom in") == "short_neighbour"


def test_off_with_favor_recall() -> None:
    a = clean(doc(TITLE, *PROSE, "Source link", "Drag"), Config(favor="recall"))
    kept_all(a, ["Drag"])


def test_story_lines_are_never_absorbed() -> None:
    lines = ["It worked.", "“Never again.”", "– Next steps –", "LONDON (Reuters) -"]
    a = clean(doc(TITLE, *PROSE, *lines, "Source link"))
    kept_all(a, lines)


def test_short_lines_inside_the_story_stay() -> None:
    a = clean(doc(TITLE, PROSE[0], "Source link", "Step one", PROSE[1], *PROSE[2:]))
    kept_all(a, ["Step one"])
