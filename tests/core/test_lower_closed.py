"""``lower_closed``: a pattern written in lower case finds, case-sensitively on the lower-cased
text, what it finds case-insensitively on the text (``provenance.base.LowerStarts`` relies on
it), and patterns naming an upper-case or oddly folding character are refused."""

from __future__ import annotations

import re

import pytest

from newsclean.literals import has_odd_chars, lower_closed
from newsclean.provenance.base import LowerStarts

CLOSED = ["k", "i", "s", "é", "[öo]", r"\w", r"\W\b", r"[^\S\n]", r"[a-z]", r"(?=we\s)", "—"]


@pytest.mark.parametrize("pattern", CLOSED)
def test_lower_closed_patterns_read_a_lower_cased_character_as_ignorecase_reads_it(
    pattern: str,
) -> None:
    assert lower_closed(pattern)
    folded, cased = re.compile(pattern, re.IGNORECASE), re.compile(pattern)
    for code in range(0x10000):
        c = chr(code)
        if 0xD800 <= code < 0xE000 or has_odd_chars(c) or len(c.lower()) != 1:
            continue
        want = folded.match(c) is not None
        assert (cased.match(c.lower()) is not None) == want, (pattern, hex(code))


@pytest.mark.parametrize(
    "pattern", ["K", "[A-Z]", "(?i:abc)", r"(a)\1", "µ", "ı", "[ſ]", "É", "(?-i:x)"]
)
def test_patterns_naming_upper_case_or_odd_characters_are_not_lower_closed(
    pattern: str,
) -> None:
    assert not lower_closed(pattern)
    if pattern == "K":
        with pytest.raises(ValueError):
            LowerStarts(pattern)

