"""The phrase step's prefilters (derived literals, declared triggers, lengths, line starts)
never change a decision: gated matching agrees with trying every rule on the line."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.config import Config
from newsclean.document import Document
from newsclean.rules.phrases import PhraseRules
from newsclean.segment import segment_text

from .phrase_helpers import PROSE, step


def _ungated(s: PhraseRules, doc: Document, i: int) -> tuple[str, tuple[int, int]] | None:
    """The rule that decides block ``i`` when every rule is tried in decision order, with only
    the rule's own conditions (max_chars, declared triggers, guards)."""
    b = doc.blocks[i]
    text, low = b.text, doc.lower[b.start : b.end]
    for n in s._plan.order:
        rule = s.phrase_rules[n]
        if rule.max_chars is not None and len(text) > rule.max_chars:
            continue
        if rule.triggers and not any(t in low for t in rule.triggers):
            continue
        m = rule.find(text)
        if m is not None and rule.fits(doc, i):
            return rule.id, m.span()
    return None


def _gated(s: PhraseRules, doc: Document, i: int, scan: bool) -> tuple[str, tuple[int, int]] | None:
    mask = s.masks(doc).get(i, 0) if scan else None
    hit = s.match_line(doc, i, mask)
    return None if hit is None else (hit[0].id, hit[1].span())


def _agree(line: str) -> None:
    s = step()
    text = f"{PROSE}\n\n{line}\n\n{PROSE}"
    doc = Document(text, segment_text(text), Config())
    for i in range(len(doc.blocks)):
        want = _ungated(s, doc, i)
        assert _gated(s, doc, i, scan=True) == want, (doc.blocks[i].text, want)
        assert _gated(s, doc, i, scan=False) == want, (doc.blocks[i].text, want)


def test_every_example_agrees() -> None:
    for rule in step().phrase_rules:
        for ex in rule.examples:
            _agree(ex)
            _agree(ex.upper())


_EXAMPLES = sorted({ex for r in step().phrase_rules for ex in r.examples})
_ODD = ["İ", "ı", "ſ", "K", "µ", "ẞ", "Σ"]
#: digits beyond ASCII (a rule whose every match holds a digit is tried on lines with one)
_DIGITS = ["٣", "５", "७", "7"]


def _mutate(ex: str, cut: int, ins: str, upper: bool) -> str:
    k = cut % (len(ex) + 1)
    out = ex[:k] + ins + ex[k:]
    return out.upper() if upper else out


lines = st.one_of(
    st.sampled_from(_EXAMPLES),
    st.builds(
        _mutate,
        st.sampled_from(_EXAMPLES),
        st.integers(0, 400),
        st.one_of(st.sampled_from(_ODD + _DIGITS), st.text(max_size=3)),
        st.booleans(),
    ),
    st.text(
        st.one_of(st.characters(codec="utf-8"), st.sampled_from(_ODD)), min_size=1, max_size=60
    ),
).filter(lambda s: s.strip() and "\n" not in s and "\r" not in s)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_arbitrary_lines_agree(line: str) -> None:
    _agree(line)
