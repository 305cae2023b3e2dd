"""The ``html.signals`` step: class/id words and landmark elements inside the page."""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..step import Decision, Remove, RuleInfo
from .regions import _weighed
from .signal_vocab import _Signal, _Vocab, load_signals


class MarkupSignals:
    """Class/id words and landmark elements: a block inside an element whose class or id has a
    word of a boilerplate vocabulary (``related``, ``share``, ``social``, ``comment``,
    ``newsletter``, ``subscribe``, ``nav``, ``menu``, ``breadcrumb``, ``footer``, ``sidebar``,
    ``widget``, ``ad``, ``promo``, ``cookie``, ``byline``, ``caption``, ``tags``…; data in
    ``data/html_tokens.ini``), or inside a ``<nav>``, ``<footer>``, ``<aside>`` or
    ``<figcaption>``, is removed with that kind's rule id (``html.signal.<kind>``). An element
    that holds most of the page's prose is never taken as boilerplate (a page wrapper classed
    ``has-sidebar``, an opinion article typed ``comment``). Does nothing on text input."""

    id = "html.signals"

    def __init__(self, config: Config | None = None, *, max_prose_share: float = 0.5) -> None:
        self.config = config
        signals = load_signals()
        self.signals = tuple(s for s in signals if not s.positive)
        self.vocab = _Vocab(self.signals, every=signals)
        self.positive = _Vocab([s for s in signals if s.positive], every=signals)
        self.max_prose_share = max_prose_share
        self.rules: tuple[RuleInfo, ...] = tuple(
            RuleInfo(
                f"html.signal.{s.name}",
                s.category,
                s.reason,
                # the kind's own name when it is one of its words (a stable, readable example)
                f'<div class="{s.name if s.name in s.words else min(s.words, default=s.name)}">'
                "…</div>",
            )
            for s in self.signals
        )

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        if doc.kind != "html" or not blocks:
            return
        _, regions = _weighed(doc)
        limit = self.max_prose_share * regions.total_prose
        prose = regions.prose
        vocab = self.vocab
        tokens_memo: dict[str, _Signal | None] = {}
        pos_memo: dict[str, _Signal | None] = {}
        # element path -> the signal it or its closest marked ancestor carries; page wrappers
        # (elements holding more than max_prose_share of the prose) carry only the signals
        # that are not wrapper-exempt
        inherited: dict[str, _Signal | None] = {}
        for i, b in enumerate(blocks):
            m = b.markup
            if m is None or not doc.open(i):
                continue
            path = m.path
            if path not in inherited:
                chain: list[str] = []
                p = path
                while p and p not in inherited:
                    chain.append(p)
                    p = p[: p.rfind("/")]
                up = inherited.get(p) if p else None
                for q in reversed(chain):
                    seg = q[q.rfind("/") + 1 :]
                    # the classes of <html> and <body> describe the page ("single-post
                    # comments-open", "blog-item-comments"), not a region of it
                    own = None if _page_element(seg) else vocab.segment(seg, tokens_memo)
                    if own is not None and (
                        (own.wrapper_exempt and limit > 0 and prose.get(q, 0.0) > limit)
                        or self.positive.segment(seg, pos_memo) is not None
                    ):
                        own = None
                    up = inherited[q] = own if own is not None else up
            sig = inherited[path]
            if sig is not None:
                yield Remove(i, f"html.signal.{sig.name}", sig.category, sig.reason)


def _page_element(seg: str) -> bool:
    """A path segment of the ``<html>`` or ``<body>`` element."""
    return seg.startswith(("body", "html")) and seg[4:5] in ("", "#", ".", "[")
