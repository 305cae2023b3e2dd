"""Block weights, main-content regions and element-path helpers that the markup steps share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Document
from ..model import Block
from .dom import parse_segment

_ENDS = frozenset(".!?…:;。！？")
_CLOSERS = "'\"”’»)]"
#: element tags whose text is paragraph-like prose when it is long enough
_PROSE_TAGS = frozenset(("p", "blockquote", "pre", "div", "article", "section", "main", "span"))
#: elements whose text is one paragraph: their container is their parent
_LEAF_TAGS = frozenset(
    (
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "pre",
        "blockquote",
        "td",
        "th",
        "dd",
        "dt",
        "figcaption",
        "caption",
    )
)
#: headings that may label a list or box below them
_SUBHEADS = frozenset(("h2", "h3", "h4", "h5", "h6"))
#: element tags of list and table cells: content or navigation, weighed down
_CELL_TAGS = frozenset(("li", "td", "th", "dd", "dt"))


def block_weight(block: Block) -> float:
    """How much a block looks like article prose (> 0) or like boilerplate (< 0), in characters.

    Long, sentence-shaped, link-poor paragraphs weigh their length; link-heavy blocks weigh
    minus their length; short labels weigh a little below zero (jusText's "short" class).
    """
    m = block.markup
    if m is None:
        return 0.0
    n = len(block.text)
    ld = m.link_density
    if ld >= 0.5:
        return -1.0 * n
    if n < 30:
        return -0.3 * n
    w = n * (1.0 - ld)
    if block.text.rstrip(_CLOSERS)[-1:] not in _ENDS:
        w *= 0.4
    if m.tag in _CELL_TAGS:
        w *= 0.5
    elif m.tag not in _PROSE_TAGS and not m.tag.startswith("h"):
        w *= 0.7
    if n < 80:
        w *= 0.5
    return w


@dataclass(frozen=True, slots=True)
class _Regions:
    """Per-document view of the blocks' containers: every element on some block's path with
    the summed weight of the blocks inside it."""

    #: element path -> summed block weight inside it
    score: dict[str, float]
    #: element path -> summed positive block weight inside it
    prose: dict[str, float]
    #: total positive weight of the page
    total_prose: float


def _regions(blocks: Sequence[Block], weights: Sequence[float]) -> _Regions:
    """Sum the weights of the blocks inside every element on their paths, in one pass over
    the blocks in document order (a stack of the current block's ancestors, as a DOM walk).
    Consecutive blocks of one element are summed first: one stack step per run, not per
    block."""
    score: dict[str, float] = {}
    prose: dict[str, float] = {}
    paths: list[str] = []
    sums: list[float] = []
    pros: list[float] = []
    total = 0.0
    run_path: str | None = None
    run_s = run_p = 0.0
    for b, w in zip([*blocks, None], [*weights, 0.0], strict=True):
        path: str | None = None
        if b is not None:
            m = b.markup
            if m is None:
                continue
            path = m.path
            if path == run_path:
                run_s += w
                if w > 0:
                    run_p += w
                    total += w
                continue
        if run_path is not None:
            # close the elements the run is not inside, then open the run's own
            while paths:
                top = paths[-1]
                if run_path == top or (run_path.startswith(top) and run_path[len(top)] == "/"):
                    break
                _close(paths.pop(), sums, pros, score, prose)
            base = paths[-1] if paths else ""
            if len(run_path) > len(base):
                for seg in run_path[len(base) + 1 :].split("/"):
                    base = base + "/" + seg
                    paths.append(base)
                    sums.append(0.0)
                    pros.append(0.0)
            sums[-1] += run_s
            pros[-1] += run_p
        if path is None:
            break
        run_path = path
        run_s = w
        run_p = w if w > 0 else 0.0
        if w > 0:
            total += w
    while paths:
        _close(paths.pop(), sums, pros, score, prose)
    return _Regions(score, prose, total)


def _close(
    path: str,
    sums: list[float],
    pros: list[float],
    score: dict[str, float],
    prose: dict[str, float],
) -> None:
    """Record the sums of the element ``path`` just closed and add them to its parent's."""
    s, p = sums.pop(), pros.pop()
    score[path] = s
    prose[path] = p
    if sums:
        sums[-1] += s
        pros[-1] += p


def _weighed(doc: Document) -> tuple[list[float], _Regions]:
    """The block weights and region sums of ``doc``, computed once per document and shared
    by ``html.main`` and ``html.signals`` (they depend on the blocks only, not on decisions)."""

    def make(d: Document) -> tuple[list[float], _Regions]:
        weights = [block_weight(b) for b in d.blocks]
        return weights, _regions(d.blocks, weights)

    return doc.memo("html.regions", make)


def _inside(path: str, container: str) -> bool:
    return path == container or path.startswith(container + "/")


def _signature(path: str) -> str:
    """The tag and classes of an element (no position, no id); ``""`` when it has no class."""
    seg = path[path.rfind("/") + 1 :]
    tag, tokens = parse_segment(seg)
    if "." not in seg:
        return ""
    classes = tokens[1:] if "#" in seg else tokens
    return tag.split("[")[0] + "." + ".".join(classes)


def _parent(path: str) -> str:
    return path[: path.rfind("/")]


def _path(block: Block) -> str:
    return block.markup.path if block.markup is not None else ""
