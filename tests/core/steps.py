"""Tiny hand-made steps for the core tests: each removes, protects, cuts or titles blocks by a
plain predicate, so a test knows exactly which decisions a pipeline will see."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsclean import Document, Fact, Protect, Remove, RuleInfo, SetTitle
from newsclean.step import Decision

Pred = Callable[[str], bool]


class RemoveWhere:
    """Removes every block whose text satisfies ``pred``."""

    def __init__(self, id: str, pred: Pred, rule: str | None = None) -> None:
        self.id = id
        self.rule = rule or id
        self.pred = pred
        self.rules = (RuleInfo(self.rule, "test_kind", "a test rule", "example"),)

    def apply(self, doc: Document) -> Iterator[Decision]:
        for b in doc.blocks:
            if self.pred(b.text):
                yield Remove(b.index, self.rule, "test_kind", f"{self.rule} said so")


class ProtectWhere:
    """Protects every block whose text satisfies ``pred``."""

    def __init__(self, id: str, pred: Pred) -> None:
        self.id = id
        self.pred = pred
        self.rules = (RuleInfo(id, "protect", "a test protection"),)

    def apply(self, doc: Document) -> Iterator[Decision]:
        for b in doc.blocks:
            if self.pred(b.text):
                yield Protect(b.index, self.id, "protected by the test")


class CutWord:
    """Removes only the first occurrence of ``word`` inside each block (a sub-block cut)."""

    def __init__(self, id: str, word: str) -> None:
        self.id = id
        self.word = word
        self.rules = (RuleInfo(id, "cut", "a test cut"),)

    def apply(self, doc: Document) -> Iterator[Decision]:
        for b in doc.blocks:
            k = b.text.find(self.word)
            if k >= 0:
                s = b.start + k
                yield Remove(b.index, self.id, "cut", "cut by the test", s, s + len(self.word))


class TitleFirst:
    """Marks the first block as the title, splitting off a `` | suffix``."""

    id = "title_first"
    rules = (RuleInfo("title_first", "title", "the first line is the title"),)

    def apply(self, doc: Document) -> Iterator[Decision]:
        if doc.blocks:
            b = doc.blocks[0]
            k = b.text.find(" | ")
            end = b.end if k < 0 else b.start + k
            yield SetTitle(0, self.id, b.start, end)


class FactOfWord:
    """Records a fact for every occurrence of ``word`` (evidence = the word)."""

    def __init__(self, id: str, word: str, kind: str = "publisher") -> None:
        self.id = id
        self.word = word
        self.kind = kind
        self.rules = (RuleInfo(id, "fact", "a test fact"),)

    def apply(self, doc: Document) -> Iterator[Decision]:
        start = 0
        while (k := doc.text.find(self.word, start)) >= 0:
            yield Fact(self.kind, self.word, k, k + len(self.word), self.word, self.id)
            start = k + 1
