"""Facts about the page itself, read off earlier steps' decisions: ``title``, ``site_name``
(a title suffix, or the suffix after a breadcrumb that runs into the title) and ``section``
(a section label, or the last element of a breadcrumb)."""

from __future__ import annotations

import regex

from ..document import Document
from ..model import Fact
from ..step import Remove, RuleInfo, SetTitle
from .base import FactSink, ProvenanceStep
from .data import Tables
from .names import trim
from .normalise import Normaliser

_P = "provenance.page"
_SEP = regex.compile(r"\s*(?:[-–—|:·•»~]+|\s[-–—]|/{1,2})\s*")
_CRUMB_SEP = regex.compile(r"\s*(?:[>»›/|]|\s[-–—]\s|::)\s*")
_CRUMB_LABEL = regex.compile(
    r"(?i)^\s*(?:current|you are here|vous êtes ici|sie sind hier|estás en)\s*:\s*"
)
_SECTION_CATS = frozenset({"section_label", "section", "category_label"})
#: a whole line that is a breadcrumb trail from the home page ("Home » News » Politics"):
#: another step may have removed it as a menu; its last element is the section
_CRUMB_LINE = regex.compile(
    r"(?i)^\s*(?:(?:current|you are here|vous êtes ici|sie sind hier|estás en)\s*:\s*)?"
    r"(?:home(?:\s*page)?|start|startseite|accueil|inicio|portada|news|main|front page|index"
    r"|nachrichten|actualités|noticias)"
    r"(?:\s*(?:>>?|»|›|→|⟩|⇒|/)\s*(?P<last>[\p{L}\d&'’.\-]+(?:[^\S\n]+[\p{L}\d&'’.\-]+){0,2}))+"
    r"\s*$"
)


class PageStep(ProvenanceStep):
    """Records ``title``, ``site_name`` and ``section`` from what earlier steps decided, when no
    earlier step recorded them: the title line (``SetTitle``) gives the title and, after a
    separator, the site suffix ("Headline – Example Times"); a breadcrumb line that runs into the
    title ("Home > World > <title> - Site") gives the section (its last element) and the site
    name; a block another step labelled a section label gives the section."""

    id = "provenance.page"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.title", "title", "the title line", "Headline – Example Times"),
        RuleInfo(f"{_P}.site_name", "site_name", "a title or breadcrumb suffix",
                 "Headline – Example Times"),
        RuleInfo(f"{_P}.section", "section", "a section label or breadcrumb",
                 "Home > World > Headline"),
    )  # fmt: skip

    def __init__(
        self,
        tables: Tables | None = None,
        normaliser: Normaliser | None = None,
        *,
        max_suffix_words: int = 6,
    ) -> None:
        super().__init__(tables, normaliser)
        self.max_suffix_words = max_suffix_words

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        t = doc.title
        text = doc.text
        norm = self.normaliser
        if t is not None:
            sink.extend(norm.facts("title", text, t.start, t.end, f"{_P}.title"))
            b = doc.blocks[t.block]
            if t.end < b.end:
                self._suffix(sink, text, t.end, b.end)
            title = text[t.start : t.end].strip()
            if len(title) >= 12:
                self._crumbs(doc, sink, t, title)
        if sink.fills("section"):
            self._section_labels(doc, sink)
        if sink.fills("section"):
            self._menu_crumbs(doc, sink)
        return sink.facts

    def _section_labels(self, doc: Document, sink: FactSink) -> None:
        """A section from the first block another step labelled a section label (only
        ``Remove`` decisions carry such a category: the loop reads the decisions directly).
        A fallback: it never displaces a section a rule cut out of such a block."""
        text = doc.text
        for i, d in enumerate(doc.decisions):
            if isinstance(d, Remove) and d.category in _SECTION_CATS:
                b = doc.blocks[i]
                sink.extend(
                    self.normaliser.facts("section", text, b.start, b.end, f"{_P}.section", 0.9)
                )
                if not sink.fills("section"):
                    return

    def _menu_crumbs(self, doc: Document, sink: FactSink) -> None:
        """A removed head line that is a whole breadcrumb trail ("Home » News » Politics"),
        before the title or the first paragraph of prose: its last element is the section.
        Not a line the menus step took as a line of menu items: it does so only with lines the
        title step's breadcrumb test rejects ("Home / Politics / Sport / Culture / Science")."""
        head = doc.title.block if doc.title is not None else doc.first_prose()
        for i in range(min(head if head is not None else 0, len(doc.blocks))):
            b = doc.blocks[i]
            d = doc.decisions[i]
            if d is None or d.rule == "menu_line" or len(b.text) > 120:
                continue
            m = _CRUMB_LINE.match(b.text)
            if m is not None:
                s = b.start + m.start("last")
                e = b.start + m.end("last")
                sink.extend(self.normaliser.facts("section", doc.text, s, e, f"{_P}.section", 0.8))
                return

    def _suffix(self, sink: FactSink, text: str, start: int, end: int) -> None:
        sep = _SEP.match(text, start, end)
        if sep is None or not sink.wants("site_name"):
            return
        s, e = trim(text, sep.end(), end)
        if e > s and len(text[s:e].split()) <= self.max_suffix_words:
            sink.extend(self.normaliser.facts("site_name", text, s, e, f"{_P}.site_name", 0.9))

    def _crumbs(self, doc: Document, sink: FactSink, t: SetTitle, title: str) -> None:
        """A head block other than the title line that holds the title after a breadcrumb."""
        text = doc.text
        lo, hi = max(0, t.block - 3), min(len(doc.blocks), t.block + 3)
        for i in range(lo, hi):
            if i == t.block:
                continue
            b = doc.blocks[i]
            k = b.text.find(title)
            if k <= 0:
                continue
            pos = b.start + k
            if sink.wants("site_name"):
                self._suffix(sink, text, pos + len(title), b.end)
            crumb = _CRUMB_LABEL.sub("", text[b.start : pos])
            parts = [p for p in _CRUMB_SEP.split(crumb) if p.strip()]
            if len(parts) >= 2 and sink.wants("section"):
                last = parts[-1]
                s = text.rfind(last, b.start, pos)
                sink.extend(
                    self.normaliser.facts("section", text, s, s + len(last), f"{_P}.section", 0.8)
                )
            return
