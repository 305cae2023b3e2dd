"""What the provenance steps share: the tables, the duplicate guard, block lookup by offset."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import ClassVar

import regex

from ..document import Document
from ..literals import has_odd_chars, lower_closed
from ..model import Fact
from ..step import RuleInfo
from .data import Tables
from .normalise import LIST_KINDS, Normaliser
from .wordscan import WordScan

#: categories of blocks whose text is about other articles (headline lists, menus, comments):
#: an agency or date in them is not a fact about this article
_FOREIGN = regex.compile(
    r"item|related|recommend|ranking|trending|most_read|also_read|headline|prev_next|menu|nav"
    r"|comment|footer|you_may|more_from|read_next"
)


class FactSink:
    """Collects a step's facts, dropping those ``Document.apply`` would drop: one fact per
    distinct value for list kinds (``credits``, ``tags``, ``authors``), one fact per kind for
    every other kind, the one earliest in the text winning; facts already on the document (from
    earlier steps) count. A fact that starts before the recorded one in the text goes
    through (the pipeline replaces the recorded one); a fact without a span (inferred, or read
    from metadata) only fills a kind or value nothing was recorded for."""

    __slots__ = ("_at", "facts")

    def __init__(self, doc: Document) -> None:
        self.facts: list[Fact] = []
        #: per kind (single kinds) or kind and value (list kinds): where the recorded fact starts
        self._at: dict[tuple[str, str], int] = {
            (f.kind, f.value.casefold() if f.kind in LIST_KINDS else ""): f.start
            for f in reversed(doc.facts)
        }

    def has(self, kind: str) -> bool:
        return any(k == kind for k, _ in self._at)

    def fills(self, kind: str) -> bool:
        """Nothing of ``kind`` is recorded yet (list kinds: always true): a fact without a
        span, or a fallback that must not displace quoted evidence, can still be added."""
        return kind in LIST_KINDS or (kind, "") not in self._at

    def wants(self, kind: str, before: int | None = None) -> bool:
        """A fact of ``kind`` found in the text can still be added: list kinds always, single
        kinds when none is recorded or, given the offset ``before`` where the new evidence
        starts, when it lies earlier than the recorded one (without an offset: when the
        recorded one does not start the text)."""
        bound = self.bound(kind)
        return bound > 0 if before is None else before < bound

    def bound(self, kind: str) -> int:
        """Where a fact of single ``kind`` found in the text must start before to be added
        (``sys.maxsize`` if none is recorded, and for list kinds): steps skip normalising
        (parsing a date...) what lies beyond, and stop scanning there."""
        if kind in LIST_KINDS:
            return sys.maxsize
        at = self._at.get((kind, ""))
        return sys.maxsize if at is None else at

    def add(self, fact: Fact) -> bool:
        key = (fact.kind, fact.value.casefold() if fact.kind in LIST_KINDS else "")
        at = self._at.get(key)
        if at is not None and (fact.end <= fact.start or fact.start >= at):
            return False
        self._at[key] = fact.start
        self.facts.append(fact)
        return True

    def add_first(self, facts: Iterable[Fact]) -> bool:
        """Add the given facts; whether any was added."""
        return sum(self.add(f) for f in facts) > 0

    def extend(self, facts: Iterable[Fact]) -> None:
        for f in facts:
            self.add(f)


class LowerStarts:
    """Where matches of a pattern may start (for :meth:`Blocks.scan_from`), written as a
    stdlib pattern of look-arounds meant case-insensitively, and found on the document's
    lower-cased text by the case-sensitive pattern: ``re`` finds no character to skip ahead
    to in a case-insensitive alternation of words and tries each word at every position, a
    case-sensitive one several times as fast. The pattern must be written in lower case
    (:func:`~newsclean.literals.lower_closed`, checked here), so the positions are the same; a
    text holding one of :data:`~newsclean.literals.ODD_CHARS` is read case-insensitively."""

    __slots__ = ("cased", "folded")

    def __init__(self, pattern: str) -> None:
        if not lower_closed(pattern):
            raise ValueError(f"not a lower-case pattern: {pattern[:60]!r}")
        self.cased = re.compile(pattern)
        self.folded = re.compile(pattern, re.IGNORECASE)


class Blocks:
    """What the provenance steps share about one document, built once per document (see
    :meth:`ProvenanceStep.view`): the lower-cased text, block lookup by offset, and *windows*:
    each block of at most ``SHORT`` characters whole, and only the head (``HEAD`` characters)
    and tail (``TAIL`` characters) of longer blocks, which are prose and carry facts only there
    (a dateline, a trailing "— AFP"). Steps find candidate lines with cheap literal triggers
    (``str.find`` on the lower-cased windows) and run their patterns on those lines only."""

    SHORT = 300
    HEAD = 80
    TAIL = 100

    __slots__ = (
        "_hits", "_odd", "_scan", "_starts", "_wblock", "_wstarts", "doc", "low", "text", "wlow",
        "wtext",
    )  # fmt: skip

    def __init__(self, doc: Document, scan: WordScan | None = None) -> None:
        """``scan``: the pipeline's shared scan (its provenance steps' trigger words); without
        it, no word is scanned for (:meth:`with_words` then finds every word with
        ``str.find``)."""
        self.doc = doc
        self._scan = scan
        text = self.text = doc.text
        self.low = doc.lower
        #: the text holds a character that lower-casing misreads (see ``LowerStarts``)
        self._odd: bool | None = None
        self._starts = starts = [b.start for b in doc.blocks]
        short, head, tail = self.SHORT, self.HEAD, self.TAIL
        spans: list[tuple[int, int]] = []
        wblock: list[int] = []
        for i, b in enumerate(doc.blocks):
            s, e = starts[i], b.end
            if e - s <= short:
                spans.append((s, e))
                wblock.append(i)
            else:
                spans += ((s, s + head), (e - tail, e))
                wblock += (i, i)
        # wtext starts with a line break ("\n<word>" finds line starts); each window is
        # followed by one
        self._wstarts = list(accumulate([we - ws + 1 for ws, we in spans], initial=1))[:-1]
        self._wblock = wblock
        self._hits: tuple[frozenset[str], dict[str, list[int]]] | None = None
        self.wtext = "\n" + "\n".join([text[ws:we] for ws, we in spans])
        low = self.low
        if len(low) == len(text):
            # slices of the document's lower-cased text: no second lower() pass (only a Greek
            # final sigma may differ at a window's edge, which no trigger holds)
            self.wlow = "\n" + "\n".join([low[ws:we] for ws, we in spans])
        else:
            self.wlow = self.wtext.lower()
            if len(self.wlow) != len(self.wtext):
                self.wlow = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.wtext)

    def at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self.doc.blocks[i].end:
            return None
        return i

    def window_block(self, wpos: int) -> int:
        """The block of a position in ``wtext``/``wlow``."""
        return self._wblock[bisect.bisect_right(self._wstarts, wpos) - 1]

    def word_hits(self) -> tuple[frozenset[str], dict[str, list[int]]]:
        """The scanned words (the pipeline's provenance steps' :attr:`ProvenanceStep.words`)
        and where each found one starts in ``wlow``: one scan of the lower-cased windows, on
        first use."""
        if self._hits is None:
            scan = self._scan
            self._hits = (frozenset(), {}) if scan is None else (scan.words, scan.hits(self.wlow))
        return self._hits

    def has_word(self, word: str) -> bool:
        """The lower-cased windows hold ``word``."""
        words, hits = self.word_hits()
        return word in hits if word in words else word in self.wlow

    def with_words(self, words: Iterable[str], max_chars: int | None = None) -> list[int]:
        """Blocks whose windows contain one of the lower-case ``words`` (the shared scan for
        declared words, ``str.find`` on the lower-cased windows for others), of at most
        ``max_chars`` characters."""
        low = self.wlow
        found: set[int] = set()
        shared, hits = self.word_hits()
        wanted = words if isinstance(words, frozenset) else frozenset(words)
        # the scanned words: only those the document holds (set operations, in C)
        for w in hits.keys() & wanted:
            found.update(map(self.window_block, hits[w]))
        for w in wanted - shared:
            i = low.find(w)
            while i >= 0:
                b = self.window_block(i)
                found.add(b)
                i = low.find(w, i + len(w))
        if max_chars is not None:
            blocks = self.doc.blocks
            return sorted(i for i in found if blocks[i].end - blocks[i].start <= max_chars)
        return sorted(found)

    def matching(self, rx: re.Pattern[str], max_chars: int | None = None) -> list[int]:
        """Blocks whose windows a trigger pattern (stdlib ``re``, on the lower-cased windows,
        where every line starts after a ``\n``) matches, of at most ``max_chars`` characters."""
        found = {self.window_block(m.start() + 1) for m in rx.finditer(self.wlow)}
        if max_chars is not None:
            blocks = self.doc.blocks
            return sorted(i for i in found if blocks[i].end - blocks[i].start <= max_chars)
        return sorted(found)

    def short(self, max_chars: int) -> list[int]:
        """Blocks of at most ``max_chars`` characters (labels, bylines, notices, promos)."""
        return [i for i, b in enumerate(self.doc.blocks) if b.end - b.start <= max_chars]

    def containing(self, words: tuple[str, ...], max_chars: int | None = None) -> list[int]:
        """Blocks whose lower-cased text (windows of long blocks) contains one of ``words``."""
        return self.with_words(words, max_chars)

    def scan(self, rx: regex.Pattern[str], indices: Iterable[int]) -> Iterator[regex.Match[str]]:
        """``rx.finditer`` over the given blocks only (each from its line start, so ``^`` and
        ``$`` anchor as on the whole text), in block order. Long blocks are scanned in their
        head and tail windows only."""
        text = self.text
        for s, e in self._ranges(indices):
            yield from rx.finditer(text, s, e)

    def _ranges(self, indices: Iterable[int]) -> Iterator[tuple[int, int]]:
        """The ranges :meth:`scan` reads of the given blocks, in block order: each block from
        its line start, a long one as its head and tail windows."""
        text = self.text
        blocks = self.doc.blocks
        short, head, tail = self.SHORT, self.HEAD, self.TAIL
        for i in sorted(set(indices)):
            b = blocks[i]
            s = text.rfind("\n", 0, b.start) + 1
            if b.end - s <= short:
                yield s, b.end
            else:
                yield s, b.start + head
                yield b.end - tail, b.end

    def scan_from(
        self,
        rx: regex.Pattern[str],
        indices: Iterable[int],
        starts: re.Pattern[str] | regex.Pattern[str] | LowerStarts,
    ) -> Iterator[regex.Match[str]]:
        """:meth:`scan` for a pattern whose every match starts at a line start or where the
        stdlib pattern ``starts`` matches (on the same text; a :class:`LowerStarts` on the
        lower-cased text): ``rx.match`` is tried at those positions only, in order and past
        the last match's end, which gives what ``finditer`` would (it tries every position,
        and the ``regex`` module pays dearly for that on patterns that open with look-behinds).
        ``rx`` must not match the empty string; ``starts`` may be a ``regex`` pattern, to share
        ``rx``'s character classes."""
        for s, e in self._ranges(indices):
            yield from self._match_at(rx, starts, s, e)

    def _match_at(
        self,
        rx: regex.Pattern[str],
        starts: re.Pattern[str] | regex.Pattern[str] | LowerStarts,
        s: int,
        e: int,
    ) -> Iterator[regex.Match[str]]:
        text = self.text
        at = self._match_starts(starts, s, e)
        if s == 0 or text[s - 1] == "\n":
            at.add(s)
        j = text.find("\n", s, e)
        while j >= 0:
            at.add(j + 1)
            j = text.find("\n", j + 1, e)
        done = s
        for p in sorted(at):
            if p < done or p > e:
                continue
            m = rx.match(text, p, e)
            if m is not None:
                yield m
                done = m.end()

    def _match_starts(
        self, starts: re.Pattern[str] | regex.Pattern[str] | LowerStarts, s: int, e: int
    ) -> set[int]:
        """Where ``starts`` matches in ``text[s:e]`` (a :class:`LowerStarts` on the lower-cased
        text, unless the text holds a character lower-casing misreads)."""
        if not isinstance(starts, LowerStarts):
            return {m.start() for m in starts.finditer(self.text, s, e)}
        if self._odd is None:
            self._odd = len(self.low) != len(self.text) or has_odd_chars(self.text)
        if self._odd:
            return {m.start() for m in starts.folded.finditer(self.text, s, e)}
        return {m.start() for m in starts.cased.finditer(self.low, s, e)}

    def scan_line_starts(
        self, rx: regex.Pattern[str], indices: Iterable[int]
    ) -> Iterator[regex.Match[str]]:
        """:meth:`scan` for a pattern whose every match starts at a line start (``^`` with
        ``MULTILINE`` opens each alternative): on a block that holds no line break the only
        line start is the block's, so one ``match`` there gives what ``finditer`` would (it
        would try, and fail, at every other position)."""
        text = self.text
        blocks = self.doc.blocks
        short, head = self.SHORT, self.HEAD
        for i in sorted(set(indices)):
            b = blocks[i]
            s = text.rfind("\n", 0, b.start) + 1
            if text.find("\n", s, b.end) >= 0:
                yield from self.scan(rx, (i,))
                continue
            m = rx.match(text, s, b.end if b.end - s <= short else b.start + head)
            if m is not None:
                yield m

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
    #: the lower-case trigger words the step looks up with :meth:`Blocks.with_words` and
    #: :meth:`Blocks.has_word`: the steps sharing a normaliser (one pipeline's) declare theirs
    #: when built, and one scan of a document's windows finds all of them
    words: ClassVar[tuple[str, ...]] = ()

    def __init__(self, tables: Tables | None = None, normaliser: Normaliser | None = None) -> None:
        self.normaliser = normaliser if normaliser is not None else Normaliser(tables)
        self.tables = self.normaliser.tables
        self.normaliser.agencies.declare_words(self.words)

    def view(self, doc: Document) -> Blocks:
        """The document's shared :class:`Blocks` view, built once per document and kept on the
        document (``Document.memo``), never on the pipeline."""
        return doc.memo("provenance.blocks", self._make_view)

    def _make_view(self, doc: Document) -> Blocks:
        return Blocks(doc, self.normaliser.agencies.word_scan())
