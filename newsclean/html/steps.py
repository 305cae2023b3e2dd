"""Markup-aware steps: they read ``Block.markup`` and do nothing on text input.

* :class:`HtmlTitle` (``html.title``): the headline element, matched against the page metadata;
* :class:`MainContent` (``html.main``): main-content region scoring, as readability and jusText
  do (text and link density, paragraph structure), and removal of what lies outside it;
* :class:`MarkupSignals` (``html.signals``): class/id words and landmark elements (related,
  share, comments, newsletter, nav, footer, aside, ads…), vocabularies in
  ``data/html_tokens.ini``;
* :class:`LinkDense` (``html.link_dense``): blocks made mostly of link text.

(:class:`~newsclean.html.figures.FigureNeighbours`, which protects story paragraphs next to a
figure, is in :mod:`newsclean.html.figures`.)

They all work from the blocks' element paths (see :mod:`newsclean.html.dom`), never from the
DOM, so they run on any Document whose blocks carry markup, and they never import a parser.
"""

from __future__ import annotations

import configparser
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..config import Config
from ..document import Document
from ..model import Block
from ..step import Decision, Remove, RuleInfo, SetTitle
from .dom import parse_segment, token_words

_ENDS = frozenset(".!?…:;。！？")
_CLOSERS = "'\"”’»)]"
_NORM = re.compile(r"[\W_]+")

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


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.casefold()).strip()


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
                if run_path == top or (
                    run_path.startswith(top) and run_path[len(top)] == "/"
                ):
                    break
                paths.pop()
                s, p = sums.pop(), pros.pop()
                score[top] = s
                prose[top] = p
                if sums:
                    sums[-1] += s
                    pros[-1] += p
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
        top = paths.pop()
        s, p = sums.pop(), pros.pop()
        score[top] = s
        prose[top] = p
        if sums:
            sums[-1] += s
            pros[-1] += p
    return _Regions(score, prose, total)


def _weighed(doc: Document) -> tuple[list[float], _Regions]:
    """The block weights and region sums of ``doc``, computed once per document and shared
    by ``html.main`` and ``html.signals`` (they depend on the blocks only, not on decisions)."""

    def make(d: Document) -> tuple[list[float], _Regions]:
        weights = [block_weight(b) for b in d.blocks]
        return weights, _regions(d.blocks, weights)

    return doc.memo("html.regions", make)


def _inside(path: str, container: str) -> bool:
    return path == container or path.startswith(container + "/")


class HtmlTitle:
    """The headline element of an HTML page is the title: an ``<h1>`` (or other heading) whose
    text matches the page metadata (``og:title``, the JSON-LD ``headline``, or the start of
    ``<title>``), else the page's only ``<h1>``. It is returned as ``Article.title``, not as
    body. Does nothing on text input."""

    id = "html.title"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "html.title",
            "title",
            "the page's headline element, matched with its metadata title",
            "<h1>Minister resigns over budget row</h1>",
        ),
    )

    def __init__(self, config: Config | None = None) -> None:
        self.config = config

    def apply(self, doc: Document) -> Iterator[Decision]:
        if doc.kind != "html" or doc.title is not None:
            return
        meta = doc.meta
        wanted: list[str] = []
        og = meta.get("og")
        if isinstance(og, dict) and isinstance(og.get("title"), str):
            wanted.append(og["title"])
        art = meta.get("news_article")
        if isinstance(art, dict) and isinstance(art.get("headline"), str):
            wanted.append(art["headline"])
        page_title = meta.get("title")
        targets = {_norm(w) for w in wanted if _norm(w)}
        title_norm = _norm(page_title) if isinstance(page_title, str) else ""
        h1s: list[int] = []
        for i, b in enumerate(doc.blocks):
            m = b.markup
            if m is None or m.tag not in ("h1", "h2", "h3") or not doc.open(i):
                continue
            if m.tag == "h1":
                h1s.append(i)
            t = _norm(b.text)
            if len(t) < 8:
                continue
            in_title = bool(title_norm) and title_norm.startswith(t)
            if t in targets or (in_title and len(t) >= 0.4 * len(title_norm)):
                yield SetTitle(
                    i,
                    self.id,
                    b.start,
                    b.end,
                    "the page's headline element "
                    "(matches the page metadata); returned as Article.title",
                )
                return
        if len(h1s) == 1 and len(doc.blocks[h1s[0]].text.split()) >= 3:
            b = doc.blocks[h1s[0]]
            yield SetTitle(
                h1s[0], self.id, b.start, b.end, "the page's only <h1>; returned as Article.title"
            )


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


@dataclass(frozen=True, slots=True)
class _Signal:
    name: str
    category: str
    reason: str
    words: frozenset[str]
    phrases: tuple[str, ...]
    tags: frozenset[str]
    #: a positive signal marks content (``kind = positive`` in the data file)
    positive: bool = False
    #: ignored on an element holding most of the page's prose (``wrapper = no`` turns it off)
    wrapper_exempt: bool = True


class _Vocab:
    """Signals compiled for matching one path segment: word, tag and phrase tables."""

    __slots__ = ("by_tag", "by_word", "every", "order", "phrase_re", "phrases", "segments")

    #: path segments remembered across documents (the same ``div.container`` recurs on every
    #: page of a site); the memo is emptied when it grows past this
    max_segments = 50_000

    def __init__(
        self, signals: Sequence[_Signal], every: Sequence[_Signal] | None = None
    ) -> None:
        self.order = {s.name: k for k, s in enumerate(signals)}
        #: the words of every kind, positive and negative, for BEM element names (see token)
        self.every = _Vocab(every) if every is not None else None
        self.by_word: dict[str, _Signal] = {}
        self.by_tag: dict[str, _Signal] = {}
        self.phrases: dict[str, _Signal] = {}
        for s in signals:
            for w in s.words:
                self.by_word.setdefault(w, s)
            for t in s.tags:
                self.by_tag.setdefault(t, s)
            for p in s.phrases:
                self.phrases.setdefault(p, s)
        alts = "|".join(re.escape(p) for p in sorted(self.phrases, key=len, reverse=True))
        self.phrase_re = re.compile(f"(?<![a-z0-9])(?:{alts})(?![a-z0-9])") if alts else None
        self.segments: dict[str, _Signal | None] = {}

    def token(self, token: str) -> _Signal | None:
        """The signal of one class or id token (the earliest kind in the data file wins).

        A BEM token (``block__element--modifier``) names a part of its block: when the
        element name after the last ``__`` has a word of any kind, it alone decides, so
        ``article-body__topics`` is a tag list and ``story__share`` a share row, not the
        article's own container (``article__body`` still is)."""
        if self.every is not None and "__" in token:
            element = token[token.rindex("__") + 2 :]
            if self.every.words_of(element) is not None:
                return self.words_of(element)
        return self.words_of(token)

    def words_of(self, token: str) -> _Signal | None:
        """The signal of the words of ``token``, as they are."""
        found: list[_Signal] = []
        words = token_words(token)
        for w in words:
            sig = self.by_word.get(w)
            if sig is not None:
                found.append(sig)
        if self.phrase_re is not None and len(words) > 1:
            for m in self.phrase_re.finditer("-".join(words)):
                found.append(self.phrases[m.group(0)])
        if not found:
            return None
        return min(found, key=lambda s: self.order[s.name])

    def segment(self, seg: str, tokens_memo: dict[str, _Signal | None]) -> _Signal | None:
        """The signal of one path segment: its tag, else its id and classes."""
        try:
            return self.segments[seg]
        except KeyError:
            pass
        sig = self._segment(seg, tokens_memo)
        if len(self.segments) >= self.max_segments:
            self.segments.clear()
        self.segments[seg] = sig
        return sig

    def _segment(self, seg: str, tokens_memo: dict[str, _Signal | None]) -> _Signal | None:
        tag, tokens = parse_segment(seg)
        sig = self.by_tag.get(tag)
        if sig is not None:
            return sig
        best: _Signal | None = None
        for t in tokens:
            if t in tokens_memo:
                ts = tokens_memo[t]
            else:
                ts = tokens_memo[t] = self.token(t)
            if ts is not None and (best is None or self.order[ts.name] < self.order[best.name]):
                best = ts
        return best


def load_signals(text: str | None = None) -> tuple[_Signal, ...]:
    """The class/id vocabularies of ``data/html_tokens.ini`` (or of ``text``)."""
    if text is None:
        data = resources.files("newsclean").joinpath("data")
        text = data.joinpath("html_tokens.ini").read_text(encoding="utf-8")
    cp = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",))
    cp.read_string(text)
    out: list[_Signal] = []
    for name in cp.sections():
        sec = cp[name]
        entries = [w.lower() for w in sec.get("words", "").split()]
        out.append(
            _Signal(
                name,
                sec.get("category", name),
                sec.get("reason", f"inside an element marked {name}"),
                frozenset(w for w in entries if "-" not in w),
                tuple(w for w in entries if "-" in w),
                frozenset(sec.get("tags", "").split()),
                sec.get("kind", "negative") == "positive",
                sec.getboolean("wrapper", True),
            )
        )
    return tuple(out)


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
                    own = vocab.segment(seg, tokens_memo)
                    if own is not None and (
                        (own.wrapper_exempt and limit > 0 and prose.get(q, 0.0) > limit)
                        or self.positive.segment(seg, pos_memo) is not None
                    ):
                        own = None
                    up = inherited[q] = own if own is not None else up
            sig = inherited[path]
            if sig is not None:
                yield Remove(i, f"html.signal.{sig.name}", sig.category, sig.reason)


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


def html_steps(config: Config) -> list[Any]:
    """The markup-aware steps of the default pipeline, in order."""
    return [HtmlTitle(config), MainContent(config), MarkupSignals(config), LinkDense(config)]
