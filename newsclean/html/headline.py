"""The ``html.title`` step: the headline element, matched against the page metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..step import Decision, RuleInfo, SetTitle

_NORM = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.casefold()).strip()


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
