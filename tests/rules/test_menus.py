"""Navigation menus, footers and skip links."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.rules.menus import MenuRules

from .context_helpers import PROSE, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"


@pytest.mark.parametrize(
    "line", ["Skip to content", "Skip to main content", "Jump to navigation", "Zum Inhalt springen",
             "Aller au contenu principal", "Saltar al contenido"]
)
def test_skip_links(line: str) -> None:
    a = clean(doc(line, TITLE, *PROSE))
    assert rule_of(a, line) is not None  # the phrase table may name it first
    alone = Pipeline([MenuRules(("en", "de", "fr", "es"))])(doc(line, TITLE, *PROSE))
    assert rule_of(alone, line) == "skip_link"


def test_navigation_menu_before_the_title() -> None:
    menu = ["Home", "World", "Business", "Sport", "Harbour Life", "Contact us"]
    a = clean(doc(*menu, TITLE, *PROSE, sep="\n"))
    for m in menu:
        assert rule_of(a, m) == "menu_run"
    assert a.title == TITLE


def test_footer_after_the_story() -> None:
    footer = ["About Us", "Advertise", "Careers", "Privacy Policy", "Terms of Use"]
    a = clean(doc(TITLE, *PROSE, *footer))
    for m in footer:
        assert rule_of(a, m) is not None
    alone = Pipeline([MenuRules()])(doc(TITLE, *PROSE, *footer))
    for m in footer:
        assert rule_of(alone, m) == "footer_run"


@pytest.mark.parametrize(
    "line",
    ["Home | World | Politics | Business | Contact", "Startseite • Politik • Sport • Kultur"],
)
def test_menu_on_one_line(line: str) -> None:
    a = clean(doc(line, TITLE, *PROSE))
    assert rule_of(a, line) == "menu_line"


def test_short_lines_that_are_not_menu_words_survive() -> None:
    lines = ["Bridge timeline", "Northern span", "Southern span"]
    a = clean(doc(TITLE, *PROSE, *lines))
    kept_all(a, lines)


def test_menu_words_inside_the_story_survive() -> None:
    lines = ["Business", "Politics", "Health"]
    a = clean(doc(TITLE, PROSE[0], *lines, *PROSE[1:]))
    kept_all(a, lines)
