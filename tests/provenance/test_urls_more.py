"""Original URLs from phrase rules follow the same policy as the urls step: shorteners and
homepages are never the original article; more "read more / full story" labels in four languages."""

from __future__ import annotations

import pytest

import newsclean

BODY = "The town council voted to extend the tram line to the new hospital by 2027.\n\n"
URL = "https://www.riverpost.example.org/local/2024/02/11/tram-line-extension-approved"


@pytest.mark.parametrize(
    "label", ["Read more:", "Full story:", "Weiterlesen:", "Lire la suite :", "Leer más:"]
)
def test_more_labels(label: str) -> None:
    line = f"{label} {URL}"
    a = newsclean.clean(f"Tram line to be extended\n\n{BODY}{line}\n")
    assert a.provenance.values("original_url") == [URL]
    assert line not in a.body


@pytest.mark.parametrize(
    "url", ["https://bit.ly/3xYzAbc", "https://www.riverpost.example.org/", "https://t.co/AbC123"]
)
def test_not_an_article(url: str) -> None:
    a = newsclean.clean(f"Tram line to be extended\n\n{BODY}Source: {url}\n")
    assert a.provenance.values("original_url") == []
