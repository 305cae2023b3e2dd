"""Round 13: a consent banner's label with its buttons ("Your privacy choices: Accept |
Decline"), a row of account buttons ("Join now  Sign in"), and a headline set in capitals above
a byline. Each line of the kind goes; story lines with the same words stay."""

from __future__ import annotations

import pytest

import newsclean

from .context_helpers import PROSE, clean, doc, kept_all, rule_of


@pytest.mark.parametrize(
    "line",
    [
        "Your privacy choices: Accept | Decline",
        "Privacy settings: Accept all · Reject all",
        "Consent preferences: Accept | Reject | Customize",
        "Cookie settings — Agree / Manage",
    ],
)
def test_consent_label_with_its_buttons_goes(line: str) -> None:
    assert rule_of(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), line) == (
        "consent_button_row"
    )


@pytest.mark.parametrize(
    "line",
    ["Join now  Sign in", "Sign in | Register", "Subscribe · Log in", "Sign up  Log in"],
)
def test_account_button_row_goes(line: str) -> None:
    assert rule_of(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), line) == (
        "account_row"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Your privacy choices matter to us, and we will never sell your data.",
        "Privacy settings on the app were changed, regulators said.",
        "Sign in to read the full report, the company said.",
        "Join now and save 20 percent on your first order.",
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


@pytest.mark.parametrize(
    "line",
    [
        "Unlock unlimited access for just $1",
        "Get unlimited digital access for 99 cents a week",
        "Continue reading with a subscription",
        "Jetzt weiterlesen mit Plus",
        "Lire la suite avec un abonnement",
        "Sigue leyendo con tu suscripción",
    ],
)
def test_paywall_prompts_go(line: str) -> None:
    assert rule_of(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), line) == (
        "subscribe_prompt"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Scientists hope to unlock full access to the data by next year.",
        "The museum will offer unlimited access for just $1 to students, officials said.",
        "She continued reading with a flashlight after the power failed.",
    ],
)
def test_story_lines_about_access_stay(line: str) -> None:
    kept_all(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), [line])


def test_a_listen_button_with_its_emoji_is_a_ui_word() -> None:
    line = "Listen to this story 🎧"
    assert rule_of(clean(doc("Ferry timetable extended", PROSE[0], line, PROSE[1])), line) == (
        "ui_word"
    )
