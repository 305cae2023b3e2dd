"""Sections from breadcrumb trails (a phrase rule, before the menu step can take them), tags
without their bullets or hash marks, and form buttons or e-mail lines that end a tag list."""

from __future__ import annotations

import pytest

import newsclean

PROSE = (
    "The city library will stay open until midnight during the exam season, staff said.\n\n"
    "Students had asked for longer hours in a petition signed by more than two thousand people."
)
TITLE = "Library extends opening hours for exam season"


@pytest.mark.parametrize(
    ("crumb", "section"),
    [
        ("Home » Culture", "Culture"),
        ("You are here: Home > News > Education", "Education"),
        ("Inicio / Noticias / Cultura", "Cultura"),
        ("HOME → Local News", "Local News"),
        ("Accueil › Société", "Société"),
        ("News >> city life", "city life"),
    ],
)
def test_breadcrumb_section(crumb: str, section: str) -> None:
    a = newsclean.clean(f"{crumb}\n\n{TITLE}\n\n{PROSE}\n")
    assert a.provenance.values("section") == [section]
    assert a.title == TITLE


def test_nav_menu_is_not_a_breadcrumb() -> None:
    a = newsclean.clean(f"Politik / Kultur / Sport / Wissen\n\n{TITLE}\n\n{PROSE}\n")
    assert a.provenance.values("section") != ["Wissen"]


@pytest.mark.parametrize(
    "menu", ["Home / Local / Weather / Traffic / Schools / Opinion",
             "Accueil / Monde / Sport / Culture / Sciences"]
)
def test_long_slashed_menu_from_home_is_not_a_breadcrumb(menu: str) -> None:
    """A trail descends in a few steps; five or more siblings joined by slashes are a menu."""
    a = newsclean.clean(f"{menu}\n\n{TITLE}\n\n{PROSE}\n")
    assert a.provenance.values("section") == []
    assert menu not in a.body


@pytest.mark.parametrize("bullet", ["* ", "#", "▪ "])
def test_tag_items_lose_their_bullets(bullet: str) -> None:
    items = ["Libraries", "Students", "City Council"]
    lines = "\n".join(f"{bullet}{t}" for t in items)
    a = newsclean.clean(f"{TITLE}\n\n{PROSE}\n\nTags:\n{lines}\n")
    assert sorted(a.provenance.values("tags")) == sorted(items)


def test_comment_form_and_email_end_the_tag_list() -> None:
    text = (
        f"{TITLE}\n\n{PROSE}\n\nTopics:\n\nLibraries\n\nStudents\n\nLeave a Comment\n\nName\n\n"
        "Message\n\nSend\n\nFor feedback: [email protected]\n"
    )
    a = newsclean.clean(text)
    assert sorted(a.provenance.values("tags")) == ["Libraries", "Students"]


def test_consent_button_is_not_a_section() -> None:
    text = f"We use cookies to improve your visit.\n\nAccept\n\n{TITLE}\n\n{PROSE}\n"
    a = newsclean.clean(text)
    assert a.provenance.values("section") == []
    assert "Accept" not in a.body
