"""The opening gate (``newsclean.starts.opening``, ``PhraseRule.refuses``): a phrase pattern
not compiled yet is compiled only for a line one of its matches could begin, read off its parse
tree on the line's first characters. An exact prefilter: it must never refuse a line the
compiled pattern matches (the phrase step's decisions stay those of compiling every pattern)."""

from __future__ import annotations

import re
import warnings
from functools import cache

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.literals import ODD_CHARS
from newsclean.rules.phrases import GATE_TRIES, PhraseRule, PhraseRules, _Deferred
from newsclean.starts import OPENING_CHARS, opening

from .phrase_helpers import LANGUAGES


@pytest.mark.parametrize(
    ("pattern", "allowed", "refused"),
    [
        (
            r"(?:posted|written)\s+by\s+\w+",
            ["Posted by Ann", "WRITTEN  BY x"],
            ["Posted: May 3", "posted by", "Post"],
        ),
        (r"x{0,3}y", ["y", "xxxy", "yz"], ["xxxxy", "xz", ""]),
        (r"(?:a|bc|)d", ["ad", "bcd", "d"], ["ac", "bd"]),
        (r"[a-c]{2}\d+", ["ab1", "CC22"], ["ad1", "ab", "a1"]),
        (r"(?=foo)\w+bar", ["foobar"], ["fo bar"]),  # a lookahead reads as zero width
        (r"kelvin", ["\u212aelvin", "KELVIN"], ["kelvi"]),
        (r"\d{1,2}:\d{2}\s*(?:am|pm)", ["9:30 pm", "12:05AM"], ["9:3 pm", "x9:30"]),
    ],
)
def test_allows_and_refuses(pattern: str, allowed: list[str], refused: list[str]) -> None:
    o = opening(pattern)
    assert o is not None
    for t in allowed:
        assert o.allows(t), t
    for t in refused:
        assert not o.allows(t), t


def test_what_it_cannot_read_is_allowed() -> None:
    long = "a" * (OPENING_CHARS + 5)
    o = opening(r"a+b")
    assert o is not None and o.allows(long)  # too far to tell
    backref = opening(r"(ab)\s\1")
    assert backref is not None and backref.allows("ab ab") and backref.allows("ab zz")
    odd = opening(r"is\s+now")
    assert odd is not None
    for c in ODD_CHARS:
        assert odd.allows(c + "s now")
    assert odd.allows("日s now")  # a character outside the alphabet may stand for any
    assert not odd.allows("日x now")


#: tricky patterns of the kinds the tables use: repeats with a minimum, lazy and possessive
#: ones, classes with ranges and negations, categories, empty alternatives, anchors, lookarounds
TRICKY_PATTERNS = (
    r"(?:click\s+to\s+)?(?:share|tweet|e-?mail)(?:\s+(?:on|via)\s+\w+)?",
    r"\W{0,3}(?:read|see)\s+(?:more|also)\b\W*",
    r"[-–—•·|\s]*(?:published|posted)\s*:?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}",
    r"(?:[^\W\d_]+\s+){1,3}?(?:said|wrote)\s*:",
    r"(?:\d{1,3}(?:[.,]\d{3})*|\d+)\s+(?:views?|comments?)",
    r"(?!the\b)[a-z]{2,6}(?:ing|ed)\s*$",
    r"a{2,}b*?c",
    r"(?:ab|a)(?:bc|c)d",
)
ALPHABET = "abcdeghilmnoprstuvwy ABDRST:.-/,019|•–\u212a\u0130ſß"


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(TRICKY_PATTERNS), st.text(alphabet=ALPHABET, max_size=30))
def test_never_refuses_a_match_of_either_engine(pattern: str, text: str) -> None:
    o = opening(pattern)
    assert o is not None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        std = re.compile(pattern, re.IGNORECASE).match(text)
    rgx = regex.compile(pattern, regex.IGNORECASE | regex.VERSION0).match(text)
    if std is not None or rgx is not None:
        assert o.allows(text), (pattern, text)


@cache
def _line_rules() -> tuple[PhraseRule, ...]:
    return tuple(r for r in PhraseRules(LANGUAGES).phrase_rules if r.mode != "search")


def _fresh(rule: PhraseRule) -> PhraseRule:
    return PhraseRule(
        rule.id, rule.kind, rule.reason, rule.example, rule.mode, rule.scope, rule.zone,
        rule.max_words, rule.patterns, rule.examples, rule.max_chars, rule.triggers,
        rule.fact_only, rule.unless,
    )  # fmt: skip


def _variants(example: str) -> list[str]:
    return [example, "➤ " + example, "👉👉  " + example, example.upper(), example + " x"]


def test_refuses_no_table_example_its_pattern_matches() -> None:
    checked = 0
    for rule in _line_rules():
        every = tuple(range(len(rule.patterns)))
        compiled = rule.sub_matchers(every)
        gate = _fresh(rule)
        for j, rx in zip(every, compiled, strict=True):
            for ex in rule.examples:
                for text in _variants(ex):
                    if rx.match(text) is not None:
                        checked += 1
                        gate._lazy.pop(("gate", j), None)  # a fresh budget for each line
                        assert not gate.refuses(text, j), (rule.id, j, text)
    assert checked > 300


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_refuses_no_line_its_pattern_matches(data: st.DataObject) -> None:
    """Lines made from table examples (cut, extended, case changed, odd characters put in)."""
    rule = data.draw(st.sampled_from([r for r in _line_rules() if r.examples]))
    j = data.draw(st.integers(0, len(rule.patterns) - 1))
    ex = data.draw(st.sampled_from(rule.examples))
    cut = data.draw(st.integers(0, len(ex)))
    extra = data.draw(st.text(alphabet=ALPHABET + "\u2794👉 ", max_size=6))
    text = data.draw(
        st.sampled_from([ex[:cut] + extra, extra + ex[cut:], ex[:cut] + extra + ex[cut:]])
    )
    rx = rule.sub_matchers((j,))[0]
    if rx.match(text) is not None:
        assert not _fresh(rule).refuses(text, j), (rule.id, j, text)


def test_a_deferred_pattern_is_compiled_only_for_a_line_it_may_match() -> None:
    rule = PhraseRule(
        "t", "t", "t", "", "line", "line", "any", None, (r"posted\s+by\s+\w+", r"share\s+this")
    )
    deferred = _Deferred(rule, 0)
    assert deferred.match("Posted on Monday by the staff") is None
    assert ("one", 0) not in rule._lazy  # refused without compiling
    m = deferred.match("Posted by Ann")
    assert m is not None and m.group(0) == "Posted by Ann"
    assert ("one", 0) in rule._lazy
    # a pattern asked about too often is compiled anyway
    other = _Deferred(rule, 1)
    for _ in range(GATE_TRIES + 1):
        assert other.match("Shared by nobody") is None
    assert ("one", 1) in rule._lazy


def _stdlib(pattern: str) -> re.Pattern[str] | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return re.compile(pattern, re.IGNORECASE)
        except re.error:
            return None


@cache
def _stdlib_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    found = {p for r in _line_rules() for p in r.patterns}
    return tuple((p, rx) for p in sorted(found) if (rx := _stdlib(p)) is not None)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_generated_matches_are_allowed(data: st.DataObject) -> None:
    """Strings drawn from a table pattern itself (hypothesis's ``from_regex``) are allowed."""
    pattern, rx = data.draw(st.sampled_from(_stdlib_patterns()))
    o = opening(pattern)
    if o is None:
        return
    try:
        text = data.draw(st.from_regex(rx, fullmatch=True))
    except Exception:  # a construct hypothesis cannot generate from: nothing to check
        return
    if rx.match(text) is not None:
        assert o.allows(text), (pattern, text)
