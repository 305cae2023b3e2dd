"""Facts from HTML page metadata (``doc.meta``, filled by the HTML reader; see
:mod:`newsclean.html.reader` for its keys).

Keys read: ``og`` (``site_name``), ``article`` (``published_time``, ``modified_time``,
``author``, ``section``, ``tag``), ``meta`` (``author``, ``date``, ``pubdate``,
``publish-date``, ``article.published``, ``parsely-pub-date``, ``dc.date``, ``keywords`` is not
read: too noisy), ``news_article`` (JSON-LD: ``datePublished``, ``dateModified``, ``author``,
``articleSection``, ``publisher``), ``canonical`` and ``lang``.

Metadata has no offsets in the text: these facts have an empty span (``start == end == 0``,
``evidence == ""``) and a confidence below 1. They only fill kinds the text did not give (the
provenance steps that read the text run first).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..model import Fact
from ..step import RuleInfo
from .base import FactSink, ProvenanceStep
from .urlnorm import host_of, normalise_url

_P = "provenance.meta"
_PUB_KEYS = ("date", "pubdate", "publish-date", "article.published", "parsely-pub-date", "dc.date")


def _strs(v: Any) -> Iterator[str]:
    if isinstance(v, str):
        if v.strip():
            yield v.strip()
    elif isinstance(v, (list, tuple)):
        for x in v:
            yield from _strs(x)


def _names(v: Any) -> Iterator[str]:
    """Names from a JSON-LD person/organisation value (str, {"name": ...} or a list of them)."""
    if isinstance(v, str):
        if v.strip():
            yield v.strip()
    elif isinstance(v, Mapping):
        yield from _names(v.get("name"))
    elif isinstance(v, (list, tuple)):
        for x in v:
            yield from _names(x)


class MetaStep(ProvenanceStep):
    """Records facts from HTML metadata when the text did not give them: ``published`` and
    ``updated`` (article:published_time/modified_time, JSON-LD datePublished/dateModified, meta
    date), ``authors`` (meta author, article:author, JSON-LD author; an agency gives
    ``credits``), ``site_name`` (og:site_name, else the JSON-LD publisher's name), ``section``,
    ``tags`` (article:tag), ``language`` (``<html lang>``) and ``original_url`` (a canonical
    link on another host than the page's own URL, when ``url=`` is given). Text inputs have no
    metadata, so this step does nothing for them."""

    id = "provenance.meta"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.opengraph", "site_name", "og:* and article:* meta tags",
                 '<meta property="article:published_time" content="2024-03-03T16:15:00Z">'),
        RuleInfo(f"{_P}.jsonld", "published", "JSON-LD NewsArticle fields",
                 '{"@type": "NewsArticle", "datePublished": "2024-03-03"}'),
        RuleInfo(f"{_P}.tag", "authors", "other meta tags",
                 '<meta name="author" content="Jane Doe">'),
        RuleInfo(f"{_P}.link", "original_url", "a canonical link on another host",
                 '<link rel="canonical" href="https://example.com/a/1">'),
    )  # fmt: skip

    def apply(self, doc: Document) -> list[Fact]:
        meta = doc.meta
        if not meta:
            return []
        sink = FactSink(doc)
        og: Mapping[str, Any] = meta.get("og") or {}
        art: Mapping[str, Any] = meta.get("article") or {}
        tags: Mapping[str, Any] = meta.get("meta") or {}
        ld: Mapping[str, Any] = meta.get("news_article") or {}
        og_r, ld_r, tag_r = f"{_P}.opengraph", f"{_P}.jsonld", f"{_P}.tag"

        def add(kind: str, value: str, rule: str, conf: float = 0.8) -> None:
            sink.add(Fact(kind, value, 0, 0, "", rule, conf))

        for kind, sources in (
            ("published", [(art.get("published_time"), og_r), (ld.get("datePublished"), ld_r),
                           *[(tags.get(k), tag_r) for k in _PUB_KEYS]]),
            ("updated", [(art.get("modified_time"), og_r), (ld.get("dateModified"), ld_r)]),
        ):  # fmt: skip
            for raw, rule in sources:
                if not sink.fills(kind):
                    break
                for s in _strs(raw):
                    found = self.normaliser.dates.find(s)
                    if found is not None:
                        add(kind, found[0], rule)
                        break
        people = [(n, tag_r) for n in _strs(tags.get("author"))]
        people += [(n, og_r) for n in _strs(art.get("author")) if not n.startswith("http")]
        people += [(n, ld_r) for n in _names(ld.get("author"))]
        for name, rule in people:
            agency = self.normaliser.agencies.find(name)
            if agency and len(name) - len(agency[0][0]) < 8:
                add("credits", agency[0][0], rule)
            elif 2 <= len(name.split()) <= 5:
                add("authors", " ".join(name.split()), rule)
        for v in _strs(og.get("site_name")):
            add("site_name", v, og_r)
        for v in _names(ld.get("publisher")):
            add("site_name", v, ld_r, 0.7)
        for v in [*_strs(art.get("section")), *_strs(ld.get("articleSection"))]:
            add("section", v, og_r)
        for v in _strs(art.get("tag")):
            add("tags", v, og_r)
        lang = meta.get("lang")
        if isinstance(lang, str) and lang.strip():
            code = lang.strip().lower().replace("_", "-").split("-")[0]
            if code.isalpha() and 2 <= len(code) <= 3:
                add("language", code, tag_r, 0.9)
        canonical = meta.get("canonical")
        if isinstance(canonical, str) and doc.url:
            url = normalise_url(canonical)
            if url is not None and host_of(url) not in (None, host_of(doc.url)):
                add("original_url", url, f"{_P}.link", 0.7)
        return sink.facts
