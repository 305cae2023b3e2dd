"""Literals and widths derived from regex parse trees (``newsclean.literals``): what they say
is true of every match, and the case-folding claims hold for both engines."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.literals import (
    ODD_CHARS,
    UNSAFE_LITERAL_CHARS,
    has_odd_chars,
    needs,
    needs_any,
    usable,
)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"theme\s+licen[cs]e", {"licence", "license"}),
        (r"(?:read|see)\s+more", {"more"}),
        (r"\b(?:click|tap)\s+here\b", {"here"}),
        (r"(?:last\s+)?updated:", {"updated:"}),
        (r"[-–—(\[\s]*(?:source|credit)\s*:", {"source", "credit"}),
        (r"(?P<credits>AP|Reuters)\s*$", {"ap", "reuters"}),
        (r"(?-i:AFP)|agencies", {"afp", "agencies"}),
        (r"©\s*\d{4}", {"©"}),
        (r"\p{L}+\s+contributed", {"contributed"}),
        (r"(?P<a>x)(?P<a>y)zz", {"xyzz"}),  # a repeated group name (regex allows it)
        (r"ſtop", {"top"}),  # ſ matches s: it only ends a literal
    ],
)
def test_literals(pattern: str, literals: set[str]) -> None:
    assert needs(pattern).literals == frozenset(literals)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d{1,2}\s\d{4}",  # nothing literal but a character of a class
        r"(?:more)?",  # may match nothing
        r"a|\d+",  # one branch without a literal
        r"[[:alpha:]]+",  # a POSIX class: re would read something else
        r"word{e<=1}",  # a fuzzy match
        r"\Xabc",  # a grapheme: not for re
        r"(?x) a b c",  # a global flag changes the patterns it is combined with
        r"(unclosed",
        r"ſ",  # ſ matches s: not a literal character
    ],
)
def test_no_literals(pattern: str) -> None:
    assert needs(pattern).literals is None


def test_max_width() -> None:
    assert needs(r"(?:next|previous)\s?page").max_width == len("previous page")
    assert needs(r"\p{L}{2,5}").max_width == 5
    assert needs(r"a+").max_width is None
    assert needs(r"(a)\1").max_width is None  # a group number changes once patterns combine
    assert needs_any([r"ab", r"abcd"]).max_width == 4
    assert needs_any([r"ab", r"a+"]).max_width is None


def test_needs_any_is_the_union() -> None:
    a, b = r"reading\s+on", r"\d+\s+comments"
    assert needs_any([a, b]).literals == {"reading", "comments"}
    assert needs_any([r"read\s+more", r"\d+"]).literals is None


def test_literals_drop_strings_that_hold_another() -> None:
    assert needs(r"(?:licen|licence)\s+key").literals == {"licen"}


_WORDS = ["read", "more", "here", "AP", "Reuters", "©", "licen", "é", "ß", "K", "İ", "ı", "ſ"]
_PATTERNS = [
    r"(?:read|see)\s+more",
    r"\bclick\s+here\b",
    r"(?-i:AP|Reuters)\b",
    r"©\s*\d{4}",
    r"licen[cs]e",
    r"caf[ée]\s+stra(?:ß|ss)e",
    r"\p{L}+\s+(?:by|von)\s+\p{Lu}",
    r"(?:ok|kelvin)\s*\d",
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_PATTERNS),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=4)), max_size=8),
)
def test_every_match_holds_a_literal(pattern: str, parts: list[str]) -> None:
    """Whatever a pattern matches (either engine, case-insensitively) holds one of its
    literals once lower-cased, unless the line holds an odd character."""
    text = " ".join(parts)
    lits = needs(pattern).literals
    assert lits is not None
    if any(c in text for c in ODD_CHARS):
        return
    low = text.lower()
    for m in [
        re.search(pattern.replace(r"\p{L}", r"\w").replace(r"\p{Lu}", r"\w"), text, re.I),
        regex.search(pattern, text, regex.I | regex.V0),
    ]:
        if m is not None:
            assert any(w in low for w in lits), (pattern, text)


def _low(t: str) -> str:
    """What ``Document.lower`` makes of one character."""
    c = t.lower()
    return c if len(c) == 1 else t


def test_literal_characters_fold_to_themselves() -> None:
    """Checked codepoint by codepoint, for both engines: every character that matches a
    usable literal character case-insensitively lower-cases to it, or is an odd character.
    (This is what makes a lower-cased ``str.find`` as strict as IGNORECASE.)"""
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    pattern_chars = [
        chr(i)
        for i in (*range(0x530), *range(0x1E00, 0x2C00))
        if len(chr(i).lower()) == 1 and usable(chr(i).lower())
    ]
    alphabet = "".join(sorted(set(pattern_chars)))
    cls = "[" + "".join(re.escape(c) for c in alphabet) + "]"
    bad = []
    for engine in (re, regex):
        flags = engine.IGNORECASE
        # the characters that match some literal character: few, so each is checked
        near = "".join(m.group() for m in engine.finditer(cls, every, flags))
        for c in pattern_chars:
            want = c.lower()
            for m in engine.finditer(re.escape(c), near, flags):
                t = m.group()
                if _low(t) != want and t not in ODD_CHARS:
                    bad.append((engine.__name__, c, t))
    assert not bad, bad[:20]


def test_unsafe_characters_are_not_usable() -> None:
    for c in UNSAFE_LITERAL_CHARS:
        assert not usable(c)
    assert usable("a") and usable("é") and usable("©")


def test_spaces() -> None:
    """Whether a match can hold a space (a whole-line rule that cannot skips lines with one)."""
    assert not needs(r"[0-9a-f]{13,14}").spaces
    assert not needs(r"\S+@\S+").spaces
    assert not needs(r"[^\s]+").spaces
    assert needs(r"a\s+b").spaces
    assert needs(r"a.b").spaces
    assert needs(r"[^x]").spaces
    assert needs(r"\p{L}+").spaces  # a property is read as any character
    assert needs(r"[\p{L}\d]+").spaces
    assert needs(r"(?:a|b c)").spaces
    assert not needs(r"(?=.* )abc").spaces  # a lookahead consumes nothing


def test_plain() -> None:
    assert needs(r"(a)b").plain
    assert not needs(r"(a)\1").plain
    assert not needs(r"(a)?(?(1)b|c)").plain
    assert not needs(r"[[:alpha:]]").plain  # not read


def test_classes_and_properties_are_read_in_place() -> None:
    """``\\p{..}`` inside a class stays inside it; ``]`` first in a class is a character."""
    assert needs(r"[]\p{L}]x").max_width == 2
    assert needs(r"[^]\p{L}]yz").literals == {"yz"}
    assert needs(r"\\pL").literals == {"\\pl"}  # an escaped backslash, then text


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(), st.sampled_from([*ODD_CHARS, "é", "日", "😀"]))))
def test_has_odd_chars_is_a_character_search(text: str) -> None:
    assert has_odd_chars(text) == any(c in ODD_CHARS for c in text)


def test_top_level_bar_ignores_groups_classes_and_escapes() -> None:
    from newsclean.literals import top_level_bar

    assert top_level_bar("a|b") and top_level_bar("[a]|b") and top_level_bar("[^]|]x|y")
    assert not any(top_level_bar(p) for p in ("(a|b)", "[|]", "[]|]", r"\|", "(?:x|y)z"))


def test_also_lists_the_other_required_sets() -> None:
    """Besides ``literals``, every literal run of the pattern and what its positive
    look-arounds look for (a set implied by another is left out)."""
    n = needs(r"(?:our|\bthe)\s+software\s+(?:collects|reads)\b(?=.{0,60}\b(?:news|stories)\b)")
    assert n.literals == {"software"}
    assert set(n.also) == {
        frozenset({"our", "the"}),
        frozenset({"collects", "reads"}),
        frozenset({"news", "stories"}),
    }
    assert needs(r"(?<=xy)ab").also == (frozenset({"xy"}),)
    assert needs(r"(?!zz)ab").also == ()  # a negative look-around requires nothing
    assert needs(r"(?:ab)?cd").also == ()  # nor does an optional group
    assert needs(r"theme\s+licen[cs]e").also == (frozenset({"theme"}),)


_ALSO_PATTERNS = [
    r"(?:read|see)\s+more\b(?=.{0,20}here)",
    r"(?<=by\s)(?:ap|reuters)\s+staff",
    r"\bclick\s+(?:here|below)(?=[^.]*\bto\b)",
    r"(?:our|the)\s+(?:app|site)\s+(?:is|was)\b",
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_ALSO_PATTERNS),
    st.lists(
        st.one_of(
            st.sampled_from(
                ["read", "see", "more", "here", "by", "AP", "staff", "click", "below", "to",
                 "our", "the", "app", "site", "is", "was", "."]
            ),
            st.text(max_size=3),
        ),
        max_size=10,
    ),
)
def test_a_matched_text_holds_every_further_set(pattern: str, parts: list[str]) -> None:
    text = " ".join(parts)
    if any(c in text for c in ODD_CHARS):
        return
    low = text.lower()
    for engine in (re, regex):
        if engine.search(pattern, text, engine.IGNORECASE) is not None:
            for ws in needs(pattern).also:
                assert any(w in low for w in ws), (pattern, text, ws)


def test_digit_is_read_off_the_tree() -> None:
    """``digit``: every match holds a decimal digit (or a positive look-around looks at one)."""
    for p in [r"\d{1,2}:\d{2}", r"[0-9]+\s*km", r"x(?=\w*\d)", r"(?:a\d|b[0-5])", r"(?:\d+)+"]:
        assert needs(p).digit, p
    for p in [r"(?:a|\d)", r"x(?!\d)", r"[^0-9]", r"\D+", r"(?:\d+)?x", r"[\d,]+", r"\p{N}"]:
        assert not needs(p).digit, p
    assert needs_any([r"\d+", r"v\d"]).digit
    assert not needs_any([r"\d+", r"v"]).digit


_DIGIT_PATTERNS = [
    r"\d{1,2}\s*(?:am|pm)",
    r"(?:jan|feb)\s+\d+",
    r"(?=[a-f]*\d)[0-9a-f]{4,}",
    r"(?:v[0-9]|\(\d\))",
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_DIGIT_PATTERNS),
    st.lists(
        st.one_of(st.sampled_from(["jan", "3", "am", "v", "(", ")", "٣", "abcd", "pm"]),
                  st.text(max_size=3)),
        max_size=8,
    ),
)
def test_a_match_of_a_digit_pattern_holds_a_digit(pattern: str, parts: list[str]) -> None:
    text = " ".join(parts)
    assert needs(pattern).digit
    for engine in (re, regex):
        if engine.search(pattern, text, engine.IGNORECASE) is not None:
            assert re.search(r"\d", text) or regex.search(r"\d", text), (pattern, text)
