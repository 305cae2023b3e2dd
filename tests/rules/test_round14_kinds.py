"""Round 14 (from blind_h and blind_i dev): a press release's safe-harbor notice, a share row
of button names glued together, an advertisement label with a bullet, a byline "for" an
outlet, reaction counters of mood words, a recipe's star rating, newsletter promos naming the
letter. Each line of the kind goes; story lines with the same words stay."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, clean, doc, kept_all, rule_of


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Forward-looking statements in this announcement involve risks; results may differ.",
         "safe_harbor"),
        ("Cautionary Statement Regarding Forward-Looking Statements", "safe_harbor"),
        ("TwitterFacebookWhatsAppEmail", "share_row"),
        ("Advertisement • Scroll to continue", "advertisement"),
        ("By Pia Lindqvist for The Harbour Times", "byline_line"),
        ("Happy 4 Angry 0 Surprised 2", "reaction_counter"),
        ("Rate this recipe: ★★★☆☆ (7 votes)", "reaction_counter"),
        ("Liked this? Subscribe to The Coastal Letter, free every Friday.", "newsletter_promo"),
    ],
)  # fmt: skip
def test_line_of_the_kind_goes(line: str, rule: str) -> None:
    assert rule_of(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The company said its forward-looking statements involve risks, and analysts agreed.",
        "Chelsea 2 Arsenal 1 was the score when the floodlights failed.",
        "By Friday the council had approved the plan for the harbour.",
        "Readers can subscribe to The Coastal Letter from next month, the editor said.",
        "Happy hour at the club ran from 5 to 7 on Fridays.",
    ],
)
def test_story_lines_with_those_words_stay(line: str) -> None:
    kept_all(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), [line])


def test_a_sports_section_menu_goes() -> None:
    line = "Home · Scores · Fixtures · Standings · Transfers"
    assert rule_of(clean(doc(line, "Ferry timetable extended", PROSE[0], PROSE[1])), line) == (
        "menu_line"
    )


@pytest.mark.parametrize("header", ["Just in", "Buzzing"])
def test_a_headline_list_under_a_newer_header_goes(header: str) -> None:
    items = ["#1 Library extends opening hours after petition",
             "#2 New bakery opens in former bank building",
             "#3 Heat warning issued as temperatures near record"]
    article = clean(doc("Ferry timetable extended", PROSE[0], PROSE[1], header, *items))
    for line in (header, *items):
        assert rule_of(article, line) is not None, line


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Partager sur Facebook Partager sur X", "share_row"),
        ("Sauvegarder", "ui_word"),
        ("Artikel merken", "ui_word"),
        ("Guardar", "ui_word"),
    ],
)
def test_foreign_buttons_go(line: str, rule: str) -> None:
    article = clean(doc("Ferry timetable extended", PROSE[0], PROSE[1], line))
    assert rule_of(article, line) == rule
