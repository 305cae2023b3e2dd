"""``Blocks.scan_from`` (the pattern tried only where a match can start) finds what
``Blocks.scan`` (``finditer`` over each block) finds."""

from __future__ import annotations

import pytest

from newsclean.provenance import AggregatorStep, DatesStep

from .helpers import NORMALISER, doc

DATES = DatesStep(normaliser=NORMALISER)

TEXTS = [
    "Published: March 3, 2024 at 4:15 p.m. EST",
    "   Updated 18 Jun 2023, 07:28 AM IST | Posted on June 17, 2023",
    "By Jane Doe  Published  3 March 2024 · Last updated: 4 March 2024 10:00 GMT",
    "Sunday 18 June 2023 14:00 (UTC+8)\nPUBLICATION DATE 2024-03-03T16:15:00Z",
    "The data published in 2023 was dated 4 May 2021; publicado: 3 de marzo de 2024",
    "Veröffentlicht am 3. März 2024, aktualisiert 11.08.2023, 09:13 Uhr MESZ",
    "x" * 120 + " dated 3 May 2024 " + "y" * 200 + " | Updated: 4 May 2024 10:00",
    "Mis à jour le 3 mars 2024 à 16h15. Publié le 2 mars 2024",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_from_is_finditer(text: str) -> None:
    blocks = DATES.view(doc(text))
    every = range(len(blocks.doc.blocks))
    expected = [m.span() for m in blocks.scan(DATES._rx, every)]
    assert [m.span() for m in blocks.scan_from(DATES._rx, every, DATES._label)] == expected
    assert expected  # the texts hold dates


AGGREGATOR = AggregatorStep(normaliser=NORMALISER)

#: each way the aggregator pattern says it, at a line start, after a sentence's end (one to
#: three spaces, a dash or a colon), and the passive verb inside a word ("This collected by")
AGGREGATOR_TEXTS = [
    "Example Wire is an automatic aggregator of the global media.",
    "Note.  Daily Digest automatically collects stories from RSS feeds about news.",
    "Disclaimer: This article was automatically collected by Sample Hub from its feed.",
    "Thiswas gathered by Foo Bar. Also: This collected by Foo Baz, via its feed.",
    "— Sample Hub does not create this content; it aggregates RSS feeds automatically.",
    "(All articles on Sample Hub are automatically gathered from many sites.)",
    "We at Example Hub curate stories from the web for our news readers.",
    "A note from Example Hub: we collect stories and headlines from feeds.",
    "Der Artikel wurde automatisch gesammelt von Beispiel Portal, aus einem Feed.",
    "\u00a0Sample Hub ist ein automatischer Aggregator.\tIt is, an index site.",  # none
]


@pytest.mark.parametrize("text", AGGREGATOR_TEXTS)
def test_aggregator_starts_cover_finditer(text: str) -> None:
    blocks = AGGREGATOR.view(doc(text))
    every = range(len(blocks.doc.blocks))
    expected = [(m.span(), m.groups()) for m in blocks.scan(AGGREGATOR._rx, every)]
    found = blocks.scan_from(AGGREGATOR._rx, every, AGGREGATOR._starts)
    assert [(m.span(), m.groups()) for m in found] == expected
    assert expected or text.startswith("\u00a0")  # all but the last hold a disclaimer
