"""Hypothesis: for any str, every fact's evidence is the input at its offsets, inside the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.pipeline import Pipeline
from newsclean.provenance import provenance_steps

from .helpers import NORMALISER

PROV_ONLY = Pipeline(provenance_steps(tables=NORMALISER.tables))

# fragments that trigger the extractors, mixed with arbitrary text
FRAGMENTS = st.sampled_from(
    [
        "WASHINGTON (AP) – ", "(With inputs from PTI)", "Updated: 18 Jun 2023, 07:28 AM IST",
        "By Jane Doe and John Roe", "Photo: X/AFP/Pool", "Source: https://example.com/a/b",
        "Tags: a, b", "© 2024 Reuters", "This article originally appeared on The Example.",
        "Example is an automatic aggregator.", "https://www.example.co.nz/news/1/x y",
        "syndicated feed", "\n", "\r\n", "\u2028", " ", "(", ")", "—", "Date:", "March 3, 2024",
    ]
)  # fmt: skip
MIXED = st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=12).map("".join)


def _check_facts(text: str, pipeline: Pipeline) -> None:
    a = pipeline.run(text)
    n = len(a.text)
    for f in a.provenance:
        assert 0 <= f.start <= f.end <= n
        assert a.text[f.start : f.end] == f.evidence
        assert 0.0 <= f.confidence <= 1.0


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _check_facts(text, PROV_ONLY)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_text_with_provenance_fragments(text: str) -> None:
    _check_facts(text, PROV_ONLY)
    _check_facts(text, newsclean.default_pipeline())


@settings(max_examples=100, deadline=None)
@given(MIXED)
def test_no_duplicate_facts(text: str) -> None:
    a = PROV_ONLY.run(text)
    seen = [(f.kind, f.value.casefold()) for f in a.provenance]
    assert len(seen) == len(set(seen))
    for kind in {f.kind for f in a.provenance} - {"credits", "tags", "authors"}:
        assert len(a.provenance.all(kind)) == 1
