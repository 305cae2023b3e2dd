"""The working state of one run: the text, its blocks, and the decisions taken so far.

Steps read a Document; only the pipeline changes it (by applying the decisions steps return).
One Document per input; nothing here is shared between runs.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from collections.abc import Set as AbstractSet
from typing import Any, TypeVar, cast

from .config import Config
from .model import LIST_KINDS, Block, Fact, MarkupRemoval
from .shape import Shape, shape_of
from .step import Protect, Remove, SetTitle

T = TypeVar("T")


class Document:
    """A text being cleaned. ``text[b.start:b.end] == b.text`` for every block ``b``."""

    __slots__ = (
        "_first_prose",
        "_head_at",
        "_last_flag",
        "_lower",
        "_memo",
        "_prose",
        "_shapes",
        "_tail_at",
        "blocks",
        "config",
        "cuts",
        "decisions",
        "facts",
        "kind",
        "markup_removals",
        "meta",
        "text",
        "title",
        "url",
    )

    def __init__(
        self,
        text: str,
        blocks: list[Block],
        config: Config,
        *,
        kind: str = "text",
        url: str | None = None,
        markup_removals: tuple[MarkupRemoval, ...] = (),
        meta: Mapping[str, Any] | None = None,
    ) -> None:
        self.text = text
        self.blocks = blocks
        self.config = config
        self.kind = kind
        self.url = url
        self.markup_removals = markup_removals
        #: extra inputs from the reader (for HTML: page metadata such as og:* and JSON-LD)
        self.meta: Mapping[str, Any] = meta or {}
        #: per block: the Remove/Protect/SetTitle that decided it, or None (kept, undecided)
        self.decisions: list[Remove | Protect | SetTitle | None] = [None] * len(blocks)
        #: sub-block removals inside kept blocks
        self.cuts: list[Remove] = []
        self.facts: list[Fact] = []
        self.title: SetTitle | None = None
        self._shapes: list[Shape | None] = [None] * len(blocks)
        self._first_prose: int | None = -1
        self._prose: list[bool] | None = None
        #: the first / last prose block still kept, as last found (see ``_head_end``)
        self._head_at = 0
        self._tail_at = len(blocks) - 1
        #: the last prose block, kept or not (-1: none)
        self._last_flag = -1
        self._lower: str | None = None
        self._memo: dict[str, Any] = {}

    # -- reading ------------------------------------------------------------------------------
    @property
    def lower(self) -> str:
        """``text`` lower-cased with the same offsets (computed once per document), for cheap
        literal triggers (``str.find``) before any regex runs."""
        if self._lower is None:
            low = self.text.lower()
            if len(low) != len(self.text):  # a few characters lower-case to two (İ)
                low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
            self._lower = low
        return self._lower

    def memo(self, key: str, make: Callable[[Document], T]) -> T:
        """A derived view of this document shared by several steps, built once per document
        by ``make(doc)`` under ``key`` (namespace keys by step family, e.g. ``"provenance"``).
        It lives and dies with the document: pipelines hold no per-run state."""
        if key not in self._memo:
            self._memo[key] = make(self)
        return cast(T, self._memo[key])

    def __len__(self) -> int:
        return len(self.blocks)

    def shape(self, i: int) -> Shape:
        """The shape of block ``i`` (computed once)."""
        s = self._shapes[i]
        if s is None:
            s = self._shapes[i] = shape_of(self.blocks[i].text)
        return s

    def removed(self, i: int) -> bool:
        """Block ``i`` is out of the body (removed or the title line)."""
        d = self.decisions[i]
        return d is not None and not isinstance(d, Protect)

    def protected(self, i: int) -> bool:
        return isinstance(self.decisions[i], Protect)

    def open(self, i: int) -> bool:
        """No step has decided block ``i`` yet."""
        return self.decisions[i] is None

    def category(self, i: int) -> str | None:
        """The category of the decision on block ``i`` ("title" for the title line)."""
        d = self.decisions[i]
        if isinstance(d, Remove):
            return d.category
        if isinstance(d, SetTitle):
            return "title"
        return None

    def removed_as(self, categories: AbstractSet[str]) -> Iterator[int]:
        """The blocks removed under one of ``categories``, in order (a scan of the decisions,
        with no call per block)."""
        for i, d in enumerate(self.decisions):
            if type(d) is Remove and d.category in categories:
                yield i

    def kept(self) -> Iterator[int]:
        """Indices of the blocks still in the body, in order."""
        return (i for i in range(len(self.blocks)) if not self.removed(i))

    def prev_kept(self, i: int) -> int | None:
        j = i - 1
        while j >= 0 and self.removed(j):
            j -= 1
        return j if j >= 0 else None

    def next_kept(self, i: int) -> int | None:
        j = i + 1
        while j < len(self.blocks) and self.removed(j):
            j += 1
        return j if j < len(self.blocks) else None

    def prose(self, i: int) -> bool:
        """Block ``i`` reads as article prose: a sentence of at least 12 words."""
        return self.prose_flags()[i]

    def prose_flags(self) -> list[bool]:
        """``prose(i)`` for every block, computed once (shape fields that decide it are read
        cheapest first: the last character, a bullet, then the words)."""
        flags = self._prose
        if flags is None:
            # through the blocks' shapes: the words counted here are known to the steps
            # that ask a shape for them later
            shape = self.shape
            flags = self._prose = [shape(i).prose() for i in range(len(self.blocks))]
            self._last_flag = len(flags) - 1 - flags[::-1].index(True) if True in flags else -1
        return flags

    def first_prose(self) -> int | None:
        """Index of the first prose block, or ``None`` (does not depend on decisions)."""
        if self._first_prose == -1:
            flags = self.prose_flags()
            self._first_prose = flags.index(True) if True in flags else None
        return self._first_prose

    def last_prose(self) -> int | None:
        """Index of the last prose block that is not removed, or ``None``."""
        flags = self.prose_flags()
        decisions = self.decisions
        # decisions only ever go from None to a decision, and a removed block stays removed:
        # the last kept prose block can only move up, so the search resumes where it ended
        k = self._tail_at
        while k >= 0:
            if flags[k]:
                d = decisions[k]
                if d is None or isinstance(d, Protect):
                    break
            k -= 1
        self._tail_at = k
        return k if k >= 0 else None

    def prose_bounds(self, excluding: Collection[int] = ()) -> tuple[int, int]:
        """The first and the last block of prose still in the body, leaving out the blocks
        ``excluding`` (a step's own suspects), ``(len(blocks), -1)`` when none: the lines
        before the first and after the last are the page's head and tail, where the site's own
        lines gather."""
        kept = [
            i for i, p in enumerate(self.prose_flags())
            if p and not self.removed(i) and i not in excluding
        ]
        return (kept[0], kept[-1]) if kept else (len(self.blocks), -1)

    def first_kept_prose(self) -> int | None:
        """Index of the first prose block still kept (not removed, or protected), or ``None``."""
        k = self._head_end()
        return k if k < len(self.blocks) else None

    def _head_end(self) -> int:
        """Index of the first prose block still kept (``len(blocks)``: none). Steps ask for
        the zones of many lines: the search resumes where it last ended (it can only move
        down, as ``last_prose`` can only move up), so a document pays for it once."""
        flags = self.prose_flags()
        decisions = self.decisions
        k = self._head_at
        n = len(flags)
        while k < n:
            if flags[k]:
                d = decisions[k]
                if d is None or isinstance(d, Protect):
                    break
            k += 1
        self._head_at = k
        return k

    def in_head(self, i: int) -> bool:
        """Block ``i`` sits before the article's first prose block still kept (a removed
        prose-like block, such as a cookie notice above the headline, does not end the head).

        A text with no prose has no head zone: zones are anchored on prose so that cleaning a
        body again finds the same zones (a fallback counted in lines would move as the text
        shrinks, and break idempotence; so would a head ended by prose that the body no longer
        holds)."""
        return i < self._head_end() and i < self._last_flag

    def in_tail(self, i: int) -> bool:
        """Block ``i`` sits after the last prose block still kept (no tail without prose)."""
        last = self.last_prose()
        return last is not None and i > last

    @property
    def title_text(self) -> str | None:
        t = self.title
        return None if t is None else self.text[t.start : t.end]

    # -- applying (the pipeline's job) ---------------------------------------------------------
    def apply(self, decision: Remove | Protect | SetTitle | Fact) -> bool:
        """Apply one decision; return whether it took effect. Called by the pipeline only."""
        if decision.rule in self.config.disabled_rules:
            return False
        if isinstance(decision, Fact):
            # one fact per distinct value for list kinds, one fact for single kinds; of two
            # such facts the one earlier in the text wins, whichever step found it first
            for n, f in enumerate(self.facts):
                if f.kind == decision.kind and (
                    f.kind not in LIST_KINDS or f.value.casefold() == decision.value.casefold()
                ):
                    if decision.start < f.start:
                        self.facts[n] = decision
                        return True
                    return False
            self.facts.append(decision)
            return True
        i = decision.block
        if not 0 <= i < len(self.blocks):
            raise IndexError(f"rule {decision.rule!r} decided block {i} of {len(self.blocks)}")
        if isinstance(decision, Remove) and decision.start is not None:
            return self._cut(decision)
        if self.decisions[i] is not None:
            return False
        if isinstance(decision, SetTitle):
            if self.title is not None:
                return False
            self.title = decision
        self.decisions[i] = decision
        return True

    def _cut(self, d: Remove) -> bool:
        b = self.blocks[d.block]
        start = d.start if d.start is not None else b.start
        end = d.end if d.end is not None else b.end
        if self.removed(d.block) or not (b.start <= start < end <= b.end):
            return False
        if start == b.start and end == b.end and self.decisions[d.block] is None:
            self.decisions[d.block] = Remove(d.block, d.rule, d.category, d.reason)
            return True
        if any(c.block == d.block and c.start < end and start < c.end for c in self.cuts):  # type: ignore[operator]
            return False
        self.cuts.append(Remove(d.block, d.rule, d.category, d.reason, start, end))
        return True
