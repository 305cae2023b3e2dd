"""Short non-sentence lines next to removed blocks, before or after the story (jusText's
context pass)."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..step import Decision, Remove, RuleInfo
from .cues import first_kept_prose, is_dateline, is_quote, is_subhead, last_char


class ShortNeighbours:
    """Absorbs UI remnants: a short line (at most ``short_words`` words) that does not end
    like a sentence and sits next to a removed line, before the first prose paragraph or after
    the last one ("View", "More", "Less", "Share", a lone section word). Repeats until nothing
    changes, so a cluster of such lines goes with the boilerplate it hangs on. Never takes
    prose, datelines, quotes, subheads or protected lines. Off when ``absorb_neighbours`` is
    false (``favor="recall"``)."""

    id = "neighbours"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "short_neighbour",
            "ui_word",
            "a short non-sentence line next to removed boilerplate, outside the story",
            "Share\n(next to a removed 'Follow us' promo)",
        ),
    )

    def apply(self, doc: Document) -> Iterator[Decision]:
        t = doc.config.thresholds
        if not t.absorb_neighbours:
            return
        n = len(doc.blocks)
        first = first_kept_prose(doc)
        last = doc.last_prose()
        ok = [False] * n
        for i in range(n):
            if not doc.open(i):
                continue
            if not ((first is None or i < first) or (last is not None and i > last)):
                continue
            ok[i] = self._candidate(doc, i, t.short_words)
        gone = [doc.removed(i) for i in range(n)]
        taken: list[int] = []
        # a forward then a backward sweep reach the fixpoint: each sweep carries removals along
        # a chain of candidates in its own direction
        for order in (range(n), range(n - 1, -1, -1)):
            for i in order:
                if ok[i] and not gone[i] and (
                    (i > 0 and gone[i - 1]) or (i + 1 < n and gone[i + 1])
                ):
                    gone[i] = True
                    taken.append(i)
        for i in sorted(taken):
            yield Remove(i, "short_neighbour", "ui_word",
                         "a short non-sentence line next to removed boilerplate")

    @staticmethod
    def _candidate(doc: Document, i: int, short_words: int) -> bool:
        sh = doc.shape(i)
        if sh.words > short_words or sh.chars > 60 or doc.prose(i):
            return False
        text = doc.blocks[i].text
        end = last_char(text)
        if end == ":" or (end in ".!?" and not text.endswith(("...", "…"))):
            return False
        return not (is_dateline(text) or is_quote(text) or is_subhead(text))
