"""Headline shapes the title step used to refuse: a parenthesis and a colon that only look like
a dateline, and an exclamation with a byline under it; and a first body item that happens to
repeat the headline in a list of lines built alike."""

from __future__ import annotations

import pytest

import newsclean

BODY = (
    "\n\nThe council said on Tuesday that the new road will open next spring after two years "
    "of delays and rising costs.\n\nResidents have complained about the noise for months, and "
    "several shops on the street say they lost customers."
)


def _removed(article: newsclean.Article) -> list[str]:
    return [s.text.strip() for s in article.spans if not s.kept and s.text.strip()]


@pytest.mark.parametrize(
    "headline",
    [
        "Croatia (Group E): Sixth Appearance",
        "Apple (AAPL): Shares Slide After Earnings Miss",
        "Bayern (Bundesliga): Trainer Muss Gehen",
    ],
)
def test_parenthesis_and_colon_headline_is_the_title(headline: str) -> None:
    article = newsclean.clean(f"{headline}\n\nBy Priya Ramanathan{BODY}")
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "WASHINGTON (AP) — The Senate voted on Tuesday to pass the spending bill.",
        "BERLIN (dpa) – Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen.",
        "NEW DELHI (PTI): the government on Monday announced a new scheme for farmers",
    ],
)
def test_story_datelines_are_still_no_title(line: str) -> None:
    article = newsclean.clean(line + BODY)
    assert article.title is None
    assert line in article.body


@pytest.mark.parametrize(
    "headline", ["The refreshing autumn sky!", "Champions for the third time!"]
)
def test_exclamation_headline_above_a_byline_is_the_title(headline: str) -> None:
    article = newsclean.clean(f"Markets ›\n\n{headline}\n\nBy Callum Reid{BODY}")
    assert article.title == headline


def test_exclamation_without_a_byline_is_no_title() -> None:
    text = "Thanks for reading!" + BODY
    article = newsclean.clean(text)
    assert article.title is None


def test_first_item_of_alike_lines_repeating_the_headline_stays() -> None:
    items = [
        "Croatia (Group E): Sixth appearance",
        "Austria (Group G): Third appearance",
        "Netherlands (Group C): 10th appearance",
        "Germany (Group C): 13th appearance",
    ]
    text = "Croatia (Group E): Sixth Appearance\n\nBy Priya Ramanathan\n\n" + "\n\n".join(items)
    article = newsclean.clean(text + BODY)
    assert article.title == "Croatia (Group E): Sixth Appearance"
    for item in items:
        assert item in article.body


def test_a_plain_repeat_of_the_headline_still_goes() -> None:
    text = (
        "Council Approves New Road Plan\n\nBy Priya Ramanathan\n\n"
        "Council Approves New Road Plan" + BODY
    )
    article = newsclean.clean(text)
    assert article.title == "Council Approves New Road Plan"
    assert "Council Approves New Road Plan" not in article.body
    assert _removed(article).count("Council Approves New Road Plan") == 2


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("#212: Why ferry fares keep rising · Harbour Talk", "#212: Why ferry fares keep rising"),
        ("#7 The quiet comeback of the night train", "#7 The quiet comeback of the night train"),
        ("#48: Les agriculteurs réclament des aides | Le Podcast",
         "#48: Les agriculteurs réclament des aides"),
    ],
)  # fmt: skip
def test_a_numbered_episode_headline_is_the_title(line: str, title: str) -> None:
    article = newsclean.clean(f"{line}\n\nListen on Apple Podcasts · Spotify{BODY}")
    assert article.title == title
    assert newsclean.clean(article.body).body == article.body


def test_a_wrapped_first_line_is_no_title_when_the_body_is_cleaned_again() -> None:
    text = (
        "SCIENCE\n\nCouples who cook together stay together\n"
        "Couples who cook together stay together for longer, a survey found\n"
        "and many said they wanted to try new recipes but did not know\n"
        "where to start or which dishes they might like.\n\n"
        "The survey asked two thousand people about their habits at home and at work."
    )
    first = newsclean.clean(text)
    again = newsclean.clean(first.body)
    assert again.title is None
    assert again.body == first.body
