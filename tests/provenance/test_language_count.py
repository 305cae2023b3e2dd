"""The stopword count (an Aho-Corasick scan) sees exactly the words ``str.split()`` gives."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclean.provenance import LanguageStep

from .helpers import NORMALISER

LANG = LanguageStep(normaliser=NORMALISER)


def _by_split(low: str) -> dict[str, int]:
    return dict(Counter(w for w in low.split() if LANG.detector.is_stopword(w)))


@pytest.mark.parametrize(
    "low",
    [
        "the cat and the dog of the house",
        "the the the\nthe",
        "the,\tand\xa0of\u2009the\u3000y\x1cde la\r\nle",
        "theory andes other; (the) the. «le» le",
        "",
        "   \n\n  ",
        "é the ü und der die das ñ y el",
    ],
)
def test_count_is_split_count(low: str) -> None:
    assert LANG.detector.count(low) == _by_split(low)
