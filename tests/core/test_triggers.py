"""MaskIndex: one scan gives each block the union of the masks of the words it contains."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import Config
from newsclean.document import Document
from newsclean.segment import segment_text
from newsclean.triggers import MaskIndex

WORDS = {"ab": 1, "b": 2, "bc": 4, "é": 8, "read more": 16, "日本": 32}


def reference(index_words: dict[str, int], doc: Document) -> dict[int, int]:
    out: dict[int, int] = {}
    for i, b in enumerate(doc.blocks):
        mask = 0
        for w, m in index_words.items():
            if w in doc.lower[b.start : b.end]:
                mask |= m
        if mask:
            out[i] = mask
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "b", "c", "é", " ", "\n", "Read ", "more", "日本", "x"])))
def test_scan_matches_a_word_by_word_reference(parts: list[str]) -> None:
    text = "".join(parts)
    doc = Document(text, segment_text(text), Config())
    assert MaskIndex(WORDS).scan(doc) == reference(WORDS, doc)


def test_words_unions_overlapping_hits_and_pickles() -> None:
    index = MaskIndex(WORDS)
    assert index.words("abc") == 1 | 2 | 4
    assert index.words("nothing here") == 0
    assert pickle.loads(pickle.dumps(index)).words("abc") == 7
    assert not MaskIndex({}) and MaskIndex({}).words("abc") == 0
