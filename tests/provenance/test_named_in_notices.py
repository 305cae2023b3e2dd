"""The last resorts for a source named in words no pattern knows: a story's URL in a line
removed as a notice about the story's source ("Erstmals veröffentlicht unter <url>"), and the
name a removed disclaimer holds anywhere ("Content owners may ask RippleWire to remove ...").
All wordings here are the project's own."""

from __future__ import annotations

import pytest

import newsclean

HEAD = (
    "Council approves new budget for city parks\n\n"
    "The council met on Tuesday and agreed on a plan that nobody had expected before the vote.\n\n"
    "The mayor said the decision would help families across the city for years to come.\n\n"
    "Advertisement\n\n"
)


def _clean(*lines: str) -> newsclean.Article:
    return newsclean.clean(HEAD + "\n\n".join(lines) + "\n")


def _removed(art: newsclean.Article, needle: str) -> bool:
    return any(not s.kept and needle in s.text for s in art.spans)


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("This story first went live on our partner's pages at "
         "https://www.example.de/lokales/neue-buslinie-zum-flughafen-4411",
         "https://www.example.de/lokales/neue-buslinie-zum-flughafen-4411"),
        ("Keep reading over on the publisher's site: "
         "https://news.example.com/2024/05/the-park-budget-passes-at-last",
         "https://news.example.com/2024/05/the-park-budget-passes-at-last"),
    ],
)  # fmt: skip
def test_story_url_in_a_removed_source_notice(line: str, url: str) -> None:
    art = _clean(line)
    assert _removed(art, "http")
    assert art.provenance.first("original_url") is not None
    assert art.provenance.first("original_url").value == url  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "line",
    [
        # a site page, not a story: no slug of four words, no long number
        "Keep reading over on the publisher's site: https://news.example.com/privacy-policy",
        "Keep reading over on the publisher's site: https://news.example.com/about/contact-us",
    ],
)
def test_site_pages_are_no_original_url(line: str) -> None:
    assert _clean(line).provenance.first("original_url") is None
