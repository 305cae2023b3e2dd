"""Syndication notices in wordings the publisher patterns do not know name the original
publisher through the notice fallback ("The following article is syndicated from our partner
X", "X's article is republished here", "X is the original publisher of this story"), and the
phrase tables remove them; notices naming nobody, or a wire agency, record no publisher."""

from __future__ import annotations

import pytest

from .helpers import clean_with_line as _clean


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("This story was produced by Tidewell Ledger, a nonprofit newsroom, and is republished "
         "here with permission.", "Tidewell Ledger"),
        ("Wessex Courier's article is republished here under a content-sharing agreement.",
         "Wessex Courier"),
        ("This is a syndicated story from Wessex Courier.", "Wessex Courier"),
        ("Syndicated content provided by Wessex Courier.", "Wessex Courier"),
        ("The following article is syndicated from our partner Wessex Courier.",
         "Wessex Courier"),
        ("Wessex Courier is the original publisher of this story.", "Wessex Courier"),
        ("Source: Wessex Courier (syndicated)", "Wessex Courier"),
        ("This article was published in Wessex Courier and has been syndicated with permission.",
         "Wessex Courier"),
        ("This article was supplied by our syndication partner Wessex Courier.",
         "Wessex Courier"),
        ("Via our content partner Wessex Courier.", "Wessex Courier"),
        ("Published under license from Fenland Post.", "Fenland Post"),
        ("Story courtesy of Fenland Post, a member of our partner network.", "Fenland Post"),
        ("The Marsh Echo provided this article through a syndication agreement.",
         "The Marsh Echo"),
        ("Content syndicated via Fenland Post's news feed.", "Fenland Post"),
        ("The original version of this story was published by Fenland Post.", "Fenland Post"),
        ("Copyright Fenland Post. Reprinted with permission.", "Fenland Post"),
    ],
)  # fmt: skip
def test_notice_goes_and_names_the_publisher(line: str, name: str) -> None:
    article, removed = _clean(line)
    assert removed, line
    assert [f.value for f in article.provenance.all("publisher")][:1] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "The mayor's article is republished here with her permission, she said.",
        "The following article is syndicated from our partner in Berlin, who asked not to be "
        "named.",
        "Source: police (syndicated)",
        "(This story has not been edited by our staff and is published from a syndicated feed.)",
        "(c) 2024 Reuters. All rights reserved. Republication of Reuters content is prohibited.",
        "The Red Cross provided the shelter through a partnership with the city council.",
        "The original version of this song was recorded by Johnny Cash in 1969.",
    ],
)
def test_notice_naming_no_outlet_records_no_publisher(line: str) -> None:
    article, _ = _clean(line)
    assert not article.provenance.all("publisher")
