"""``LowerStarts`` (where the aggregator and dates patterns may start, found on the lower-cased
text) finds the positions its case-insensitive pattern finds on the text."""

from __future__ import annotations

import pytest

from newsclean.provenance import AggregatorStep, DatesStep

from .helpers import NORMALISER, doc

TEXTS = [
    "NOTE: WE COLLECT NEWS. Posted On June 3? Our robots gather stories",
    "Publié le 3 mars — MIS À JOUR le 4 mars. Veröffentlicht: heute",
    "İstanbul: WE collect news; ſo we gather ARTICLES. PUBLİSHED: today",  # odd characters
]


@pytest.mark.parametrize("text", TEXTS)
def test_lower_starts_find_what_the_case_insensitive_pattern_finds(text: str) -> None:
    for step in (AggregatorStep(normaliser=NORMALISER), DatesStep(normaliser=NORMALISER)):
        starts = step._starts if isinstance(step, AggregatorStep) else step._label
        blocks = step.view(doc(text))
        want = [m.start() for m in starts.folded.finditer(text)]
        assert want
        got = sorted(blocks._match_starts(starts, 0, len(text)))
        assert got == want
