"""Per-pattern gating of ``line``/``start`` phrase rules: a pattern is run only on lines that
hold its literals, are no longer than its widest match and (when it cannot match a space) hold
none, and the rule's decisions stay those of its whole alternation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.config import Config
from newsclean.document import Document
from newsclean.rules.phrases import PhraseRule, PhraseRules, _Plan
from newsclean.segment import segment_text


def _rule(rid: str, mode: str, *patterns: str, scope: str = "line") -> PhraseRule:
    return PhraseRule(rid, rid, rid, "", mode, scope, "any", None, patterns)


RULES = [
    # literals in two patterns, none in a narrow one that cannot hold a space
    _rule("mixed", "line", r"subscribe\s+now", r"read\s+more\W*", r"\d{3}"),
    # a backreference: its patterns stay together
    _rule("backref", "line", r"(ab)\s+\1", r"zz+q"),
    # a start rule that cuts its match: the first alternative that matches is kept
    _rule("cut", "start", r"see\s+also\s*:", r"see\s+\w+", r"\w+\s+more", scope="match"),
]


def _step() -> PhraseRules:
    s = PhraseRules(("en",))
    s._rules = list(RULES)
    s.rules = tuple(r.info() for r in RULES)
    s._plan_ = None
    return s


def _ungated(s: PhraseRules, doc: Document, i: int) -> tuple[str, tuple[int, int]] | None:
    text = doc.blocks[i].text
    for n in s._plan.order:
        rule = s.phrase_rules[n]
        m = rule.find(text)
        if m is not None:
            return rule.id, m.span()
    return None


def _agree(s: PhraseRules, line: str) -> None:
    text = f"Some prose here.\n{line}\nMore prose."
    doc = Document(text, segment_text(text), Config())
    masks = s.masks(doc)
    for i in range(len(doc.blocks)):
        want = _ungated(s, doc, i)
        for mask in (masks.get(i, 0), None):
            hit = s.match_line(doc, i, mask)
            assert (None if hit is None else (hit[0].id, hit[1].span())) == want, (line, mask)


def test_units_of_a_plain_rule_and_of_one_with_a_backreference() -> None:
    plan = _Plan(RULES)
    mixed, backref, cut = plan.units
    assert [u.which for u in mixed] == [(0,), (1,), (2,)]
    # ``\d{3}`` gives no literal, but every match of it holds a digit: the digit bit
    assert [u.bit == plan.digit_bit != 0 for u in mixed] == [False, False, True]
    assert all(u.bit for u in mixed)
    assert [u.spaces for u in mixed] == [True, True, False]
    assert [u.which for u in backref] == [(0, 1)]
    assert all(u.spaces for u in cut)  # a start rule's match may stop before a space


def test_candidates_leave_out_patterns_the_line_cannot_match() -> None:
    plan = _Plan(RULES)
    mixed = plan.units[0]
    # ``read\s+more``: one literal run gives its bit, the other (scanned for another rule
    # anyway) a further bit the line must hold too
    assert mixed[1].also and not mixed[1].also & mixed[1].bit
    read_bit = mixed[1].bit | mixed[1].also
    short = 0  # the shortest length class

    def of_mixed(mask: int, length_class: int, space: bool) -> list[tuple[int, ...] | None]:
        return [w for n, w in plan.candidates(mask, length_class, space) if n == 0]

    digit = plan.digit_bit
    assert of_mixed(read_bit, short, True) == [(1,)]
    assert of_mixed(mixed[1].bit, short, True) == []  # without the further bit
    assert of_mixed(read_bit, short, False) == [(1,)]  # no digit: ``\d{3}`` is left out
    assert of_mixed(read_bit | digit, short, False) == [(1, 2)]
    assert of_mixed(read_bit | mixed[0].bit, short, False) == [(0, 1)]
    assert of_mixed(read_bit | mixed[0].bit | digit, short, False) == [None]  # the whole rule
    assert of_mixed(digit, short, False) == [(2,)]
    assert of_mixed(0, short, False) == []
    assert of_mixed(digit, short, True) == []
    # a line too long for ``\d{3}`` and without literals: the rule is not tried
    assert of_mixed(digit, mixed[2].limit + 1, False) == []


def test_known_lines() -> None:
    s = _step()
    for line in [
        "subscribe now",
        "Read more »",
        "123",
        "ab ab",
        "zzzq",
        "See also: x",
        "see more",
        "SEE ALSO : y",
        "1234",
        "subscribe later",
        "foo more",
        "ab ac",
    ]:
        _agree(s, line)


_PARTS = [
    "subscribe",
    "now",
    "read",
    "more",
    "»",
    "123",
    "4",
    "٤",
    "ab",
    "zz",
    "q",
    "see",
    "also",
    ":",
    " ",
    "  ",
    "ſ",
    "İ",
    "x",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=8))
def test_gated_agrees_with_every_rule_tried(parts: list[str]) -> None:
    line = "".join(parts).strip()
    if line:
        _agree(_step(), line)
