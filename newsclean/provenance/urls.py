"""The original article's URL ("Source: <url>", "Read the original article at <url>", a bare URL
line) and, as a fallback, the publisher named by its host."""

from __future__ import annotations

import regex

from ..document import Document
from ..model import Fact
from ..step import Remove, RuleInfo
from .base import Blocks, FactSink, ProvenanceStep
from .data import Tables
from .names import OUTLET, S
from .normalise import Normaliser
from .urlnorm import URL_PATTERN, host_of, is_article_url, is_story_url

_P = "provenance.urls"
_URL_TRIGGERS = ("http",)
_URL_RX = regex.compile(URL_PATTERN)
#: the categories of removed lines about the story's source, where a URL no label introduces
#: ("Publié initialement sur <url>", "Continue reading on the original site: <url>") is still
#: the original article's (see ``UrlsStep._in_notice``)
_SOURCE_CATEGORIES = frozenset({
    "site_talk", "source_link", "read_original", "original_url_line", "syndication_notice",
    "aggregator_disclaimer", "editorial_disclaimer", "copyright_notice", "publisher_promo",
    "read_more", "wire_credit_line", "press_release_notice", "promo", "ui_word",
})


class UrlsStep(ProvenanceStep):
    """Records ``original_url`` (normalised: lower-case scheme and host; path, query and
    fragment as written) and, when no earlier step found a publisher, ``publisher`` from that
    URL's host (``www.example.co.nz`` -> ``EXAMPLE`` for a short name, else the host without
    ``www.``).

    Evidence, best first: a URL after a source label ("Source:", "Source link", "Original
    article:", "Read the full story at", "via", "Quelle:", "Fuente:"...); a line that starts
    with a URL (a bare source line, possibly followed by the title); last, a story's URL (a
    slug of four words or more, or a long number) in a line removed as a notice about the
    story's source (the site's talk, a source or syndication line, a disclaimer), whatever
    words lead to it ("Erstmals veröffentlicht unter <url>"). URLs on the page's own host
    (``url=``), on shorteners, social networks and feed proxies (``data/provenance/hosts.txt``),
    homepages and media files are not original articles.
    """

    id = "provenance.urls"
    words = _URL_TRIGGERS
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.labelled", "original_url", "a URL after a source label",
                 "Source: https://example.com/news/2024/03/story"),
        RuleInfo(f"{_P}.bare", "original_url", "a line that starts with a URL",
                 "https://example.com/world/12345/a-story A story"),
        RuleInfo(f"{_P}.notice", "original_url",
                 "a story's URL in a line removed as a notice about the story's source",
                 "First published at https://example.com/news/a-bridge-reopens-12345"),
        RuleInfo(f"{_P}.host", "publisher", "the publisher named by the original URL's host",
                 "https://www.example.co.nz/news/1/x -> EXAMPLE"),
    )  # fmt: skip

    def __init__(self, tables: Tables | None = None, normaliser: Normaliser | None = None) -> None:
        super().__init__(tables, normaliser)
        label = (
            r"source|source_link|source_url|sources|original_(?:article|story|post|link|url|source)"
            r"|read_(?:the_)?(?:full|original|complete)_(?:article|story|post)(?:_(?:here|at|on))?"
            r"|read_more_(?:at|on)|via|quelle|originalartikel|zum_originalartikel|fuente|origen"
            r"|source_originale|lien_source|article_original|art[íi]culo_original"
            r"|link|url|permalink|lien|enlace|original"
            r"|full_(?:story|article|report|text)|read_more|continue_reading"
            r"|(?:den_)?vollst[äa]ndigen_artikel(?:_(?:finden|lesen)_sie_hier)?"
            # "Read it here:", "Found at", "À lire ici :", "Léalo aquí:", "Hier weiterlesen:"
            r"|read_(?:it|this)(?:_here)?|(?:found|seen)_(?:at|on)|[àa]_lire(?:_ici)?|lire_ici"
            r"|l[ée]alo(?:_aqu[íi])?|lea_aqu[íi]|hier_(?:weiter)?lesen|weiterlesen"
        ).replace("_", f"{S}+")
        #: between the label and its URL: a colon or dash, a preposition ("Ver noticia original
        #: en <url>"), a bracket ("Original source: (<url>)", "[Source](<url>)")
        between = (
            rf"{S}*\]?{S}*[:\-–—>|→»›]?{S}*(?:(?i:at|on|here|en|sur|auf|bei|aquí|ici|hier){S}*:?{S}*)?"
            # "Source: The Example Times – https://...": the outlet's name, then its URL
            rf"(?:{OUTLET}{S}*[|–—:-]?{S}*)?[(<\[«\"“‘']?{S}*"
        )
        self._rx = regex.compile(
            rf"(?<![\p{{L}}])(?i:{label}){between}(?P<labelled>{URL_PATTERN})"
            rf"|^{S}*(?:[-–—•*>]{S}*)?(?P<bare>{URL_PATTERN})",
            regex.MULTILINE | regex.VERSION0,
        )

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        text = doc.text
        own = host_of(doc.url) if doc.url else None
        if sink.wants("original_url"):
            blocks = self.view(doc)
            best: list[Fact] = []
            for m in blocks.scan(self._rx, blocks.containing(_URL_TRIGGERS)):
                name = "labelled" if m.group("labelled") is not None else "bare"
                if best and (name == "bare" or best[0].rule.endswith("labelled")):
                    continue
                s, e = m.span(name)
                if blocks.foreign(s):
                    continue
                found = self.normaliser.facts(
                    "original_url", text, s, e, f"{_P}.{name}", 1.0 if name == "labelled" else 0.9
                )
                found = [
                    f
                    for f in found
                    if is_article_url(f.value, self.tables.hosts) and host_of(f.value) != own
                ]
                if found:
                    best = found[:1]
                    if name == "labelled":
                        break
            if not best:
                best = self._in_notice(doc, blocks, own)
            sink.extend(best)
        if sink.fills("publisher"):  # a fallback: never displaces a named publisher
            urls = [f for f in (*doc.facts, *sink.facts) if f.kind == "original_url"]
            for u in urls[:1]:
                named = self.normaliser.host_publisher(u.value, text, u.start, u.end)
                if named is not None:
                    value, s, e = named
                    sink.add(Fact("publisher", value, s, e, text[s:e], f"{_P}.host", 0.8))
        return sink.facts

    def _in_notice(self, doc: Document, blocks: Blocks, own: str | None) -> list[Fact]:
        """The first story URL (:func:`is_story_url`) in a line removed under one of
        ``_SOURCE_CATEGORIES`` (in its removed part), off the page's own host."""
        text = doc.text
        for i in blocks.containing(_URL_TRIGGERS):
            d = doc.decisions[i]
            if type(d) is not Remove or d.category not in _SOURCE_CATEGORIES:
                continue
            b = doc.blocks[i]
            lo = b.start if d.start is None else d.start
            hi = b.end if d.end is None else d.end
            for m in _URL_RX.finditer(text, lo, hi):
                found = self.normaliser.facts(
                    "original_url", text, m.start(), m.end(), f"{_P}.notice", 0.8
                )
                found = [
                    f
                    for f in found
                    if is_article_url(f.value, self.tables.hosts)
                    and is_story_url(f.value)
                    and host_of(f.value) != own
                ]
                if found:
                    return found[:1]
        return []
