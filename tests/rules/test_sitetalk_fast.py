"""The site-talk step's shortcuts decide what the full computation decides: ``words_of``'s
Latin-1 path finds what the word pattern finds, and a line the score bound passes over could
never have reached the threshold (the step's suspects are those of the plain computation)."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.document import Document
from newsclean.rules.cues import QUOTE_FIRST, is_dateline
from newsclean.rules.sitetalk import MIN_KNOWN, SiteTalk
from newsclean.rules.sitetalk_model import (
    _WORD,
    MAX_CHARS,
    MIN_WORDS,
    ScoreBound,
    SiteTalkModel,
    TextWords,
    features,
    words_of,
)

ROOT = Path(__file__).resolve().parents[2]
#: dev splits only (never a test split)
CORPORA = ("benchmarks/blind_e/corpus.jsonl", "benchmarks/blind_f/corpus.jsonl",
           "benchmarks/heldout/corpus.jsonl")


def reference_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@cache
def dev_texts() -> tuple[str, ...]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/seeds").glob("*.txt"))]
    for rel in CORPORA:
        with (ROOT / rel).open(encoding="utf-8") as f:
            texts += [r["text"] for r in map(json.loads, f) if r.get("split") == "dev"]
    return tuple(texts)


@cache
def dev_lines() -> tuple[str, ...]:
    return tuple(dict.fromkeys(ln for t in dev_texts() for ln in t.splitlines()))


# -- words_of -----------------------------------------------------------------------------------
#: characters that try each branch: letters of several scripts, both apostrophes and the stand-in,
#: marks turned to spaces, digits, "_", letters that lower-case to two characters or by context
TRICKY = ("aZéÉßµªº²½İΣσςжЖ'’‘\x01“”—–…•€«»·\xa0\x85\x1c _-.,!?0123456789\tKÅ"
          "ﬁǅΐŉ")


@given(st.text(alphabet=TRICKY, max_size=40))
@settings(max_examples=800, deadline=None)
def test_words_of_is_the_pattern_on_tricky_text(text: str) -> None:
    assert words_of(text) == reference_words(text)


@given(st.text(max_size=60))
@settings(max_examples=500, deadline=None)
def test_words_of_is_the_pattern_on_any_text(text: str) -> None:
    assert words_of(text) == reference_words(text)


@pytest.mark.parametrize("block", range(0, 0x3000, 0x400))
def test_words_of_is_the_pattern_char_by_char(block: int) -> None:
    """Each character between letters, next to apostrophes, alone, in an ASCII and a Latin-1
    line (the fast path) and beside a mark that is turned into a space."""
    for c in map(chr, range(block, block + 0x400)):
        for text in (f"ab{c}cd ef", f"x {c}'y z’{c}", f"{c}", f"é{c}—{c}é", f"’{c}’ it's"):
            assert words_of(text) == reference_words(text), (hex(ord(c)), text)


def test_words_of_is_the_pattern_on_dev_lines() -> None:
    for line in dev_lines():
        assert words_of(line) == reference_words(line), line


def test_words_of_keeps_apostrophes_inside_words() -> None:
    assert words_of("Don't miss l’article d’aujourd’hui — 'quoted' rock 'n' roll") == [
        "don't", "miss", "l’article", "d’aujourd’hui", "quoted", "rock", "n", "roll"]


def lines_of(text: str) -> list[tuple[str, int, int]]:
    """Each stripped line of ``text`` with its offsets (as ``segment_text`` makes blocks)."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            out.append((stripped, start, start + len(stripped)))
        pos += len(line)
    return out


def assert_text_words(text: str) -> None:
    low = Document(text, [], Pipeline.default().config).lower
    found = TextWords(low)
    for line, start, end in lines_of(text):
        assert found.words(line, start, end) == words_of(line), (text, line)


@given(st.text(alphabet=TRICKY + "\n\n\n\n", max_size=80))
@settings(max_examples=800, deadline=None)
def test_text_words_are_words_of_each_line_on_tricky_text(text: str) -> None:
    assert_text_words(text)


@given(st.lists(st.text(max_size=30), max_size=6))
@settings(max_examples=300, deadline=None)
def test_text_words_are_words_of_each_line_on_any_text(lines: list[str]) -> None:
    assert_text_words("\n".join(lines))


def test_text_words_are_words_of_each_line_on_dev_texts() -> None:
    for text in dev_texts():
        assert_text_words(text)


def test_text_words_leave_much_of_another_script_to_words_of() -> None:
    text = "Latin line here\n" + "Кириллица и латиница " * 5 + "\nl’article d’hier ’x\n"
    assert_text_words(text)


# -- the score bound ----------------------------------------------------------------------------
def reaches(bound: ScoreBound, words: list[str], least: float) -> bool:
    return bound.reaches(words, bound.vocab.intersection(words), least)


def test_bound_never_drops_a_line_that_reaches_on_dev_lines() -> None:
    model = SiteTalkModel.load()
    bound = ScoreBound(model)
    dropped = 0
    for line in dev_lines():
        words = words_of(line)
        if len(words) < 2:
            continue
        score = model.score(features(line, words))
        for least in (-3.0, 0.0, 2.0, 3.0, 3.5, 4.5, 7.0):
            if not reaches(bound, words, least):
                assert score < least, (line, score, least)
                dropped += 1
    assert dropped > 1000  # the bound does spare work


#: a small model with every kind of feature (shape marks and length buckets too)
TOY_FEATURES = ("read", "more", "our", "app", "said", "the", "of", "to", "you", "l’app",
                "read_more", "our_app", "the_app", "to_you", "said_the", "^read", "^the",
                "#len4", "#len8", "#len16", "#url", "#email", "#quote", "#digit", "#excl",
                "#arrow", "#end.", "a_b_c", "^", "#other", "~read", "~zebr", "~l’ap", "~edit")
WORDS = ("read", "more", "our", "app", "said", "the", "of", "to", "you", "l’app", "zebra",
         "reading", "readers", "éditée", "editors")


@given(
    st.floats(-3, 3),
    st.lists(st.floats(-3, 3), min_size=len(TOY_FEATURES), max_size=len(TOY_FEATURES)),
    st.lists(st.sampled_from(WORDS), max_size=40),
    st.lists(st.sampled_from(["", " www.x.com", " a@b.io", " “", " 7", "!", " →", "."]),
             max_size=4),
    st.floats(-6, 8),
)
@settings(max_examples=400, deadline=None)
def test_bound_never_drops_a_line_that_reaches(
    bias: float, weights: list[float], words: list[str], marks: list[str], least: float
) -> None:
    model = SiteTalkModel(bias, dict(zip(TOY_FEATURES, weights, strict=True)))
    line = " ".join(words) + "".join(marks)
    found = words_of(line)
    if not reaches(ScoreBound(model), found, least):
        assert model.score(features(line, found)) < least


# -- the step's suspects --------------------------------------------------------------------------
def reference_stem(word: str) -> str | None:
    """A word's stem feature, spelled out: its first four letters with the accents of Latin
    letters (U+00C0-U+024F) taken off; None for a word of four letters or fewer."""
    if len(word) <= 4:
        return None
    out = ""
    for c in word[:4]:
        base = unicodedata.normalize("NFKD", c)
        out += base[0] if 0xC0 <= ord(c) < 0x250 and base != c and base[0].isascii() else c
    return "~" + out


def reference_suspects(model: SiteTalkModel, doc: Document, least: float) -> dict[int, float]:
    """The suspects as the step found them before its shortcuts: every judged line scored."""
    out: dict[int, float] = {}
    for i, b in enumerate(doc.blocks):
        text = b.text
        if doc.decisions[i] is not None or len(text) > MAX_CHARS or text[:1] in QUOTE_FIRST:
            continue
        words = reference_words(text)
        if len(words) < MIN_WORDS:
            continue
        distinct = set(words)
        if sum(w in model.weights or reference_stem(w) in model.weights
               for w in distinct) < MIN_KNOWN * len(distinct):
            continue
        score = model.score(features(text, words))
        if score >= least and not is_dateline(text):
            out[i] = score
    return out


def test_suspects_are_the_reference_on_dev_texts() -> None:
    pipe = Pipeline.default()
    step = next(s for s in pipe.steps if isinstance(s, SiteTalk))
    seen = 0
    for text in dev_texts()[:150]:
        doc, _ = pipe.read(text)
        for other in pipe.steps:
            if other is step:
                break
            for d in other.apply(doc):
                doc.apply(d)
        for least in (-2.0, 1.0, 3.0, 3.5, 4.5):
            got = step.suspects(doc, least)
            assert got == reference_suspects(step.model, doc, least)
            seen += len(got)
    assert seen > 100
