"""Round 10: a short subhead written as a phrase ("The bigger picture", "Une longue nuit") or a
quoted one ('Not enough') after the story's last paragraph, next to removed boilerplate, is the
story's own line: the ``neighbours`` step leaves it; UI remnants next to it still go."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, clean, doc, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"
TAIL = ["Share this article", "Follow us on Facebook"]


@pytest.mark.parametrize(
    "line",
    [
        "The long road back",
        "A costly delay",
        "An uncertain future",
        "'Not yet'",
        "‘A fresh start’",
        "Der lange Weg",
        "Une longue attente",
        "El precio de la espera",
    ],
)
def test_a_phrase_subhead_next_to_removed_lines_stays(line: str) -> None:
    a = clean(doc(TITLE, *PROSE, line, *TAIL))
    assert rule_of(a, line) is None


@pytest.mark.parametrize("line", ["Show more", "View all", "Load more stories"])
def test_ui_remnants_next_to_removed_lines_still_go(line: str) -> None:
    a = clean(doc(TITLE, *PROSE, *TAIL, line))
    assert rule_of(a, line) is not None
