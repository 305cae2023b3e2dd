"""The ``html.main`` step: main-content region scoring, and removal of what lies outside it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..config import Config
from ..document import Document
from ..model import Block
from ..step import Decision, Remove, RuleInfo
from .regions import _LEAF_TAGS, _inside, _parent, _Regions, _signature, _weighed
from .signal_vocab import _Signal, _Vocab, load_signals


class MainContent:
    """Main-content region scoring (as readability and jusText do): every block weighs its
    length when it is sentence-shaped, link-poor prose, less when it is a list or table cell
    or has no sentence end, and minus its length when it is mostly links; each element on the
    blocks' paths sums the weights inside it, and the element with the highest sum is the main
    content. Blocks outside it are removed (``html.outside_main``). Does nothing on text input
    or when no block looks like prose."""

    id = "html.main"
    penalty = 0.5
    sibling_share = 0.2
    cousin_share = 0.05
    negative_factor = 0.25
    positive_factor = 1.25
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "html.outside_main",
            "outside_main",
            "a block outside the page's main content region (menus, rails, footers, teasers)",
            "Most read: 1. Council approves new budget",
        ),
    )

    def __init__(self, config: Config | None = None) -> None:
        self.config = config
        signals = load_signals()
        self.negative = _Vocab([s for s in signals if not s.positive], every=signals)
        self.positive = _Vocab([s for s in signals if s.positive], every=signals)

    def _class_factor(
        self,
        path: str,
        memo: dict[str, float],
        wrapper: dict[str, bool],
        tokens_memo: dict[str, _Signal | None],
    ) -> float:
        """Readability's class weight: down for boilerplate words on the element or an
        ancestor below ``<body>``, up for content words on the element itself. Boilerplate
        words on an element that holds most of the page's prose do not count (``wrapper``)."""
        chain: list[str] = []
        p = path
        while p.count("/") >= 3 and p not in memo:
            chain.append(p)
            p = p[: p.rfind("/")]
        up = memo.get(p, 1.0)
        pos_memo: dict[str, _Signal | None] = {}
        for q in reversed(chain):
            seg = q[q.rfind("/") + 1 :]
            f = 1.0
            if self.positive.segment(seg, pos_memo):
                f = self.positive_factor
            else:
                neg = self.negative.segment(seg, tokens_memo)
                if neg is not None and not (neg.wrapper_exempt and wrapper.get(q, False)):
                    f = self.negative_factor
            up = memo[q] = f * min(1.0, up)
        return up

    def region(
        self, blocks: Sequence[Block], weights: Sequence[float], regions: _Regions
    ) -> list[str]:
        """The element paths of the main content: the best-scored container and its siblings
        that score well enough."""
        # readability: a paragraph's weight goes to its container in full, half to the next
        # container up, a third to the one above
        cand: dict[str, float] = {}
        for b, w in zip(blocks, weights, strict=True):
            m = b.markup
            if m is None or w <= 0:
                continue
            path = m.path if m.tag not in _LEAF_TAGS else _parent(m.path)
            for k in (1.0, 0.5, 1 / 3):
                if not path:
                    break
                cand[path] = cand.get(path, 0.0) + w * k
                path = _parent(path)
        if not cand:
            return []
        score = regions.score
        prose = regions.prose
        lam = self.penalty

        memo: dict[str, float] = {}
        tokens_memo: dict[str, _Signal | None] = {}
        half = 0.5 * regions.total_prose
        wrapper = {p: v > half for p, v in prose.items()}
        finals: dict[str, float] = {}

        def final(path: str) -> float:
            f = finals.get(path)
            if f is None:
                p = prose.get(path, 0.0)
                neg = p - score.get(path, 0.0)
                share = neg / (p + neg) if p + neg > 0 else 0.0
                factor = self._class_factor(path, memo, wrapper, tokens_memo)
                f = finals[path] = cand[path] * (1.0 - lam * share) * factor
            return f

        # candidates by raw score; a final score is at most raw * positive_factor, so stop
        # once no later candidate can win
        top, top_score = "", -1.0
        for path in sorted(cand, key=lambda p: (-cand[p], -len(p))):
            if cand[path] * self.positive_factor < top_score:
                break
            f = final(path)
            if f > top_score or (f == top_score and len(path) > len(top)):
                top, top_score = path, f
        out = [top]
        parent = _parent(top)
        kind = _signature(top)
        for path in cand:
            if path == top or _inside(path, top) or _inside(top, path):
                continue
            if _parent(path) == parent:
                # readability: siblings that score well enough
                if final(path) >= self.sibling_share * top_score:
                    out.append(path)
            elif kind and _signature(path) == kind and final(path) >= self.cousin_share * top_score:
                # an article split into several containers of the same class (a column per
                # section, a body before and after an ad), wherever they sit
                out.append(path)
        return out

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        if doc.kind != "html" or not blocks:
            return
        weights, regions = _weighed(doc)
        if regions.total_prose <= 0:
            return
        best = set(self.region(blocks, weights, regions))
        if not best:
            return
        # inside a best region: the path is one of them or starts with one of them plus "/"
        below = tuple(p + "/" for p in best)
        for i, b in enumerate(blocks):
            m = b.markup
            if m is None or not doc.open(i):
                continue
            path = m.path
            if path in best or path.startswith(below):
                continue
            yield Remove(
                i,
                "html.outside_main",
                "outside_main",
                "outside the page's main content region (scored by text and link density)",
            )
