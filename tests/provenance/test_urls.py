"""Original URLs and the host fallback for the publisher."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.provenance import UrlsStep

from .helpers import NORMALISER, pairs, run

STEP = UrlsStep(normaliser=NORMALISER)


@pytest.mark.parametrize(
    ("line", "url", "publisher"),
    [
        ("Source: https://www.example.com/world/2024/03/03/story-title?utm_medium=rss",
         "https://www.example.com/world/2024/03/03/story-title?utm_medium=rss", "example.com"),
        ("Read the full article at https://news.example.org/a/123456.",
         "https://news.example.org/a/123456", "news.example.org"),
        ("https://www.bbc.co.uk/news/world-123 A headline repeated after the link",
         "https://www.bbc.co.uk/news/world-123", "BBC"),
        ("Quelle: https://www.example.de/politik/artikel-1.html",
         "https://www.example.de/politik/artikel-1.html", "example.de"),
        ("Original article: http://Example.NET/story/9#comments",
         "http://example.net/story/9#comments", "example.net"),
    ],
)  # fmt: skip
def test_original_url_and_host_publisher(line: str, url: str, publisher: str) -> None:
    facts = run(STEP, f"Headline\n\nStory.\n\n{line}")
    assert pairs(facts) == [("original_url", url), ("publisher", publisher)]
    assert facts[1].confidence < 1


def test_labelled_url_beats_an_earlier_bare_line() -> None:
    text = "https://example.com/tag/news-x\n\nStory.\n\nSource: https://example.org/news/real-1"
    assert ("original_url", "https://example.org/news/real-1") in pairs(run(STEP, text))


@pytest.mark.parametrize(
    "line",
    [
        "https://twitter.com/intent/tweet?url=x",
        "https://www.example.com/",
        "https://example.com/images/photo.jpg",
        "https://bit.ly/3abcDEF",
        "See https://example.com/report-2024 for the full data.",
        "The report is at example.com/report.",
    ],
)
def test_no_original_url(line: str) -> None:
    assert run(STEP, f"Headline\n\n{line}") == []


def test_own_host_is_not_the_original() -> None:
    line = "https://autoblog.example/2024/03/copied-story"
    assert run(STEP, line, url="https://autoblog.example/2024/03/copied-story") == []


def test_shortener_url_gives_no_publisher() -> None:
    line = "Source: https://news.google.com/articles/CBMiabc123"
    assert pairs(run(STEP, line)) == []


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("View original article at https://northstar.example.com/a/1",
         "https://northstar.example.com/a/1"),
        ("See the original story on https://gazette.example.org/2024/03/housing.",
         "https://gazette.example.org/2024/03/housing"),
    ],
)  # fmt: skip
def test_view_original_lines_give_the_url(line: str, url: str) -> None:
    """A "view the original article at <url>" pointer is cut and its URL recorded."""
    body = "The council approved the plan on Tuesday after a long debate about costs."
    article = newsclean.clean(f"Headline\n\n{body}\n\n{body}\n\n{line}")
    assert article.provenance.value("original_url") == url
    assert line not in article.body
