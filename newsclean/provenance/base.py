"""What the provenance steps share: the tables, the duplicate guard, block lookup by offset."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import regex

from ..document import Document
from ..model import Fact
from ..step import RuleInfo
from .data import Tables
from .normalise import LIST_KINDS, Normaliser

#: categories of blocks whose text is about other articles (headline lists, menus, comments):
#: an agency or date in them is not a fact about this article
_FOREIGN = regex.compile(
    r"item|related|recommend|ranking|trending|most_read|also_read|headline|prev_next|menu|nav"
    r"|comment|footer|you_may|more_from|read_next"
)


class FactSink:
    """Collects a step's facts, dropping duplicates: one fact per distinct value for list kinds
    (``credits``, ``tags``, ``authors``), one fact per kind for every other kind; facts already
    on the document (from earlier steps) count."""

    __slots__ = ("_kinds", "_seen", "facts")

    def __init__(self, doc: Document) -> None:
        self.facts: list[Fact] = []
        self._seen: set[tuple[str, str]] = set()
        self._kinds: set[str] = set()
        for f in doc.facts:
            self._note(f)

    def _note(self, f: Fact) -> None:
        self._seen.add((f.kind, f.value.casefold()))
        self._kinds.add(f.kind)

    def has(self, kind: str) -> bool:
        return kind in self._kinds

    def wants(self, kind: str) -> bool:
        """A fact of ``kind`` can still be added (list kinds always, single kinds once)."""
        return kind in LIST_KINDS or kind not in self._kinds

    def add(self, fact: Fact) -> bool:
        key = (fact.kind, fact.value.casefold())
        if key in self._seen or not self.wants(fact.kind):
            return False
        self._note(fact)
        self.facts.append(fact)
        return True

    def add_first(self, facts: Iterable[Fact]) -> bool:
        """Add the given facts; whether any was added."""
        return sum(self.add(f) for f in facts) > 0

    def extend(self, facts: Iterable[Fact]) -> None:
        for f in facts:
            self.add(f)


class Blocks:
    """Offset -> block index for one document (built per run, by the step that needs it)."""

    __slots__ = ("_starts", "doc")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._starts = [b.start for b in doc.blocks]

    def at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self.doc.blocks[i].end:
            return None
        return i

    def short(self, max_chars: int) -> list[int]:
        """Blocks of at most ``max_chars`` characters (labels, bylines, notices, promos)."""
        return [i for i, b in enumerate(self.doc.blocks) if b.end - b.start <= max_chars]

    def containing(self, words: tuple[str, ...], max_chars: int | None = None) -> list[int]:
        """Blocks whose lower-cased text contains one of ``words``."""
        out = []
        for i, b in enumerate(self.doc.blocks):
            if max_chars is not None and b.end - b.start > max_chars:
                continue
            low = b.text.lower()
            if any(w in low for w in words):
                out.append(i)
        return out

    def scan(self, rx: regex.Pattern[str], indices: Iterable[int]) -> Iterator[regex.Match[str]]:
        """``rx.finditer`` over the lines of the given blocks only (each from its line start,
        so ``^`` and ``$`` anchor as on the whole text), in block order."""
        text = self.doc.text
        for i in sorted(set(indices)):
            b = self.doc.blocks[i]
            yield from rx.finditer(text, text.rfind("\n", 0, b.start) + 1, b.end)

    def foreign(self, pos: int) -> bool:
        """The offset sits in a block another step judged to be about other articles."""
        i = self.at(pos)
        if i is None:
            return False
        cat = self.doc.category(i)
        return cat is not None and _FOREIGN.search(cat) is not None


class ProvenanceStep:
    """Base of the provenance extractors: holds the normaliser built from the tables."""

    id = "provenance"
    rules: tuple[RuleInfo, ...] = ()

    def __init__(self, tables: Tables | None = None, normaliser: Normaliser | None = None) -> None:
        self.normaliser = normaliser if normaliser is not None else Normaliser(tables)
        self.tables = self.normaliser.tables
