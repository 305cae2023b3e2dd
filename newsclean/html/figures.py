"""Story paragraphs next to a figure: on HTML, the caption's own element says where the caption
is, so a prose paragraph outside it is not the picture's description (``html.figure_neighbours``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..step import Decision, Protect, Remove, RuleInfo
from .regions import _PROSE_TAGS, _inside, _weighed
from .signal_vocab import _Signal, _Vocab, load_signals


class FigureNeighbours:
    """A story paragraph next to a figure is not the figure's caption. The text rule for photo
    captions (``photo_caption``) takes the line right above or below a photo credit, which on
    text input is the only clue; on HTML the caption's own element already says where the
    caption is (``<figcaption>``, a ``caption``/``credit`` class). Next to a removed block
    inside such an element (whichever step removed it), a prose block that lies outside the
    innermost caption element's container (the ``<figure>``, the caption table row, the image
    field) is protected (``html.figure_neighbour``). When that container also holds the block
    (a ``<p>`` description beside a ``<p class="credit">``) the text rule decides. Runs after
    the phrase rules and before the photo caption step. Does nothing on text input."""

    id = "html.figure_neighbours"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "html.figure_neighbour",
            "content",
            "a prose paragraph next to a photo caption but outside the caption's figure: story",
            "<p>Work starts in May.</p><figure>…<figcaption>Photo: AP</figcaption></figure>",
        ),
    )

    def __init__(self, config: Config | None = None) -> None:
        self.config = config
        signals = load_signals()
        self.caption = _Vocab([s for s in signals if s.name == "caption"], every=signals)

    def _figure(self, path: str, tokens_memo: dict[str, _Signal | None]) -> str | None:
        """The container of the innermost caption element on ``path`` (its parent), if any:
        the ``<figure>`` of a ``<figcaption>``, the row of a caption cell."""
        end = len(path)
        while end > 0:
            start = path.rfind("/", 0, end)
            if start < 0:
                return None
            if self.caption.segment(path[start + 1 : end], tokens_memo) is not None:
                return path[:start]
            end = start
        return None

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        if doc.kind != "html" or not blocks:
            return
        weights, _ = _weighed(doc)
        decisions = doc.decisions
        tokens_memo: dict[str, _Signal | None] = {}
        n = len(blocks)
        for i, d in enumerate(decisions):
            # a removed block (a caption, whichever step took it) next to an open prose block
            if not isinstance(d, Remove):
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < n or weights[j] <= 0 or not doc.open(j):
                    continue
                mj = blocks[j].markup
                m = blocks[i].markup
                if mj is None or m is None or mj.tag not in _PROSE_TAGS:
                    continue
                figure = self._figure(m.path, tokens_memo)
                if not figure or _inside(mj.path, figure):
                    continue
                yield Protect(
                    j,
                    "html.figure_neighbour",
                    "a prose paragraph outside the figure whose caption it borders: "
                    "part of the story, not the caption",
                )
