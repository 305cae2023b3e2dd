"""Markup-aware steps: they read ``Block.markup`` and do nothing on text input.

* :class:`HtmlTitle` (``html.title``): the headline element, matched against the page metadata;
* :class:`MainContent` (``html.main``): main-content region scoring, as readability and jusText
  do (text and link density, paragraph structure), and removal of what lies outside it;
* :class:`MarkupSignals` (``html.signals``): class/id words and landmark elements (related,
  share, comments, newsletter, nav, footer, aside, ads…), vocabularies in
  ``data/html_tokens.ini``;
* :class:`LinkDense` (``html.link_dense``): blocks made mostly of link text.

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
from .dom import ancestor_paths, parse_segment, token_words

_SENTENCE_END = re.compile(r"[.!?…:;。！？]['\"”’»)\]]*$")
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
    if not _SENTENCE_END.search(block.text):
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
    own: dict[str, list[float]] = {}
    for b, w in zip(blocks, weights, strict=True):
        if b.markup is None:
            continue
        acc = own.get(b.markup.path)
        if acc is None:
            acc = own[b.markup.path] = [0.0, 0.0]
        acc[0] += w
        if w > 0:
            acc[1] += w
    score: dict[str, float] = {}
    prose: dict[str, float] = {}
    for path, (s, p) in own.items():
        for anc in ancestor_paths(path):
            score[anc] = score.get(anc, 0.0) + s
            prose[anc] = prose.get(anc, 0.0) + p
    total = sum(p for _, p in own.values())
    return _Regions(score, prose, total)


def _inside(path: str, container: str) -> bool:
    return path == container or path.startswith(container + "/")


def _favor(config: Config) -> str:
    return config.favor


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


def _parent(path: str) -> str:
    return path[: path.rfind("/")]


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
        self.negative = tuple(s for s in signals if not s.positive)
        self.positive = tuple(s for s in signals if s.positive)

    def _class_factor(self, path: str, memo: dict[str, float], wrapper: dict[str, bool]) -> float:
        """Readability's class weight: down for boilerplate words on the element or an
        ancestor below ``<body>``, up for content words on the element itself. Boilerplate
        words on an element that holds most of the page's prose do not count (``wrapper``)."""
        f = memo.get(path)
        if f is not None:
            return f
        seg = path[path.rfind("/") + 1 :]
        tag, tokens = parse_segment(seg)
        words, joined = _words_of(tokens)
        f = 1.0
        if not wrapper.get(path, False) and any(
            s.matches(tag, words, joined) for s in self.negative
        ):
            f = self.negative_factor
        elif any(s.matches(tag, words, joined) for s in self.positive):
            f = self.positive_factor
        parent = path[: path.rfind("/")]
        if parent.count("/") >= 3:
            f *= min(1.0, self._class_factor(parent, memo, wrapper))
        memo[path] = f
        return f

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
        half = 0.5 * regions.total_prose
        wrapper = {p: v > half for p, v in prose.items()}

        def final(path: str) -> float:
            p = prose.get(path, 0.0)
            neg = p - score.get(path, 0.0)
            share = neg / (p + neg) if p + neg > 0 else 0.0
            return cand[path] * (1.0 - lam * share) * self._class_factor(path, memo, wrapper)

        top = max(cand, key=lambda p: (final(p), len(p)))
        top_score = final(top)
        out = [top]
        parent = _parent(top)
        for path in cand:
            if path == top or _parent(path) != parent:
                continue
            if final(path) >= self.sibling_share * top_score:
                out.append(path)
        return out

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        if doc.kind != "html" or not blocks:
            return
        weights = [block_weight(b) for b in blocks]
        regions = _regions(blocks, weights)
        if regions.total_prose <= 0:
            return
        best = self.region(blocks, weights, regions)
        if not best:
            return
        for i, b in enumerate(blocks):
            m = b.markup
            if m is None or any(_inside(m.path, r) for r in best) or not doc.open(i):
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

    def matches(self, tag: str, words: set[str], joined: Sequence[str]) -> bool:
        if tag in self.tags or not words.isdisjoint(self.words):
            return True
        return any(f"-{p}-" in j for p in self.phrases for j in joined)


def _words_of(tokens: Sequence[str]) -> tuple[set[str], list[str]]:
    words: set[str] = set()
    joined: list[str] = []
    for t in tokens:
        ws = token_words(t)
        words.update(ws)
        joined.append("-" + "-".join(ws) + "-")
    return words, joined


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
        self.signals = tuple(s for s in load_signals() if not s.positive)
        self.max_prose_share = max_prose_share
        self.rules: tuple[RuleInfo, ...] = tuple(
            RuleInfo(
                f"html.signal.{s.name}",
                s.category,
                s.reason,
                f'<div class="{next(iter(sorted(s.words)), s.name)}">…</div>',
            )
            for s in self.signals
        )

    def _match(self, tag: str, tokens: Sequence[str]) -> _Signal | None:
        words, joined = _words_of(tokens)
        for s in self.signals:
            if s.matches(tag, words, joined):
                return s
        return None

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        if doc.kind != "html" or not blocks:
            return
        weights = [block_weight(b) for b in blocks]
        regions = _regions(blocks, weights)
        limit = self.max_prose_share * regions.total_prose
        verdict: dict[str, _Signal | None] = {}
        element_signal: dict[str, _Signal | None] = {}
        for i, b in enumerate(blocks):
            m = b.markup
            if m is None or not doc.open(i):
                continue
            if m.path in verdict:
                sig = verdict[m.path]
            else:
                sig = None
                for anc in reversed(ancestor_paths(m.path)):
                    if regions.prose.get(anc, 0.0) > limit and limit > 0:
                        break
                    if anc in element_signal:
                        es = element_signal[anc]
                    else:
                        tag, tokens = parse_segment(anc[anc.rfind("/") + 1 :])
                        es = element_signal[anc] = self._match(tag, tokens)
                    if es is not None:
                        sig = es
                        break
                verdict[m.path] = sig
            if sig is not None:
                yield Remove(i, f"html.signal.{sig.name}", sig.category, sig.reason)


class LinkDense:
    """Blocks made mostly of link text (menus, teaser lists, "read more" rows): link density at
    least ``threshold`` (0.5; 0.4 with ``favor="precision"``, 0.65 with ``favor="recall"``),
    unless the block is a long paragraph with a lower density than ``0.8``. Does nothing on
    text input."""

    id = "html.link_dense"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "html.link_dense",
            "link_list",
            "a block made mostly of link text",
            '<li><a href="/world">World</a></li>',
        ),
    )

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
            if len(b.text) > 200 and m.link_density < 0.8:
                continue
            yield Remove(
                i,
                "html.link_dense",
                "link_list",
                f"{m.link_density:.0%} of the block is link text",
            )


def html_steps(config: Config) -> list[Any]:
    """The markup-aware steps of the default pipeline, in order."""
    return [HtmlTitle(config), MainContent(config), MarkupSignals(config), LinkDense(config)]
