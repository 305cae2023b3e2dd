"""Syndication notices through the whole pipeline: the publisher keeps a capitalised leading
"The", stops before "editorial team", and a plain "republished from X" credit is a publisher,
not a syndication notice (that needs a feed, a wire or a "not edited by")."""

from __future__ import annotations

import pytest

import newsclean

BODY = "The regional council approved the new water plan on Thursday after a long debate.\n\n"


def facts(line: str) -> dict[str, list[str]]:
    a = newsclean.clean(f"Council backs water plan\n\n{BODY}{line}\n")
    out: dict[str, list[str]] = {}
    for f in a.provenance:
        out.setdefault(f.kind, []).append(f.value)
    return out


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("(This report has not been edited by The Harbour Ledger staff and is published from a "
         "syndicated feed.)", "The Harbour Ledger"),
        ("[Only the headline was changed by the Valley Courier desk; the rest is auto-generated "
         "from a wire feed.]", "Valley Courier"),
        ("(This story has not been edited by The Morning Lantern editorial team and is "
         "auto-generated from an agency feed.)", "The Morning Lantern"),
        ("(The text has not been reviewed by Plains Gazette editorial staff; it comes from a "
         "syndicated feed.)", "Plains Gazette"),
        ("Headline and content have not been edited by Coast News staff; it is published from a "
         "wire feed.", "Coast News"),
    ],
)  # fmt: skip
def test_notice_publisher(line: str, publisher: str) -> None:
    got = facts(line)
    assert got.get("publisher") == [publisher]
    assert "syndication" in got


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("This essay is republished from The Lakeside Review under a Creative Commons licence.",
         "The Lakeside Review"),
        ("Reprinted with permission from the Hill Country Weekly.", "Hill Country Weekly"),
        ("This column was reproduced courtesy of Northern Times.", "Northern Times"),
        ("This story was published in partnership with Hill Country News.", "Hill Country News"),
    ],
)  # fmt: skip
def test_republished_is_a_publisher_not_syndication(line: str, publisher: str) -> None:
    got = facts(line)
    assert got.get("publisher") == [publisher]
    assert "syndication" not in got


@pytest.mark.parametrize(
    "line",
    [
        "(This article was generated from an automated news agency feed without changes.)",
        "This item is auto-published from a third-party wire service.",
        "[The story was sourced from the partner news feed and not edited.]",
        "This post was automatically imported from an RSS feed.",
    ],
)
def test_feed_wordings(line: str) -> None:
    a = newsclean.clean(f"Council backs water plan\n\n{BODY}{line}\n")
    assert a.provenance.value("syndication") == line.strip("()[]")
    assert line not in a.body
