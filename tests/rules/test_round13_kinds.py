"""Round 13: a consent banner's label with its buttons ("Your privacy choices: Accept |
Decline"), a row of account buttons ("Join now  Sign in"), and a headline set in capitals above
a byline. Each line of the kind goes; story lines with the same words stay."""

from __future__ import annotations

import pytest

import newsclean

from .context_helpers import PROSE, clean, doc, kept_all, rule_of


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Your privacy choices: Accept | Decline", "consent_button_row"),
        ("Privacy settings: Accept all · Reject all", "consent_button_row"),
        ("Consent preferences: Accept | Reject | Customize", "consent_button_row"),
        ("Cookie settings — Agree / Manage", "consent_button_row"),
        ("Join now  Sign in", "account_row"),
        ("Sign in | Register", "account_row"),
        ("Subscribe · Log in", "account_row"),
        ("Sign up  Log in", "account_row"),
        ("Unlock unlimited access for just $1", "subscribe_prompt"),
        ("Get unlimited digital access for 99 cents a week", "subscribe_prompt"),
        ("Continue reading with a subscription", "subscribe_prompt"),
        ("Jetzt weiterlesen mit Plus", "subscribe_prompt"),
        ("Lire la suite avec un abonnement", "subscribe_prompt"),
        ("Sigue leyendo con tu suscripción", "subscribe_prompt"),
        ("Listen to this story 🎧", "ui_word"),
    ],
)
def test_line_of_the_kind_goes(line: str, rule: str) -> None:
    assert rule_of(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Your privacy choices matter to us, and we will never sell your data.",
        "Privacy settings on the app were changed, regulators said.",
        "Sign in to read the full report, the company said.",
        "Join now and save 20 percent on your first order.",
        "Scientists hope to unlock full access to the data by next year.",
        "The museum will offer unlimited access for just $1 to students, officials said.",
        "She continued reading with a flashlight after the power failed.",
    ],
)
def test_story_lines_with_those_words_stay(line: str) -> None:
    kept_all(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), [line])


def test_account_row_above_the_headline_leaves_the_title() -> None:
    text = (
        "Join now  Sign in\n\nHarbour board extends ferry timetable\n\nMara Quint\n\n"
        "Published 03/20/2023\n\n" + PROSE[0] + "\n\n" + PROSE[1] + "\n"
    )
    article = newsclean.clean(text)
    assert article.title == "Harbour board extends ferry timetable"
    assert newsclean.clean(article.body).body == article.body


def test_headline_in_capitals_above_a_byline_is_the_title() -> None:
    head = "SPICED PEAR JAM FOR AUTUMN"
    text = f"POLITICS\n{head}\nMARA QUINT | Staff Reporter\n{PROSE[0]}\n{PROSE[1]}\n"
    article = newsclean.clean(text)
    assert article.title == head
    assert newsclean.clean(article.body).body == article.body


def test_a_shouted_kicker_without_a_byline_is_no_title() -> None:
    text = f"READ THIS FIRST\n\n{PROSE[0]}\n\n{PROSE[1]}\n"
    assert newsclean.clean(text).title is None


def test_a_tight_menu_ends_at_a_blank_line_before_the_headline() -> None:
    head = "Harbour Board Extends Ferry Timetable"
    text = (
        "Home\nBusiness\nLocal\nPolitics\nWeather\n\n" + head + "\n\nPosted: 24 February 2020\n\n"
        + PROSE[0] + "\n\n" + PROSE[1] + "\n"
    )
    article = newsclean.clean(text)
    assert article.title == head
    menu = {text[s.start : s.end].strip() for s in article.spans if s.rule == "menu_run"}
    assert menu == {"Home", "Business", "Local", "Politics", "Weather"}
    assert newsclean.clean(article.body).body == article.body


def test_a_menu_with_blank_lines_between_its_items_stays_one_menu() -> None:
    items = ["Home", "Gulf", "NSW", "Opinion", "Sport"]
    text = "\n\n".join(items) + "\n\n" + PROSE[0] + "\n\n" + PROSE[1] + "\n"
    article = newsclean.clean(text)
    assert all(item not in article.body.split("\n") for item in items)
