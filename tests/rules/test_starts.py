"""How matches begin, read off regex parse trees (``newsclean.starts``): an exact
prefilter, so every string a pattern matches must be allowed by its first two characters,
and the lines it refuses are the ones it should."""

from __future__ import annotations

import re
import warnings

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.literals import ODD_CHARS
from newsclean.rules.cues import PrefixGate
from newsclean.rules.phrases import PhraseRules
from newsclean.starts import starts

from .phrase_helpers import LANGUAGES


@pytest.mark.parametrize(
    ("pattern", "allowed", "refused"),
    [
        (r"read\s+more", ["Re", "READ more", "r"], ["Th", "ra", "“R"]),
        (r"(?:copyright\s*)?(?:©|\(c\))", ["©", "Co", "(c"], ["Cr", "c("]),
        (r"\d{1,2}:\d{2}", ["12", "9:", "٣:"], ["a1", ":1"]),
        (r"x{0,3}y", ["xy", "Y", "xx", "yx"], ["zx", "xz"]),  # "yx": the match "y" ends early
        (r"(?:a|bc|)d", ["ad", "bc", "D.", "b"], ["ac", "ba"]),
        (r"[«‹]\s*prev", ["« ", "‹p", "«p"], ["pr", " «"]),
        (r"\s*(?:tags?|topics?)\s*:", [" t", "\tT", "ta", "To"], ["a ", "Xt"]),
        (r"kelvin", ["\u212ael", "KE"], ["ek"]),
    ],
)
def test_allows_and_refuses(pattern: str, allowed: list[str], refused: list[str]) -> None:
    found = starts(pattern)
    assert found is not None
    for p in allowed:
        assert found.allows(p), p
    for p in refused:
        assert not found.allows(p), p


@pytest.mark.parametrize(
    "pattern",
    [r"a?", r"(?:x)*", r"(a)\1", r"\b", r"(?x) a b"],
)
def test_any_beginning_gives_none(pattern: str) -> None:
    """Empty matches, backreferences and global flags: no prefilter."""
    assert starts(pattern) is None


def test_a_leading_wildcard_allows_everything() -> None:
    found = starts(r"[\s\S]*more")
    assert found is not None
    assert all(found.allows(p) for p in ("zz", "mo", "  ", "9x"))


def test_odd_and_foreign_characters_are_always_allowed() -> None:
    found = starts(r"is\s+")
    assert found is not None
    for c in ODD_CHARS:
        assert found.allows(c + "s")
    assert found.allows("日本")  # outside the literal alphabet: nothing is claimed


def _line_patterns() -> list[str]:
    """Every pattern of the ``line``/``start`` phrase rules, as they are anchored."""
    step = PhraseRules(LANGUAGES)
    return sorted({p for r in step.phrase_rules if r.mode != "search" for p in r.patterns})


LINE_PATTERNS = _line_patterns()


def test_every_phrase_example_is_allowed() -> None:
    """Each table example that a pattern matches begins as that pattern allows."""
    step = PhraseRules(LANGUAGES)
    checked = 0
    for rule in step.phrase_rules:
        if rule.mode == "search":
            continue
        for j, pattern in enumerate(rule.patterns):
            rx = regex.compile(rf"^(?:{pattern})", regex.IGNORECASE | regex.VERSION0)
            for example in rule.examples:
                if rx.match(example):
                    checked += 1
                    assert rule.may_start(example[:2], j), (rule.id, j, example)
    assert checked > 100


def _stdlib(pattern: str) -> re.Pattern[str] | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return re.compile(pattern, re.IGNORECASE)
        except re.error:
            return None


STDLIB = [(p, rx) for p in LINE_PATTERNS if (rx := _stdlib(p)) is not None]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), k=st.integers(min_value=0, max_value=len(STDLIB) - 1))
def test_generated_matches_are_allowed(data: st.DataObject, k: int) -> None:
    """Strings drawn from a table pattern itself (hypothesis's ``from_regex``) begin as
    :func:`starts` allows: the prefilter never refuses a line the pattern matches."""
    pattern, rx = STDLIB[k]
    found = starts(pattern)
    if found is None:
        return
    try:
        text = data.draw(st.from_regex(rx, fullmatch=True))
    except Exception:  # a construct hypothesis cannot generate from: nothing to check
        return
    if rx.match(text) is not None:
        assert found.allows(text[:2]), (pattern, text)


def test_prefix_gate_agrees_with_partial_matching() -> None:
    """A gate's cheap look at two characters never refuses what partial matching allows."""
    rx = regex.compile(r"(?:photo|image)\s*(?:credit)?\s*:", regex.IGNORECASE)
    gate = PrefixGate(rx)
    for head in ["Phot", "IMAG", "pho", "Ima", "Xpho", "“Pho", "Imag"]:
        assert gate(head) == (rx.match(head[:4], partial=True) is not None), head
