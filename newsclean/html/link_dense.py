"""The ``html.link_dense`` step: blocks made mostly of link text."""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..step import Decision, Remove, RuleInfo
from .regions import _CLOSERS, _ENDS, _SUBHEADS, _inside, _parent, _path


class LinkDense:
    """Blocks made mostly of link text (menus, teaser lists, "read more" rows): link density at
    least ``threshold`` (0.5; 0.4 with ``favor="precision"``, 0.65 with ``favor="recall"``),
    unless the block is a paragraph (over 200 characters, or over 80 ending a sentence) with a
    density under 0.8. Then the short label opening a box whose other blocks the markup steps
    all removed ("Also read" over a headline list) goes with them (``html.box_label``).
    Does nothing on text input."""

    id = "html.link_dense"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "html.link_dense",
            "link_list",
            "a block made mostly of link text",
            '<li><a href="/world">World</a></li>',
        ),
        RuleInfo(
            "html.box_label",
            "link_list",
            "the short label opening a box whose other blocks were all removed",
            '<div class="box"><p>Also read</p><ul><li><a href="/1">…</a></li></ul></div>',
        ),
    )
    #: a box label is shorter than this and has no sentence end
    label_max_chars = 40

    def __init__(self, config: Config | None = None, *, threshold: float | None = None) -> None:
        favor = config.favor if config is not None else "balanced"
        self.threshold = (
            threshold
            if threshold is not None
            else {"precision": 0.4, "balanced": 0.5, "recall": 0.65}.get(favor, 0.5)
        )

    def apply(self, doc: Document) -> Iterator[Decision]:
        if doc.kind != "html":
            return
        for i, b in enumerate(doc.blocks):
            m = b.markup
            if m is None or m.link_density < self.threshold or not doc.open(i):
                continue
            if m.link_density < 0.8 and (
                len(b.text) > 200 or (len(b.text) > 80 and b.text.rstrip(_CLOSERS)[-1:] in _ENDS)
            ):
                continue
            yield Remove(
                i,
                "html.link_dense",
                "link_list",
                f"{m.link_density:.0%} of the block is link text",
            )
        yield from self._labels(doc)

    def _labels(self, doc: Document) -> Iterator[Decision]:
        """The label of a box ("Also read", "More on this") whose other blocks the markup steps
        removed (a headline list, a related widget) goes with them: a short, unpunctuated block
        that opens its parent element when every later block inside that parent is removed, or
        a heading (``h2``–``h6``) whose next sibling element (the list it introduces) was
        removed whole. The story's own subheads introduce prose, so they stay."""
        blocks = doc.blocks
        n = len(blocks)
        for i, b in enumerate(blocks):
            m = b.markup
            if (
                m is None
                or len(b.text) >= self.label_max_chars
                or not doc.open(i)
                or i + 1 >= n
                or b.text.rstrip(_CLOSERS)[-1:] in _ENDS
            ):
                continue
            parent = _parent(m.path)
            if parent.count("/") < 3:
                continue
            removed: Remove | None = None
            if not (i > 0 and _inside(_path(blocks[i - 1]), parent)):
                removed = self._removed_run(doc, i + 1, parent)
            if removed is None and m.tag in _SUBHEADS:
                nxt = _path(blocks[i + 1])
                if nxt.startswith(parent + "/") and not _inside(nxt, m.path):
                    cut = nxt.find("/", len(parent) + 1)
                    sibling = nxt if cut < 0 else nxt[:cut]
                    removed = self._removed_run(doc, i + 1, sibling)
            if removed is None:
                continue
            yield Remove(
                i,
                "html.box_label",
                removed.category,
                f"the label of a box whose other blocks were removed ({removed.rule})",
            )

    @staticmethod
    def _removed_run(doc: Document, start: int, box: str) -> Remove | None:
        """The first removal when the blocks from ``start`` on inside ``box`` are two or more,
        all removed by markup steps; else None."""
        blocks = doc.blocks
        decisions = doc.decisions
        first: Remove | None = None
        j = start
        while j < len(blocks) and _inside(_path(blocks[j]), box):
            d = decisions[j]
            if not isinstance(d, Remove) or not d.rule.startswith("html."):
                return None
            first = first or d
            j += 1
        return first if j - start >= 2 else None
