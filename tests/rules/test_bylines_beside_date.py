"""A bare byline beside the removed date line goes, also under a standfirst inside the story
(where the head-zone byline rule does not look and the protections would keep it); without a
name ("By the numbers") or without the date beside it, the line stays."""

from __future__ import annotations

import pytest

import newsclean

STANDFIRST = (
    "Rates of hospital admissions have fallen in every county that expanded its screening "
    "programme, a new study has found.\n\n"
)
STORY = (
    "Researchers looked at records of more than half a million patients collected between 2008 "
    "and 2019 by the regional health boards.\n\n"
    "The authors said the fall was largest among adults over sixty, who were screened first.\n"
)


def _removed(article: newsclean.Article, text: str, line: str) -> str | None:
    at = text.index(line)
    return next((s.rule for s in article.spans if not s.kept and s.start <= at < s.end), None)


@pytest.mark.parametrize(
    ("byline", "date"),
    [
        ("By Owen Castell", "Published 14 April 2023 22:54 BST"),
        ("By Lena Hartigan and Kwame Asante", "Posted: February 25, 2019 2:57 AM ET"),
        ("Von Anna Weber und Jonas Roth", "Veröffentlicht am 14.03.2024, 21:05 Uhr"),
        ("Par Claire Martin", "Publié le 14 mars 2024 à 21h05"),
    ],
)
def test_a_byline_under_the_standfirst_beside_the_date_goes(byline: str, date: str) -> None:
    text = f"Screening cuts admissions\n\n{STANDFIRST}{byline}\n\n{date}\n\n{STORY}"
    article = newsclean.clean(text)
    assert _removed(article, text, byline) == "byline_by_date"
    assert newsclean.clean(article.body).body == article.body


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("By the numbers", "Published 14 April 2023 22:54 BST"),
        ("By Owen Castell", ""),
    ],
)
def test_without_a_name_or_a_date_beside_it_the_line_stays(line: str, date: str) -> None:
    middle = f"{line}\n\n{date}\n\n" if date else f"{line}\n\n"
    text = f"Screening cuts admissions\n\n{STANDFIRST}{middle}{STORY}"
    article = newsclean.clean(text)
    assert _removed(article, text, line) is None
