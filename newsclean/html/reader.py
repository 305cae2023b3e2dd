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

Site chrome is dropped (``html.landmark``): the ``<nav>``, ``<footer>`` and ``<aside>``
landmarks, elements of an ARIA role in :data:`LANDMARK_ROLES`, and a ``<header>`` with no
``<h1>``/``<h2>`` (an article's own header holds its headline). They hold about half of a typical
page's blocks, which every later step would pay for. Article headers, menus in ``<div>``s,
related lists and comment sections are **kept** in the text view: the markup-aware steps remove
them as spans with rule ids and reasons.

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
``html.landmark``      ``nav``, ``footer``, ``aside``, ARIA roles of site chrome, a ``<header>``
                       without ``<h1>``/``<h2>``: navigation, site header and footer, sidebars
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

#: elements dropped wholesale, with their rule id and reason (landmarks: see the module docstring)
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
    **{
        t: ("html.landmark", f"a <{t}> landmark is site chrome, not the article")
        for t in _names("nav footer aside")
    },
}

#: ARIA roles of site chrome, dropped like the ``nav``/``footer``/``aside`` landmarks
LANDMARK_ROLES = _names("navigation menu menubar complementary contentinfo search")

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
    so ordinary pages pay a ``str.count`` only, and only as far as a drop is still possible.
    """
    lts = html.count("<")
    if lts <= 2 * MAX_DEPTH:
        return html, 0
    # a bound on the start tags still to come: the "<" that do not begin an end tag; once
    # the depth plus that bound stays below MAX_DEPTH (and no dropped element is open),
    # nothing more can be dropped and the scan stops
    opens_left = lts - html.count("</")
    if opens_left < MAX_DEPTH:
        return html, 0
    depth = 0
    parts: list[str] = []
    last = 0
    dropped = 0
    deep_open: list[str] = []  # tags opened beyond the limit, whose end tags must go too
    for m in _TAG_RE.finditer(html):
        if not m.group(1):
            opens_left -= 1
            if depth + opens_left < MAX_DEPTH and not deep_open:
                break
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
    attrs = root.attributes
    lang = attrs.get("lang")
    if lang and lang.strip():
        meta.data["lang"] = lang.strip()
    head = tree.head
    if head is not None:
        _read_head(head, meta, removals)
    flagged: dict[int, tuple[str, str]] = {}
    flag = _flag(root, "html", attrs)
    if flag is not None:
        flagged[root.mem_id] = flag
    body = tree.body
    if body is not None:
        _scan_body(body, meta, flagged)
    parts, blocks = _walk(root, removals, flagged)
    data = meta.finish()
    data["html"] = source
    return Page("\n".join(parts), blocks, tuple(removals), data)


#: JSON-LD scripts, for Lexbor (``application/ld+json``, any case)
_JSONLD = 'script[type*="ld+json" i]'
#: the links that may be canonical (:meth:`_Meta.add_link` decides), not the many stylesheets,
#: icons and preloads
_CANONICAL = 'link[rel*="canonical" i]'


def _read_head(head: Any, meta: _Meta, removals: list[MarkupRemoval]) -> None:
    """Read the metadata of ``<head>`` and record it as one markup removal (it is not
    visible); the walk then skips it."""
    for node in head.css(f"meta, {_CANONICAL}, title, {_JSONLD}"):
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
        else:  # a JSON-LD script
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


#: elements :func:`_flag` may drop: of a role, headers, hidden or with a style that may hide
_FLAG_CANDIDATES = '[role], header, [hidden], [style*="none" i], [style*="hidden" i]'
#: what :func:`_scan_body` selects: page metadata, then the candidates of :func:`_flag`
_BODY_SCAN = f"meta, {_CANONICAL}, time, {_JSONLD}, " + _FLAG_CANDIDATES


def _scan_body(body: Any, meta: _Meta, flagged: dict[int, tuple[str, str]]) -> None:
    """One Lexbor query over ``<body>`` (inclusive) for two things, in page order:

    * the metadata of ``<body>`` (``<meta>``, ``<link>``, JSON-LD, ``<time>``), wherever it
      sits: also inside what the walk drops (a JSON-LD script in the footer, a ``<time>`` in
      a hidden or landmark element);
    * the elements to drop that their attributes or contents give away (:func:`_flag`), into
      ``flagged`` by ``mem_id``, so the walk never reads the attributes of ordinary elements.

    Lexbor lists an element once per selector it matches, so repeats are skipped."""
    seen: set[int] = set()
    for node in body.css(_BODY_SCAN):
        mem_id = node.mem_id
        if mem_id in seen:
            continue
        seen.add(mem_id)
        tag = node.tag
        attrs = node.attributes
        flag = _flag(node, tag, attrs)
        if flag is not None:
            flagged[mem_id] = flag
        if tag == "meta":
            meta.add_meta(attrs)
        elif tag == "link":
            meta.add_link(attrs)
        elif tag == "time":
            meta.data.setdefault("times", []).append(
                {
                    "datetime": (attrs.get("datetime") or "").strip(),
                    "text": " ".join(node.text(deep=True).split()),
                    "path": _node_path(node),
                }
            )
        elif tag == "script" and "ld+json" in (attrs.get("type") or "").lower():
            meta.add_jsonld(node.text(deep=True))


def _flag(node: Any, tag: str, attrs: dict[str, str | None]) -> tuple[str, str] | None:
    """The rule and reason to drop an element that its attributes or contents give away, not
    its tag alone: a hidden element (``hidden``, a hiding inline style), a site header (a
    ``<header>`` with no ``<h1>``/``<h2>``: an article's own header holds its headline) or an
    ARIA landmark of site chrome (:data:`LANDMARK_ROLES`), in that order of precedence."""
    if "hidden" in attrs or _HIDDEN_STYLE.search(attrs.get("style") or ""):
        return ("html.hidden", _HIDDEN_REASON)
    if tag == "header" and node.css_first("h1, h2") is None:
        return ("html.landmark", _HEADER_REASON)
    role = (attrs.get("role") or "").split()
    if role and role[0].lower() in LANDMARK_ROLES:
        return (
            "html.landmark",
            f'an element of role "{role[0].lower()}" is site chrome, not the article',
        )
    return None


def _node_path(node: Any) -> str:
    """The element path of ``node`` from the DOM (the walk builds the same from its frames)."""
    chain: list[Any] = []
    n = node
    while n is not None and n.is_element_node:
        chain.append(n)
        n = n.parent
    parent: _Frame | None = None
    for depth, el in enumerate(reversed(chain)):
        nth = 1
        sib = el.prev
        while sib is not None:
            if sib.is_element_node and sib.tag != "head":
                nth += 1
            sib = sib.prev
        parent = [el.tag, parent, el, None, nth, depth, 0, None, None, 0]
    return _path(parent, {}) if parent is not None else ""


# One frame per open element: [tag, parent frame, node, path-segment tail (None until read),
# position among the parent's element children, depth, what closing it does (``_C_*``), path
# (None until asked), tokens (None until asked), element children so far]
_Frame = list[Any]
_TAG, _PARENT, _NODE, _TAIL, _NTH, _DEPTH, _CLOSE, _PATH, _TOKENS, _CHILDREN = range(10)

#: inline elements whose attributes are read only when a path through them is needed
INLINE_TAGS = _names(
    "a abbr b bdi bdo cite code data del dfn em font i img ins kbd mark picture q rp rt "
    "ruby s samp small span strong sub sup u var wbr"
)


#: per page: the tokens and the path-segment tail (``#id.class…``) of each raw (id, class)
#: attribute pair met (class lists recur on a page: menu items, cards, teasers)
_Tails = dict[tuple[str | None, str | None], tuple[tuple[str, ...], str]]


def _tail(ident: str | None, cls: str | None) -> tuple[tuple[str, ...], str]:
    """The tokens (id then classes, path separators replaced by ``_``) and the path-segment
    tail of an element with these ``id`` and ``class`` attributes."""
    out: list[str] = []
    has_id = bool(ident)
    if ident:
        ident = (_UNSAFE.sub("_", ident) if _UNSAFE.search(ident) else ident).strip()
        if ident and not ident.isspace():
            out.append("".join(ident.split()))
    if cls:
        out.extend((_UNSAFE.sub("_", cls) if _UNSAFE.search(cls) else cls).split())
    if not out:
        return (), ""
    # an id attribute of spaces only is no token, yet it still marks the first class as the
    # id: kept as it is, since paths are stable output
    if has_id:
        tail = "#" + out[0]
        classes = out[1 : 1 + MAX_PATH_CLASSES]
    else:
        tail = ""
        classes = out[:MAX_PATH_CLASSES]
    if classes:
        tail += "." + ".".join(classes)
    return tuple(out), tail


def _tokens(frame: _Frame, tails: _Tails) -> tuple[str, ...]:
    """The element's id then classes, with path separators replaced by ``_`` (cached on the
    frame with its path-segment tail)."""
    t: tuple[str, ...] | None = frame[_TOKENS]
    if t is None:
        attrs = frame[_NODE].attributes
        ident = attrs.get("id")
        cls = attrs.get("class")
        if ident is None and cls is None:
            frame[_TAIL] = ""
            t = frame[_TOKENS] = ()
            return t
        key = (ident, cls)
        found = tails.get(key)
        if found is None:
            found = tails[key] = _tail(ident, cls)
        t = frame[_TOKENS] = found[0]
        frame[_TAIL] = found[1]
    return t


def _path(frame: _Frame, tails: _Tails) -> str:
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
            if f[_TOKENS] is None:
                _tokens(f, tails)
            nth = f[_NTH]
            if nth == 1:
                path = path + "/" + f[_TAG] + f[_TAIL]
            else:
                path = f"{path}/{f[_TAG]}[{nth}]{f[_TAIL]}"
        f[_PATH] = path
    return path


def _flush(
    buf: list[str],
    links: int,
    owner: _Frame,
    pre: bool,
    blocks: list[Block],
    parts: list[str],
    pos: int,
    tails: _Tails,
) -> int:
    """Turn the text collected since the last block boundary into block(s); return the new
    end of the text view. ``buf`` is emptied."""
    raw = "".join(buf)
    buf.clear()
    markup: Markup | None = None
    for line in raw.splitlines() if pre else (raw,):
        text = " ".join(line.split())
        if not text:
            continue
        if markup is None:
            density = min(1.0, links / len(text)) if links else 0.0
            markup = Markup(
                _path(owner, tails), owner[_TAG], _tokens(owner, tails), density, owner[_DEPTH]
            )
        if parts:
            pos += 1
        end = pos + len(text)
        blocks.append(Block(len(blocks), pos, end, text, markup))
        parts.append(text)
        pos = end
    return pos


_COMMENT_REASON = "an HTML comment is not rendered"
_HIDDEN_REASON = "hidden element (hidden attribute or inline style)"
_TITLE_REASON = "a <title> is metadata, not body text"
_HEADER_REASON = "a <header> without a headline (<h1>, <h2>) is the site header"


#: Lexbor's tag ids of text and comment nodes (``LXB_TAG__TEXT``, ``LXB_TAG__EM_COMMENT``)
_TEXT_ID = 2
_COMMENT_ID = 4


# What the walk does on opening an element, by its tag (see :func:`_kind`): skip it (``head``,
# non-element nodes), inline (``a`` and ``img`` apart), drop it, end a block (``br``, ``hr``),
# ignore it (``meta``, ``link``), record a ``<title>``, open a block (``pre`` apart) or walk into
# it without opening a block. The inline kinds come first: ``kind <= _K_IMG`` is "inline".
_K_SKIP, _K_INLINE, _K_A, _K_IMG, _K_DROP, _K_BREAK, _K_META, _K_TITLE = range(8)
_K_BLOCK, _K_PRE, _K_OTHER = range(8, 11)

# What closing a frame does (its ``_CLOSE`` slot): nothing, end a block, end a ``pre`` block,
# leave an ``<a>``
_C_NONE, _C_BLOCK, _C_PRE, _C_A = range(4)


def _kind(tag: str) -> int:
    """The walk's kind of an element named ``tag`` (see ``_K_*``)."""
    if tag[0] == "-" or tag == "head":
        return _K_SKIP
    if tag in INLINE_TAGS:
        return _K_A if tag == "a" else _K_IMG if tag == "img" else _K_INLINE
    if tag in DROP_TAGS:
        return _K_DROP
    if tag == "br" or tag == "hr":
        return _K_BREAK
    if tag == "meta" or tag == "link":
        return _K_META
    if tag == "title":
        return _K_TITLE
    if tag in BLOCK_TAGS:
        return _K_PRE if tag == "pre" else _K_BLOCK
    return _K_OTHER


def _walk(
    root: Any, removals: list[MarkupRemoval], flagged: dict[int, tuple[str, str]]
) -> tuple[list[str], list[Block]]:
    """Walk the tree under ``root`` (inclusive) once, in document order, without recursion:
    the text view's lines and blocks. One function with local state: this loop is the hot
    path of the HTML reader (every node of the page passes through it once). ``flagged``:
    the elements to drop by ``mem_id`` (see :func:`_scan_body`)."""
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    buf: list[str] = []
    link_chars = 0
    a_depth = 0
    pre_depth = 0
    stack: list[_Frame] = []
    block_stack: list[_Frame] = []
    # (tag name, kind) by Lexbor tag id, for this page: ``tag_id`` is several times cheaper
    # than ``tag`` (which decodes the name on each call), and within one document an id names
    # one tag (the walk never enters <svg>/<math>, whose elements could spell a name otherwise)
    kinds: dict[int, tuple[str, int]] = {}
    tails: _Tails = {}
    node: Any = root
    while True:
        tid: int = node.tag_id
        descend = False
        if tid == _TEXT_ID:
            # whitespace before a block's first text is dropped: Lexbor tells the (many)
            # ASCII-whitespace nodes between tags apart without decoding them
            if buf or not node.is_empty_text_node:
                s: str | None = node.text_content
                if s and (buf or not s.isspace()):
                    buf.append(s)
                    if a_depth:
                        link_chars += len(s.strip())
        elif tid == _COMMENT_ID:
            removals.append(
                MarkupRemoval(
                    (_path(stack[-1], tails) if stack else "") + "/#comment",
                    "#comment",
                    "html.comment",
                    _COMMENT_REASON,
                    len(node.comment_content or ""),
                )
            )
        else:
            tk = kinds.get(tid)
            if tk is None:
                tag = node.tag
                tk = kinds[tid] = (tag, _kind(tag))
            tag, kind = tk
            if kind:  # open an element
                if stack:
                    parent: _Frame | None = stack[-1]
                    nth = parent[_CHILDREN] = parent[_CHILDREN] + 1  # type: ignore[index]
                    depth = parent[_DEPTH] + 1  # type: ignore[index]
                else:
                    parent, nth, depth = None, 1, 0
                if kind <= _K_IMG:
                    if kind == _K_INLINE:
                        stack.append([tag, parent, node, None, nth, depth, 0, None, None, 0])
                        descend = True
                    elif kind == _K_A:
                        a_depth += 1
                        stack.append([tag, parent, node, None, nth, depth, _C_A, None, None, 0])
                        descend = True
                else:
                    frame: _Frame = [tag, parent, node, None, nth, depth, 0, None, None, 0]
                    # a dropped tag, or an element flagged hidden/landmark/header: recorded whole
                    why = (
                        DROP_TAGS[tag]
                        if kind == _K_DROP
                        else flagged.get(node.mem_id) if flagged else None
                    )
                    if why is not None:
                        chars = len(node.text(deep=True))
                        path = _path(frame, tails)
                        removals.append(MarkupRemoval(path, tag, why[0], why[1], chars))
                    elif kind >= _K_BLOCK:
                        if kind != _K_OTHER:
                            if buf:
                                pos = _flush(
                                    buf,
                                    link_chars,
                                    block_stack[-1] if block_stack else stack[-1],
                                    pre_depth > 0,
                                    blocks,
                                    parts,
                                    pos,
                                    tails,
                                )
                                link_chars = 0
                            block_stack.append(frame)
                            if kind == _K_PRE:
                                frame[_CLOSE] = _C_PRE
                                pre_depth += 1
                            else:
                                frame[_CLOSE] = _C_BLOCK
                        stack.append(frame)
                        descend = True
                    elif kind == _K_BREAK:
                        if buf:
                            pos = _flush(
                                buf,
                                link_chars,
                                block_stack[-1] if block_stack else stack[-1],
                                pre_depth > 0,
                                blocks,
                                parts,
                                pos,
                                tails,
                            )
                            link_chars = 0
                    elif kind == _K_TITLE:
                        title = " ".join(node.text(deep=True).split())
                        path = _path(frame, tails)
                        removals.append(
                            MarkupRemoval(path, tag, "html.head", _TITLE_REASON, len(title))
                        )
                    # _K_META: <meta> and <link> are read by _scan_body
        if descend:
            child = node.first_child
            if child is not None:
                node = child
                continue
        else:
            if not stack:
                break
            nxt = node.next
            if nxt is not None:
                node = nxt
                continue
            node = stack[-1][_NODE]  # the parent: every element walked into has a frame
        # close the elements that have no more children, then move to the next sibling
        while True:
            frame = stack.pop()
            close = frame[_CLOSE]
            if close:
                if close == _C_A:
                    a_depth -= 1
                else:
                    if buf:
                        pos = _flush(
                            buf, link_chars, frame, pre_depth > 0, blocks, parts, pos, tails
                        )
                        link_chars = 0
                    block_stack.pop()
                    if close == _C_PRE:
                        pre_depth -= 1
            if not stack:
                break
            nxt = node.next
            if nxt is not None:
                break
            node = stack[-1][_NODE]
        if not stack:
            break
        node = nxt
    if buf:
        owner = block_stack[-1] if block_stack else (stack[-1] if stack else None)
        if owner is not None:
            _flush(buf, link_chars, owner, pre_depth > 0, blocks, parts, pos, tails)
    return parts, blocks
