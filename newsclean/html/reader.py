"""An HTML page to a :class:`~newsclean.html.Page`: its text view, blocks, markup removals and
metadata, in one iterative walk of a selectolax (Lexbor) DOM.

The text view
-------------
The page's visible text, one block a line, blocks separated by ``"\\n"``. A block is the text of
one block-level element (``p``, ``h1``–``h6``, ``li``, ``blockquote``, ``td``, ``figcaption``,
``div`` with text of its own…); inline elements (``a``, ``span``, ``b``…) join their block's text
as the browser renders it, whitespace folded to single spaces. ``<br>`` and ``<hr>`` end a block,
and each line of a ``<pre>`` is a block of its own. ``doc.text[b.start:b.end] == b.text`` for every
block, as for text input, so the spans partition the text view exactly.

Every block carries a :class:`~newsclean.model.Markup`: the element path (see
:mod:`newsclean.html.dom`), the tag and the class/id tokens of the element that owns the text,
the block's link density (share of its characters inside ``<a>``) and the element's depth.

Navigation, headers, footers, asides, menus and comment sections are **kept** in the text view:
the markup-aware steps remove them as spans with rule ids and reasons, so they stay inspectable.

Markup removals
---------------
What never reaches the text view is recorded as a :class:`~newsclean.model.MarkupRemoval` with
its element path, tag, a rule id and a reason, and its text length in ``chars``:

=====================  =====================================================================
rule                   what
=====================  =====================================================================
``html.non_text``      ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``math``,
                       ``canvas``, ``iframe``, ``object``, ``embed``, media fallbacks
``html.form_control``  ``input``, ``select``, ``textarea``, ``button``, ``option``…
``html.hidden``        elements with the ``hidden`` attribute or an inline style
                       ``display:none`` / ``visibility:hidden``
``html.head``          the ``<title>`` (read into ``meta["title"]``) and any other text in
                       ``<head>``
``html.comment``       HTML comments
``html.too_deep``      elements nested deeper than :data:`MAX_DEPTH` levels: their tags were
                       flattened before parsing (their text is kept; ``chars`` counts tags)
=====================  =====================================================================

Page metadata (``Page.meta`` / ``Document.meta``)
-------------------------------------------------
A plain dict for provenance. Values come from the markup, not from the text view, so they carry
no offsets. Keys are present only when the page has the thing:

``title``       ``str``: the ``<title>`` text, whitespace folded.
``lang``        ``str``: the ``<html lang>`` value.
``canonical``   ``str``: the ``href`` of ``<link rel="canonical">``.
``og``          ``dict[str, str]``: ``<meta property="og:…">`` by name without ``og:``
                (``og["title"]``, ``og["site_name"]``, ``og["url"]``…); the first value wins.
``article``     ``dict[str, list[str]]``: ``<meta property="article:…">`` by name without
                ``article:`` (``published_time``, ``modified_time``, ``author``, ``section``,
                ``tag``…), every value in page order.
``meta``        ``dict[str, list[str]]``: every other ``<meta name|property|itemprop=… content>``
                by lower-cased name (``author``, ``description``, ``keywords``, ``date``,
                ``twitter:title``, ``parsely-pub-date``…), every value in page order.
``jsonld``      ``list[dict]``: every JSON-LD object of ``<script type="application/ld+json">``
                that parses, ``@graph`` members and top-level lists flattened, in page order.
``news_article`` ``dict``: the first of ``jsonld`` whose ``@type`` is ``NewsArticle``,
                ``Article``, ``ReportageNewsArticle``, ``AnalysisNewsArticle``,
                ``OpinionNewsArticle``, ``BlogPosting``, ``LiveBlogPosting``, ``WebPage`` with an
                ``articleBody``… (see :data:`ARTICLE_TYPES`). Read ``headline``,
                ``datePublished``, ``dateModified``, ``author``, ``publisher`` from it.
``times``       ``list[dict[str, str]]``: each ``<time>`` element in page order as
                ``{"datetime": <attribute or "">, "text": <its text>, "path": <element path>}``.
``authors``     ``list[str]``: convenience, the ``<meta name="author">`` values then the
                ``article:author`` values, de-duplicated.
``html``        ``str``: the page source as read (always present), for extractor steps that
                need the markup itself (:class:`~newsclean.html.trafilatura_step.Trafilatura`).
=================================================================================================

Robustness: the walk is iterative (no recursion, any depth). Lexbor's tree building is quadratic
in nesting depth, so pages whose tags would nest deeper than :data:`MAX_DEPTH` levels are
flattened below that depth before parsing (recorded as ``html.too_deep``). Malformed markup is
repaired by the HTML5 parsing rules; an empty page gives an empty Page.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..config import Config
from ..model import Block, Markup, MarkupRemoval
from . import Page
from .dom import MAX_PATH_CLASSES, MAX_PATH_DEPTH


def _names(names: str) -> frozenset[str]:
    return frozenset(names.split())


#: elements whose start and end delimit blocks of the text view
BLOCK_TAGS = _names(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup html legend li "
    "main menu nav ol p pre section summary table tbody tfoot thead td th tr ul"
)

#: elements dropped wholesale, with their rule id and reason
DROP_TAGS: dict[str, tuple[str, str]] = {
    **{
        t: ("html.non_text", f"<{t}> holds code or embedded content, not visible text")
        for t in _names(
            "script style noscript template svg math canvas iframe frame frameset object embed "
            "applet audio video source track map"
        )
    },
    **{
        t: ("html.form_control", f"<{t}> is a form control; its text is interface, not prose")
        for t in _names(
            "input select textarea button option optgroup datalist output progress meter"
        )
    },
}

#: JSON-LD ``@type`` values that describe an article (for ``meta["news_article"]``)
ARTICLE_TYPES = _names(
    "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle ReviewNewsArticle BlogPosting LiveBlogPosting "
    "SocialMediaPosting Report ScholarlyArticle TechArticle"
)

#: tags nested deeper than this are flattened before parsing (see the module docstring)
MAX_DEPTH = 1500

# class and id values keep their case; path separators inside them become "_"
_UNSAFE = re.compile(r"[/#.\[\]]")
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*>")
# end tags of these may be omitted, and void elements have none: they do not nest
_NO_NEST = _names(
    "area base br col embed hr img input link meta param source track wbr p li dt dd "
    "option optgroup tr td th thead tbody tfoot rb rt rtc rp colgroup caption"
)


def _flatten_deep(html: str) -> tuple[str, int]:
    """Drop the tags that would nest deeper than MAX_DEPTH; return the html and how many.

    Only run when the page has enough tags to nest that deep (a count of ``<`` is the bound),
    so ordinary pages pay a ``str.count`` only.
    """
    if html.count("<") <= 2 * MAX_DEPTH:
        return html, 0
    depth = 0
    parts: list[str] = []
    last = 0
    dropped = 0
    deep_open: list[str] = []  # tags opened beyond the limit, whose end tags must go too
    for m in _TAG_RE.finditer(html):
        name = m.group(2).lower()
        if name in _NO_NEST:
            continue
        if m.group(1):
            if deep_open and deep_open[-1] == name:
                deep_open.pop()
                parts.append(html[last : m.start()])
                last = m.end()
                dropped += 1
            elif depth:
                depth -= 1
        elif m.group(0).endswith("/>"):
            continue
        elif depth >= MAX_DEPTH:
            deep_open.append(name)
            parts.append(html[last : m.start()])
            last = m.end()
            dropped += 1
        else:
            depth += 1
    if not dropped:
        return html, 0
    parts.append(html[last:])
    return "".join(parts), dropped


def _jsonld_objects(raw: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return []
    out: list[dict[str, Any]] = []
    todo: list[Any] = [data]
    while todo:
        item = todo.pop(0)
        if isinstance(item, list):
            todo[0:0] = item
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                todo[0:0] = graph
            if "@type" in item:
                out.append(item)
    return out


def _is_article(obj: dict[str, Any]) -> bool:
    t = obj.get("@type")
    types = t if isinstance(t, list) else [t]
    if any(isinstance(x, str) and x in ARTICLE_TYPES for x in types):
        return True
    return "articleBody" in obj


class _Meta:
    """Collects page metadata during the walk (one per page)."""

    __slots__ = ("data",)

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    def add_meta(self, attrs: dict[str, str | None]) -> None:
        content = attrs.get("content")
        name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if content is None or not name:
            return
        name = name.strip().lower()
        content = " ".join(content.split())
        if not content:
            return
        d = self.data
        if name.startswith("og:"):
            d.setdefault("og", {}).setdefault(name[3:], content)
        elif name.startswith("article:"):
            d.setdefault("article", {}).setdefault(name[8:], []).append(content)
        else:
            d.setdefault("meta", {}).setdefault(name, []).append(content)

    def add_link(self, attrs: dict[str, str | None]) -> None:
        rel = (attrs.get("rel") or "").lower().split()
        href = attrs.get("href")
        if "canonical" in rel and href and "canonical" not in self.data:
            self.data["canonical"] = href.strip()

    def add_jsonld(self, raw: str) -> None:
        objs = _jsonld_objects(raw)
        if objs:
            self.data.setdefault("jsonld", []).extend(objs)

    def finish(self) -> dict[str, Any]:
        d = self.data
        for obj in d.get("jsonld", ()):
            if _is_article(obj):
                d["news_article"] = obj
                break
        authors = d.get("meta", {}).get("author", []) + d.get("article", {}).get("author", [])
        if authors:
            d["authors"] = list(dict.fromkeys(authors))
        return d


def read_page(html: str, config: Config) -> Page:
    """Parse ``html`` and walk it once into a Page (see the module docstring)."""
    from selectolax.lexbor import LexborHTMLParser

    removals: list[MarkupRemoval] = []
    source = html
    html, flattened = _flatten_deep(html)
    if flattened:
        removals.append(
            MarkupRemoval(
                "/",
                "*",
                "html.too_deep",
                f"{flattened} tags nested deeper than {MAX_DEPTH} levels were flattened "
                "(their text is kept)",
                flattened,
            )
        )
    tree = LexborHTMLParser(html)
    meta = _Meta()
    root = tree.root
    if root is None:
        return Page("", [], tuple(removals), {**meta.finish(), "html": source})
    head = tree.head
    if head is not None:
        _read_head(head, meta, removals)
    walk = _Walk(removals, meta)
    walk.run(root)
    data = meta.finish()
    data["html"] = source
    return Page("\n".join(walk.parts), walk.blocks, tuple(removals), data)


def _read_head(head: Any, meta: _Meta, removals: list[MarkupRemoval]) -> None:
    """Read the metadata of ``<head>`` and record it as one markup removal (it is not
    visible); the walk then skips it."""
    for node in head.css("meta, link, title, script"):
        tag = node.tag
        attrs = node.attributes
        if tag == "meta":
            meta.add_meta(attrs)
        elif tag == "link":
            meta.add_link(attrs)
        elif tag == "title":
            title = " ".join(node.text(deep=True).split())
            if title:
                meta.data.setdefault("title", title)
        elif "ld+json" in (attrs.get("type") or ""):
            meta.add_jsonld(node.text(deep=True))
    removals.append(
        MarkupRemoval(
            "/html/head",
            "head",
            "html.head",
            "the document head (title, metadata, scripts, styles) is not visible; "
            "its metadata is read into meta",
            len(head.text(deep=True)),
        )
    )


# One frame per open element: [tag, parent frame, node, attributes (None until read),
# position among the parent's element children, depth, is_block, path (None until asked),
# tokens (None until asked), element children so far]
_Frame = list[Any]
_TAG, _PARENT, _NODE, _ATTRS, _NTH, _DEPTH, _IS_BLOCK, _PATH, _TOKENS, _CHILDREN = range(10)

#: inline elements whose attributes are read only when a path through them is needed
INLINE_TAGS = _names(
    "a abbr b bdi bdo cite code data del dfn em font i img ins kbd mark picture q rp rt "
    "ruby s samp small span strong sub sup u var wbr"
)


def _attrs(frame: _Frame) -> dict[str, str | None]:
    a: dict[str, str | None] | None = frame[_ATTRS]
    if a is None:
        a = frame[_ATTRS] = frame[_NODE].attributes
    return a


def _tokens(frame: _Frame) -> tuple[str, ...]:
    """The element's id then classes, with path separators replaced by ``_``."""
    t: tuple[str, ...] | None = frame[_TOKENS]
    if t is None:
        attrs = _attrs(frame)
        ident = attrs.get("id")
        cls = attrs.get("class")
        out: list[str] = []
        if ident:
            ident = (_UNSAFE.sub("_", ident) if _UNSAFE.search(ident) else ident).strip()
            if ident and not ident.isspace():
                out.append("".join(ident.split()))
        if cls:
            out.extend((_UNSAFE.sub("_", cls) if _UNSAFE.search(cls) else cls).split())
        t = frame[_TOKENS] = tuple(out)
    return t


def _path(frame: _Frame) -> str:
    """The element path of ``frame`` (built on demand, cached on the frame and its ancestors)."""
    p: str | None = frame[_PATH]
    if p is not None:
        return p
    chain: list[_Frame] = []
    f: _Frame | None = frame
    while f is not None and f[_PATH] is None:
        chain.append(f)
        f = f[_PARENT]
    path = f[_PATH] if f is not None else ""
    for f in reversed(chain):
        if f[_DEPTH] > MAX_PATH_DEPTH:
            if not path.endswith("/…"):
                path += "/…"
        else:
            tag, nth = f[_TAG], f[_NTH]
            seg = tag if nth == 1 else f"{tag}[{nth}]"
            tokens = _tokens(f)
            if tokens:
                attrs = f[_ATTRS]
                if attrs.get("id") and tokens[0]:
                    seg += "#" + tokens[0]
                    classes = tokens[1 : 1 + MAX_PATH_CLASSES]
                else:
                    classes = tokens[:MAX_PATH_CLASSES]
                if classes:
                    seg += "." + ".".join(classes)
            path = path + "/" + seg
        f[_PATH] = path
    return path


class _Walk:
    """The state of one walk over one DOM (never shared between pages)."""

    __slots__ = (
        "a_depth",
        "block_stack",
        "blocks",
        "buf",
        "link_chars",
        "meta",
        "parts",
        "pos",
        "pre_depth",
        "removals",
        "stack",
    )

    def __init__(self, removals: list[MarkupRemoval], meta: _Meta) -> None:
        self.removals = removals
        self.meta = meta
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.pos = 0
        self.buf: list[str] = []
        self.link_chars = 0
        self.stack: list[_Frame] = []
        self.block_stack: list[_Frame] = []
        self.a_depth = 0
        self.pre_depth = 0

    def flush(self) -> None:
        """Turn the text collected since the last block boundary into block(s)."""
        buf = self.buf
        if not buf:
            return
        raw = "".join(buf)
        buf.clear()
        owner = self.block_stack[-1] if self.block_stack else self.stack[-1]
        links = self.link_chars
        self.link_chars = 0
        markup: Markup | None = None
        blocks, parts = self.blocks, self.parts
        pos = self.pos
        for line in raw.splitlines() if self.pre_depth else (raw,):
            text = " ".join(line.split())
            if not text:
                continue
            if markup is None:
                density = min(1.0, links / len(text)) if links else 0.0
                markup = Markup(_path(owner), owner[_TAG], _tokens(owner), density, owner[_DEPTH])
            if parts:
                pos += 1
            blocks.append(Block(len(blocks), pos, pos + len(text), text, markup))
            parts.append(text)
            pos += len(text)
        self.pos = pos

    def leave_block(self, frame: _Frame) -> None:
        if self.buf:
            self.flush()
        self.block_stack.pop()
        if frame[_TAG] == "pre":
            self.pre_depth -= 1

    def remove(self, frame: _Frame, rule: str, reason: str, chars: int) -> None:
        self.removals.append(MarkupRemoval(_path(frame), frame[_TAG], rule, reason, chars))

    def run(self, root: Any) -> None:
        """Walk the tree under ``root`` (inclusive) once, in document order, without recursion."""
        stack, buf, enter, flush = self.stack, self.buf, self.enter, self.flush
        node: Any = root
        while True:
            descend = False
            tag: str = node.tag
            if tag == "-text":
                s: str = node.text_content or ""
                if buf or not s.isspace():
                    buf.append(s)
                    if self.a_depth:
                        self.link_chars += len(s.strip())
            elif tag == "-comment":
                self.removals.append(
                    MarkupRemoval(
                        (_path(stack[-1]) if stack else "") + "/#comment",
                        "#comment",
                        "html.comment",
                        "an HTML comment is not rendered",
                        len(node.comment_content or ""),
                    )
                )
            elif tag[0] != "-" and tag != "head":
                descend = enter(node, tag)
            if descend:
                child = node.child
                if child is not None:
                    node = child
                    continue
                frame = stack.pop()
                if frame[_IS_BLOCK]:
                    self.leave_block(frame)
                elif frame[_TAG] == "a":
                    self.a_depth -= 1
            # node is done: move to its next sibling, leaving parents that have no more children
            while stack:
                nxt = node.next
                if nxt is not None:
                    node = nxt
                    break
                node = node.parent
                frame = stack.pop()
                if frame[_IS_BLOCK]:
                    self.leave_block(frame)
                elif frame[_TAG] == "a":
                    self.a_depth -= 1
            else:
                break
        if buf:
            flush()

    def enter(self, node: Any, tag: str) -> bool:
        """Open an element; return whether to walk into its children."""
        stack = self.stack
        parent = stack[-1] if stack else None
        if parent is not None:
            nth = parent[_CHILDREN] = parent[_CHILDREN] + 1
            depth = parent[_DEPTH] + 1
        else:
            nth, depth = 1, 0
        is_block = tag in BLOCK_TAGS
        frame: _Frame = [tag, parent, node, None, nth, depth, is_block, None, None, 0]
        if tag in INLINE_TAGS:
            if tag == "a":
                self.a_depth += 1
            elif tag == "img":
                return False
            stack.append(frame)
            return True
        attrs = frame[_ATTRS] = node.attributes
        drop = DROP_TAGS.get(tag)
        if drop is not None:
            text = node.text(deep=True)
            if tag == "script" and "ld+json" in (attrs.get("type") or ""):
                self.meta.add_jsonld(text)
            self.remove(frame, drop[0], drop[1], len(text))
            return False
        if "hidden" in attrs or ((style := attrs.get("style")) and _HIDDEN_STYLE.search(style)):
            self.remove(
                frame,
                "html.hidden",
                "hidden element (hidden attribute or inline style)",
                len(node.text(deep=True)),
            )
            return False
        if tag == "br" or tag == "hr":
            if self.buf:
                self.flush()
            return False
        if tag == "meta":
            self.meta.add_meta(attrs)
            return False
        if tag == "link":
            self.meta.add_link(attrs)
            return False
        if tag == "html":
            lang = attrs.get("lang")
            if lang and lang.strip():
                self.meta.data["lang"] = lang.strip()
        elif tag == "time":
            self.meta.data.setdefault("times", []).append(
                {
                    "datetime": (attrs.get("datetime") or "").strip(),
                    "text": " ".join(node.text(deep=True).split()),
                    "path": _path(frame),
                }
            )
        elif tag == "title":
            title = " ".join(node.text(deep=True).split())
            self.remove(frame, "html.head", "a <title> is metadata, not body text", len(title))
            return False
        if is_block:
            if self.buf:
                self.flush()
            self.block_stack.append(frame)
            if tag == "pre":
                self.pre_depth += 1
        stack.append(frame)
        return True
