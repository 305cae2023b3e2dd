"""Original-URL lines in more forms: a WordPress permalink on the homepage's path ("/?p=48213")
is an article, an arrow between the label and the URL ("Full story → <url>"), "Via <url>";
a search page ("/?s=budget") and a homepage are not, and a promotional link with a dash in a
story ("Link to the shop – <url>") stays in the body."""

from __future__ import annotations

import pytest

import newsclean

from .helpers import clean_with_line as _clean

BODY = (
    "The city council voted on Tuesday to approve a new budget for road repairs, after a debate "
    "that lasted most of the evening.\n\n"
    "Officials said the work would begin in the spring and take about two years to complete.\n\n"
)


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("Source: https://harbourtimes.example/?p=48213", "https://harbourtimes.example/?p=48213"),
        ("Full story → https://harbourtimes.example/news/2024/03/council-budget",
         "https://harbourtimes.example/news/2024/03/council-budget"),
        ("Via https://harbourtimes.example/news/2024/03/council-budget",
         "https://harbourtimes.example/news/2024/03/council-budget"),
    ],
)  # fmt: skip
def test_the_line_goes_and_gives_the_url(line: str, url: str) -> None:
    article, removed = _clean(line)
    assert removed
    assert [f.value for f in article.provenance.all("original_url")] == [url]


@pytest.mark.parametrize(
    "line", ["Source: https://harbourtimes.example/?s=budget", "Source: https://harbourtimes.example/"]
)
def test_search_pages_and_homepages_are_no_original_url(line: str) -> None:
    article, _ = _clean(line)
    assert not article.provenance.all("original_url")


def test_a_promotional_link_with_a_dash_stays_in_the_story() -> None:
    line = "Link to the ferry company's booking page – https://ferries.example/booking/winter-2024/"
    text = "Council approves road budget\n\n" + BODY + line + "\n\n" + BODY
    article = newsclean.clean(text)
    assert line in article.body
