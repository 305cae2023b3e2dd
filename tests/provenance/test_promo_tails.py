"""Publisher promos that send the reader to the outlet ("visit X every morning", "head to X
daily", "go to X"), and the lines that name no outlet."""

from __future__ import annotations

import pytest

from newsclean.provenance import PublisherStep

from .helpers import NORMALISER, run, values

STEP = PublisherStep(normaliser=NORMALISER)
PROSE = "The council met for a long time and agreed on a plan that nobody had expected before."


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("For more news from your area, visit The Oakridge Ledger every morning.",
         "The Oakridge Ledger"),
        ("For the latest headlines, head to Example Valley Times daily.", "Example Valley Times"),
        ("For more local stories, turn to Bayside Courier every day.", "Bayside Courier"),
        ("Get more updates on the storm, visit Harbor Light News.", "Harbor Light News"),
    ],
)  # fmt: skip
def test_promo_visit_names_the_publisher(line: str, name: str) -> None:
    assert values(run(STEP, f"Headline\n\n{PROSE}\n\n{line}"), "publisher") == [name]


@pytest.mark.parametrize(
    "line",
    [
        "For more news, visit the council website every morning.",
        "For more news from your region, visit our homepage daily.",
        "For more information, visit the library every day after school.",
    ],
)
def test_promo_without_an_outlet(line: str) -> None:
    assert values(run(STEP, f"Headline\n\n{PROSE}\n\n{line}"), "publisher") == []
