"""More ways a disclaimer names the aggregator that copied the story: "X does not claim
ownership" after an RSS cue, "All articles on X are gathered...", "We at X curate...",
"Note from X: we collect...", "X is an automated news-indexing service", "X only curates"."""

from __future__ import annotations

import pytest

from newsclean.provenance import AggregatorStep

from .helpers import NORMALISER, run, values

STEP = AggregatorStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Disclaimer: This item was pulled in automatically from an RSS feed. Wirepile does not "
         "claim ownership of it.", "Wirepile"),
        ("All stories on Newsdrift are collected automatically from public sources.", "Newsdrift"),
        ("We at Feedloom curate articles from around the web and link to the originals.",
         "Feedloom"),
        ("Note from Pressmesh: we gather news from many sites automatically.", "Pressmesh"),
        ("DISCLAIMER: Storyhub is an automated news-indexing service.", "Storyhub"),
        ("Linkbasket only curates headlines from public feeds.", "Linkbasket"),
        ("Clipstream does not create content. Excerpts are indexed automatically.", "Clipstream"),
        ("Notice: Headline Depot republishes feeds automatically and cannot verify them.",
         "Headline Depot"),
    ],
)  # fmt: skip
def test_aggregator_named_in_disclaimer(line: str, name: str) -> None:
    assert values(run(STEP, f"Headline\n\n{PROSE}\n\n{line}"), "aggregator") == [name]


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Trust does not claim ownership of the pier, the minister said.",
        "All articles on the council website are written by staff.",
        "We at the museum curate exhibitions for families and schools.",
        "The minister said the agency collects data on exports every quarter.",
    ],
)
def test_prose_names_no_aggregator(line: str) -> None:
    assert values(run(STEP, f"Headline\n\n{PROSE} {line}\n\n{PROSE}"), "aggregator") == []
