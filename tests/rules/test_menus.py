"""Navigation menus, footers and skip links."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsclean import Document, Pipeline, Remove, RuleInfo
from newsclean.rules.menus import MenuRules

from .context_helpers import PROSE, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content",
        "Skip to main content",
        "Jump to navigation",
        "Zum Inhalt springen",
        "Aller au contenu principal",
        "Saltar al contenido",
    ],
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


def test_menu_under_a_menu_label_inside_the_story() -> None:
    """Inside the story a run of menu words is a menu only right under a removed label."""
    lines = ["Business", "Science", "Weather", "Lifestyle", "Videos"]
    a = clean(doc(TITLE, PROSE[0], "Menu", *lines, *PROSE[1:]))
    assert rule_of(a, "Menu") is not None
    for line in lines:
        assert rule_of(a, line) == "menu_run"
    kept_all(a, PROSE)


class _DropLine:
    """Removes the block whose text is ``line`` (an earlier step's decision, for the tests)."""

    id = "drop_line"
    rules: tuple[RuleInfo, ...] = ()

    def __init__(self, line: str) -> None:
        self.line = line

    def apply(self, d: Document) -> Iterator[Remove]:
        for b in d.blocks:
            if b.text == self.line:
                yield Remove(b.index, "drop_line", "test", "dropped by the test")


def test_a_kept_prose_line_splits_a_run_and_a_removed_one_does_not() -> None:
    """Menus walks the non-prose blocks only: a kept prose block between two of them ends the
    run, a removed one does not."""
    lines = ["Home", "World", PROSE[0], "Business", "Sport"]
    kept = Pipeline([MenuRules()])(doc(*lines))
    kept_all(kept, ["Home", "World", "Business", "Sport"])
    dropped = Pipeline([_DropLine(PROSE[0]), MenuRules()])(doc(*lines))
    for m in ("Home", "World", "Business", "Sport"):
        assert rule_of(dropped, m) == "menu_run"


def test_nonprose_view_is_built_once_per_document() -> None:
    from newsclean.rules.cues import nonprose

    d = Pipeline.default().read(doc(TITLE, PROSE[0], "Short line", PROSE[1]), kind="text")[0]
    view = nonprose(d)
    assert view == [i for i in range(len(d.blocks)) if not d.prose(i)] == [0, 2]
    assert nonprose(d) is view


def test_a_bulleted_tag_list_is_not_part_of_the_footer_menu() -> None:
    """The items of one menu share their mark: bulleted tags before unbulleted footer links are
    another list, and hashtags are never menu links."""
    tags = ["• Ferries", "• Harbour Bridge", "• Tolls"]
    footer = ["About us", "Contact us", "Privacy Policy", "Terms of Use"]
    a = clean(doc(TITLE, *PROSE, "Filed in:", *tags, *footer, sep="\n"))
    for line in tags:
        assert rule_of(a, line) == "tag_item"
    assert rule_of(a, "Contact us") == "footer_run"
    b = clean(doc(TITLE, *PROSE, "TAGS", "#Business", "#Podcast", "#Harbour", "#Sport", sep="\n"))
    assert all(rule_of(b, t) != "footer_run" for t in ("#Business", "#Podcast", "#Sport"))


def test_footer_links_removed_by_a_phrase_rule_count_in_the_run() -> None:
    """Two short footer words would not make a run; with a line of footer links between
    them that a phrase rule took, they do."""
    from .context_helpers import PROSE, clean, doc, rule_of

    a = clean(doc(*PROSE, "Sitemap", "Privacy Policy Terms of Use Contact Us", "Careers"))
    assert rule_of(a, "Sitemap") == rule_of(a, "Careers") == "footer_run"
