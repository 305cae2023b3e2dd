"""What the phrase tables compile lazily finds what compiling everything up front finds:
a ``search`` rule compiles a pattern only when it first searches it (a skipped pattern stays
uncompiled), and a ``regex``-engine ``line``/``start`` rule's sub-matcher for a pattern with
fact groups is its fact pattern (named groups kept), which matches as the anonymous one does."""

from __future__ import annotations

import re
from functools import cache

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.rules.phrases import (
    _FLAGS,
    PhraseRule,
    PhraseRules,
    _has_facts,
    _leading_words,
    _strip_names,
    _wrap,
    compile_pattern,
)


@cache
def _rules() -> tuple[PhraseRule, ...]:
    return PhraseRules(("en", "de", "fr", "es")).phrase_rules


def _fresh(rule: PhraseRule) -> PhraseRule:
    """The same rule with nothing compiled yet."""
    return PhraseRule(
        rule.id, rule.kind, rule.reason, rule.example, rule.mode, rule.scope, rule.zone,
        rule.max_words, rule.patterns, rule.examples, rule.max_chars, rule.triggers,
        rule.fact_only, rule.unless,
    )  # fmt: skip


def _plain_find(rule: PhraseRule, text: str) -> tuple[int, int] | None:
    """A search rule's match with every pattern compiled up front and no lead shortcut."""
    for p in rule.patterns:
        m = compile_pattern(_strip_names(p)).search(text)
        if m is not None:
            return m.span()
    return None


def test_search_rules_compile_a_pattern_on_first_search_only() -> None:
    rule = PhraseRule(
        "t", "t", "t", "", "search", "line", "any", None,
        (r"\bsubscribe\s+now\b", r"\bfollow\s+us\b", r"\bsign\s+up\b"),
    )  # fmt: skip
    m = rule.find("Please follow us today", skip=0b101)
    assert m is not None and m.group(0) == "follow us"
    slots = rule._lazy["slots"]
    assert slots[0] is None and slots[2] is None and slots[1] is not None
    # the eager views still give every pattern, with the same engines and leads
    assert [p.pattern for p in rule.singles] == [_strip_names(p) for p in rule.patterns]
    assert rule.leads == (("subscribe",), ("follow",), ("sign",))


def test_search_rules_singles_and_leads_as_compiled_up_front() -> None:
    for rule in _rules():
        if rule.mode != "search":
            continue
        fresh = _fresh(rule)
        for p, single, lead in zip(fresh.patterns, fresh.singles, fresh.leads, strict=True):
            want = compile_pattern(_strip_names(p))
            assert single.pattern == want.pattern and type(single) is type(want), rule.id
            assert lead == (_leading_words(_strip_names(p)) if isinstance(want, re.Pattern) else ())


def test_search_rules_find_on_their_examples() -> None:
    for rule in _rules():
        if rule.mode != "search":
            continue
        for ex in rule.examples:
            m = _fresh(rule).find(ex)
            assert (None if m is None else m.span()) == _plain_find(rule, ex), (rule.id, ex)


def _regex_fact_rules() -> list[PhraseRule]:
    return [
        r
        for r in _rules()
        if r.mode != "search" and not r._matcher_is_std and any(_has_facts(p) for p in r.patterns)
    ]


def _agree_named(rule: PhraseRule, text: str) -> None:
    every = tuple(range(len(rule.patterns)))
    for j, named in zip(every, rule.sub_matchers(every), strict=True):
        anon = regex.compile(_wrap(_strip_names(rule.patterns[j]), rule.mode), _FLAGS)
        got, want = named.match(text), anon.match(text)
        assert (None if got is None else got.span()) == (None if want is None else want.span())


def test_regex_sub_matchers_with_fact_groups_are_the_fact_patterns() -> None:
    rules = _regex_fact_rules()
    assert rules, "the tables have regex-engine rules with fact groups"
    for rule in rules:
        facts = set(map(id, rule.fact_patterns))
        every = tuple(range(len(rule.patterns)))
        for j, c in zip(every, rule.sub_matchers(every), strict=True):
            assert (id(c) in facts) == _has_facts(rule.patterns[j]), (rule.id, j)
        for ex in rule.examples:
            _agree_named(rule, ex)


@settings(max_examples=150, deadline=None)
@given(
    st.data(),
    st.text(alphabet="aZ é:,.-–|/0123456789 ", max_size=12),
    st.text(alphabet="aZ é:,.-–|/0123456789 ", max_size=12),
)
def test_regex_sub_matchers_named_or_not_match_alike(
    data: st.DataObject, before: str, after: str
) -> None:
    rules = _regex_fact_rules()
    rule = data.draw(st.sampled_from(rules))
    ex = data.draw(st.sampled_from(rule.examples or ("",)))
    cut = data.draw(st.integers(0, len(ex)))
    for text in (before + ex + after, ex[:cut] + after, before + ex[cut:]):
        _agree_named(rule, text)
