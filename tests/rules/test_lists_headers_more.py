"""More list headers ("Trending this hour", "Más sobre este tema", "Plus sur ce sujet") and
stock "next steps" subheads, which stay in the story even between removed lines."""

from __future__ import annotations

import pytest

from .context_helpers import PROSE, category_of, clean, doc, kept_all, rule_of

TITLE = "Harbour bridge reopens after two years of repairs"
HEADLINES = [
    "Fire crews contain wildfire near the northern hills",
    "Local bakery wins national award for sourdough",
    "School district names new superintendent after long search",
]


@pytest.mark.parametrize(
    ("header", "category"),
    [
        ("Popular in the last 24 hours", "ranking_header"),
        ("Most read today", "ranking_header"),
        ("Trending this hour", "ranking_header"),
        ("Más sobre este tema", "related_header"),
        ("Plus sur ce sujet", "related_header"),
    ],
)
def test_more_list_headers(header: str, category: str) -> None:
    a = clean(doc(TITLE, *PROSE, header, *HEADLINES, sep="\n"))
    assert category_of(a, header) == category
    assert all(rule_of(a, h) is not None for h in HEADLINES)
    kept_all(a, PROSE)


@pytest.mark.parametrize("subhead", ["Next steps", "Próximos pasos", "Nächste Schritte"])
def test_a_stock_next_steps_subhead_between_removed_lines_stays(subhead: str) -> None:
    a = clean(doc(TITLE, *PROSE, "Download our free app for the latest news.", subhead,
                  "ALSO READ: Fire crews contain wildfire near the hills", "Advertisement",
                  "Work starts in the autumn and lasts a year.", "Agencies", "Print", "Close"))
    assert rule_of(a, subhead) is None
    # a short line that is no stock subhead goes with the removed lines around it
    b = clean(doc(TITLE, *PROSE, "Download our free app for the latest news.", "Next moves",
                  "ALSO READ: Fire crews contain wildfire near the hills", "Advertisement",
                  "Work starts in the autumn and lasts a year.", "Agencies", "Print", "Close"))
    assert rule_of(b, "Next moves") == "short_neighbour"
