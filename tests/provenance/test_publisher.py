"""Publisher, syndication notices and aggregator names, in wordings unlike the samples'."""

from __future__ import annotations

import pytest

from newsclean.provenance import AggregatorStep, PublisherStep

from .helpers import NORMALISER, pairs, run

PUB = PublisherStep(normaliser=NORMALISER)
AGG = AggregatorStep(normaliser=NORMALISER)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Read all the latest headlines and live updates on The Daily Example.",
         "The Daily Example"),
        ("Get breaking news and analysis only on Example Herald!", "Example Herald"),
        ("For more world news stories, follow us at Sample Times", "Sample Times"),
        ("(This article has not been edited by Example Chronicle staff and is published "
         "from a syndicated feed.)", "Example Chronicle"),
        ("Only the headline of this report may have been reworked by the Sample Standard staff; "
         "the rest of the content is auto-generated from a syndicated feed.", "Sample Standard"),
        ("This article originally appeared on The Conversation.", "The Conversation"),
        ("This story was first published by Example Post.", "Example Post"),
        ("The post A big day for the city appeared first on Metro Example.", "Metro Example"),
        ("This article is republished from Sample Review under a Creative Commons license.",
         "Sample Review"),
        ("Dieser Artikel erschien zuerst bei Der Beispielbote.", "Der Beispielbote"),
        ("Cet article a été publié initialement dans Le Journal Exemple.", "Le Journal Exemple"),
        ("Este artículo fue publicado originalmente en El Diario Ejemplo.", "El Diario Ejemplo"),
        ("This article was originally published on https://www.sample.co.uk/news/x-1.",
         "sample.co.uk"),
    ],
)  # fmt: skip
def test_publisher(line: str, publisher: str) -> None:
    facts = run(PUB, f"Headline\n\nStory.\n\n{line}")
    assert [v for k, v in pairs(facts) if k == "publisher"] == [publisher]


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest news updates on Google News.",
        "Follow all the latest news on Facebook and Twitter.",
        "Catch all the latest news and updates on our app.",
        "The minister's remarks were first reported in local media.",
        "She edited the book with her team.",
    ],
)
def test_no_invented_publisher(line: str) -> None:
    assert [f for f in run(PUB, f"Headline\n\n{line}") if f.kind == "publisher"] == []


@pytest.mark.parametrize(
    "line",
    [
        "(This article is auto-generated from a syndicated feed.)",
        "This content was syndicated from Example Wire.",
        "[Disclaimer: this story is published via syndication and has not been edited.]",
    ],
)
def test_syndication_notice(line: str) -> None:
    facts = run(PUB, f"Headline\n\n{line}")
    (synd,) = [f for f in facts if f.kind == "syndication"]
    assert synd.value == line.strip("()[]")


def test_syndication_in_prose_is_not_a_notice() -> None:
    text = "His column is syndicated in more than 200 newspapers across the country."
    assert run(PUB, text) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Disclaimer: NewsHub24 is a free online news aggregator. We respect copyright.",
         "NewsHub24"),
        ("Example Daily Feed is an automated content aggregator of the world's media.",
         "Example Daily Feed"),
        ("Denial of responsibility! Sample-News.net is an automatic aggregator of the media.",
         "Sample-News.net"),
        ("Avertissement : InfoExemple est un agrégateur automatique.", "InfoExemple"),
    ],
)  # fmt: skip
def test_aggregator(line: str, name: str) -> None:
    assert pairs(run(AGG, line)) == [("aggregator", name)]


@pytest.mark.parametrize(
    "line",
    [
        "It is an automatic aggregator of the global media.",
        "This website is an automatic aggregator of the global media.",
        "We are a news aggregator.",
        "Critics say the platform is an aggregator of misinformation, not news.",
    ],
)
def test_no_invented_aggregator(line: str) -> None:
    assert run(AGG, line) == []
