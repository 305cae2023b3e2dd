"""Aggregator names in two more disclaimer shapes: "All news on X is sourced from ... via RSS"
(a sourcing passive needs a feed cue) and "X — <tagline>. Content is aggregated automatically"
(the name before a dash counts only on a line the classifier removed, never on a dateline)."""

from __future__ import annotations

import pytest

import newsclean

BODY = "The regional council approved the new water plan on Thursday after a long debate.\n\n"


def aggregators(line: str) -> list[str]:
    a = newsclean.clean(f"Council backs water plan\n\n{BODY}{line}\n")
    return [f.value for f in a.provenance if f.kind == "aggregator"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("All stories on NewsHopper are pulled from publishers' RSS feeds. Write to us to have "
         "an item removed.", "NewsHopper"),
        ("All headlines at Brieflane are sourced automatically from partner feeds.", "Brieflane"),
        ("Feedwise — the day's news in one place. Articles are collected automatically from "
         "public sources and removed on request.", "Feedwise"),
        ("PulseDigest – headlines from everywhere. All content is aggregated automatically and "
         "may be removed at the request of the copyright holder.", "PulseDigest"),
    ],
)  # fmt: skip
def test_aggregator_named(line: str, name: str) -> None:
    assert aggregators(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "All news on Monday is sourced from the council's own press office, officials said.",
        "LONDON — The news is collected automatically by the council, a spokesperson said.",
    ],
)
def test_no_aggregator_invented(line: str) -> None:
    assert aggregators(line) == []
