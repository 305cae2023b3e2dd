"""trafilatura as a pluggable extractor step: it chooses the content, newsclean keeps the
accounting.

Not in the default pipeline. Use it instead of the native main-content scoring::

    from newsclean import Pipeline
    from newsclean.html.trafilatura_step import Trafilatura

    pipeline = Pipeline.default().replace("html.main", Trafilatura())

or in addition to it (``.insert(Trafilatura(), after="html.main")``). trafilatura is imported
when the step first runs, never by ``import newsclean``; install it with
``pip install newsclean[html]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..config import Config
from ..document import Document
from ..step import Decision, Remove, RuleInfo

_NON_WORD = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


class Trafilatura:
    """trafilatura's choice of content, mapped back onto blocks: trafilatura extracts the page
    (``meta["html"]``), and every block whose text it did not keep is removed
    (``html.trafilatura``). Blocks are matched in order by normalised text (case, punctuation
    and spacing ignored), so the spans still partition the text view. ``favor="precision"`` /
    ``"recall"`` are passed on as trafilatura's ``favor_precision`` / ``favor_recall``. Short
    blocks (under ``near_chars`` characters) must be found close to where the previous match
    ended, so a stray "More" is not matched far ahead. Does nothing on text input, or when
    trafilatura returns nothing (the other steps then decide alone)."""

    id = "html.trafilatura"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "html.trafilatura",
            "outside_main",
            "a block trafilatura did not keep as content",
            "Sign up for our newsletter",
        ),
    )

    def __init__(
        self,
        config: Config | None = None,
        *,
        near_chars: int = 40,
        window: int = 300,
        **options: Any,
    ) -> None:
        favor = config.favor if config is not None else "balanced"
        self.options: dict[str, Any] = {
            "include_comments": False,
            "include_tables": True,
            "favor_precision": favor == "precision",
            "favor_recall": favor == "recall",
            **options,
        }
        self.near_chars = near_chars
        self.window = window

    def extract(self, html: str) -> str | None:
        """trafilatura's text for ``html`` (``None`` when it finds nothing)."""
        import trafilatura

        out: str | None = trafilatura.extract(html, **self.options)
        return out

    def apply(self, doc: Document) -> Iterator[Decision]:
        if doc.kind != "html" or not doc.blocks:
            return
        html = doc.meta.get("html")
        if not isinstance(html, str) or not html:
            return
        extracted = self.extract(html)
        if not extracted:
            return
        for i in sorted(self.unmatched(doc, _norm(extracted))):
            if doc.open(i):
                yield Remove(
                    i, "html.trafilatura", "outside_main", "trafilatura did not keep this block"
                )

    def unmatched(self, doc: Document, out: str) -> set[int]:
        """Indices of the blocks not found in trafilatura's (normalised) output ``out``.

        Long blocks are aligned first: among those found in ``out``, the in-order chain with
        the most text is kept (a teaser that repeats a later paragraph is left out); short
        blocks are then looked for between their kept neighbours, close to the previous one.
        """
        norms = [_norm(b.text) for b in doc.blocks]
        found: list[tuple[int, int, int]] = []  # (block, position, length) of long blocks
        for i, t in enumerate(norms):
            if len(t) >= self.near_chars:
                p = out.find(t)
                if p != -1:
                    found.append((i, p, len(t)))
        chain = _heaviest_chain(found)
        kept = {found[k][0] for k in chain}
        # short blocks: between the kept long neighbours, near the end of the previous match
        ends = {found[k][0]: found[k][1] + found[k][2] for k in chain}
        starts = {found[k][0]: found[k][1] for k in chain}
        cursor = 0
        next_start = [len(out) + 1] * (len(norms) + 1)
        for i in range(len(norms) - 1, -1, -1):
            next_start[i] = starts.get(i, next_start[i + 1])
        for i, t in enumerate(norms):
            if i in kept:
                cursor = ends[i]
                continue
            if not t or len(t) >= self.near_chars:
                continue
            p = out.find(t, cursor)
            if p != -1 and p - cursor <= self.window and p + len(t) <= next_start[i + 1]:
                kept.add(i)
                cursor = p + len(t)
        return {i for i, t in enumerate(norms) if t and i not in kept}


def _heaviest_chain(found: list[tuple[int, int, int]]) -> list[int]:
    """Indices into ``found`` (in block order) of the increasing-position chain with the most
    characters; quadratic, so long lists fall back to a greedy in-order scan."""
    n = len(found)
    if n > 1000:
        out: list[int] = []
        cursor = 0
        for k, (_, p, ln) in enumerate(found):
            if p >= cursor:
                out.append(k)
                cursor = p + ln
        return out
    best = [0] * n
    prev = [-1] * n
    for k in range(n):
        _, pk, lk = found[k]
        best[k] = lk
        for j in range(k):
            _, pj, lj = found[j]
            if pj + lj <= pk and best[j] + lk > best[k]:
                best[k] = best[j] + lk
                prev[k] = j
    if not n:
        return []
    k = max(range(n), key=best.__getitem__)
    chain: list[int] = []
    while k != -1:
        chain.append(k)
        k = prev[k]
    return chain[::-1]
