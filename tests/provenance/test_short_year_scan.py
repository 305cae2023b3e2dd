"""The date step's scan for two-digit years finds exactly what its reference pattern's own
``finditer`` finds (it only tries the places where a match can start)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.provenance.dates import _SHORT_YEAR, _short_year_positions

#: digits of several scripts, the separators and quotes the pattern reads, letters
_ALPHABET = "0123456789./'’ ab\u0661\u0663\u00b2\u2082-"


def _reference(text: str) -> list[int]:
    return [m.start() for m in _SHORT_YEAR.finditer(text)]


@settings(max_examples=2000)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_the_scan_finds_what_the_pattern_finds(text: str) -> None:
    assert _short_year_positions(text) == _reference(text)


@given(st.text(max_size=60))
def test_the_scan_agrees_on_any_text(text: str) -> None:
    assert _short_year_positions(text) == _reference(text)


def test_overlapping_candidates_resume_after_a_match() -> None:
    text = "filed 1.2.34.56 and 3/4/21, in '99 and ’05, not 12/1/2099"
    assert _short_year_positions(text) == _reference(text)
    assert _short_year_positions(text)  # the sample holds matches
