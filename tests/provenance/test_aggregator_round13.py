"""Round 13 of aggregator disclaimers, as kinds: a collecting verb (now also "indexes") with
stories from "publishers across the web", "elsewhere (on the internet)", or "hundreds of
sources" when the sentence ends there or a disclaimer cue follows. Each is removed from the
body and names the aggregator; story lines about aggregators and agencies keep their lines
and name none."""

from __future__ import annotations

import pytest

from .helpers import clean_with_line as _clean


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Rillpost collects stories from publishers across the web. All content belongs to its "
         "original authors.", "Rillpost"),
        ("Tidescan gathers news from elsewhere on the internet; we do not produce original "
         "reporting.", "Tidescan"),
        ("Brookdex indexes stories published elsewhere and links back to the source.",
         "Brookdex"),
        ("Feedmoss curates headlines from dozens of news sites. Rights stay with their owners.",
         "Feedmoss"),
        ("Larkreel aggregates news from outlets around the world and links to the originals.",
         "Larkreel"),
    ],
)  # fmt: skip
def test_disclaimer_goes_and_names_the_aggregator(line: str, name: str) -> None:
    article, removed = _clean(line)
    assert removed, line
    assert [f.value for f in article.provenance.all("aggregator")] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "The agency gathers news from around the world and sells it to newspapers.",
        "Google indexes news published elsewhere, the lawsuit said.",
        "The museum collects stories from hundreds of sources, curators said.",
        "Flipboard curates articles from thousands of publishers into personalised magazines.",
        "Readers from around the world sent letters to the paper after the story ran.",
    ],
)
def test_story_lines_stay_and_name_no_aggregator(line: str) -> None:
    article, removed = _clean(line)
    assert not removed, line
    assert not article.provenance.all("aggregator")
