"""Every rule of every language table: unique, documented, and its examples removed by it."""

from __future__ import annotations

import pytest

from newsclean.rules.phrases import MACRO_SECTION, PhraseRules, load_rules
from newsclean.vocab import data_text, read_ini

from .phrase_helpers import LANGUAGES, rule_of, step

TABLES = [(lang, data_text(f"{lang}/phrases.ini")) for lang in LANGUAGES]


def test_every_language_has_a_table() -> None:
    for lang, text in TABLES:
        assert text is not None, f"data/{lang}/phrases.ini is missing"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_example_is_removed_by_its_own_rule(lang: str) -> None:
    text = data_text(f"{lang}/phrases.ini")
    assert text is not None
    cp = read_ini(text, source=lang)
    rules = {r.id: r for r in step().phrase_rules}
    failures = []
    for section in cp.sections():
        if section == MACRO_SECTION:
            continue
        opts = dict(cp.items(section))
        examples = [opts.get("example", ""), *opts.get("examples", "").splitlines()]
        examples = [e.strip() for e in examples if e.strip()]
        assert examples, f"{lang} [{section}] has no example"
        rule = rules[section]
        for ex in examples:
            got = rule_of(ex, zone=rule.zone)
            if got != section:
                failures.append(f"{lang} [{section}] {ex!r} -> {got}")
    assert not failures, "\n".join(failures)


def test_rules_are_documented() -> None:
    for r in step().phrase_rules:
        assert r.kind and r.kind == r.kind.lower(), r.id
        assert r.reason and len(r.reason) > 15, r.id
        assert r.example, r.id
        assert r.id.replace("_", "").isalnum() and r.id == r.id.lower(), r.id


def test_rule_ids_unique_across_the_default_pipeline() -> None:
    from newsclean import Pipeline

    ids = [r.id for s in Pipeline.default().steps for r in s.rules]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes


def test_english_sections_define_kind_and_reason() -> None:
    text = data_text("en/phrases.ini")
    assert text is not None
    cp = read_ini(text, source="en")
    for section in cp.sections():
        if section == MACRO_SECTION:
            continue
        assert cp.has_option(section, "kind"), section
        assert cp.has_option(section, "reason"), section


def test_rules_that_other_languages_add_to_exist_in_english() -> None:
    en = {r.id for r in load_rules(("en",))}
    for lang in ("de", "fr", "es"):
        text = data_text(f"{lang}/phrases.ini")
        assert text is not None
        for section in read_ini(text, source=lang).sections():
            assert section == MACRO_SECTION or section in en, f"{lang} [{section}]"


def test_search_rules_have_triggers_and_long_rules_are_bounded() -> None:
    """The speed contract: a search rule is prefiltered by triggers; a line/start rule has
    max_chars (or triggers), so long prose lines skip it."""
    for r in step().phrase_rules:
        if r.mode == "search":
            assert r.triggers, r.id
        else:
            assert r.triggers or r.max_chars, r.id


def test_triggers_are_lower_case() -> None:
    for r in step().phrase_rules:
        for t in r.triggers:
            assert t == t.lower(), (r.id, t)


def test_bad_tables_are_reported() -> None:
    from newsclean.rules.phrases import expand_macros

    with pytest.raises(ValueError, match="unknown macro"):
        expand_macros("x{{nope}}", {}, "t")
    with pytest.raises(ValueError, match="nest"):
        expand_macros("{{a}}", {"a": "{{a}}"}, "t")


def test_every_pattern_compiles() -> None:
    """Patterns compile on first use; ``check`` compiles them all (and the engine choice keeps
    ``re`` for what it can read)."""
    import re

    s = step()
    s.check()
    fast = [p for r in s.phrase_rules if r.mode != "search" for p in (r.matcher,)]
    assert any(isinstance(p, re.Pattern) for p in fast)


def test_bad_patterns_are_reported_on_check() -> None:
    from newsclean.rules.phrases import PhraseRule

    bad = PhraseRule("x", "x", "x", "x", "line", "line", "any", None, ("(unclosed",))
    with pytest.raises(ValueError, match="bad pattern"):
        bad.check()


def test_step_is_picklable() -> None:
    import pickle

    s = PhraseRules(("en",))
    again = pickle.loads(pickle.dumps(s))
    assert [r.id for r in again.phrase_rules] == [r.id for r in s.phrase_rules]
