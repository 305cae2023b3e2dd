"""The language of the article, from stopword counts (en, de, fr, es; lists are data files)."""

from __future__ import annotations

from ..document import Document
from ..model import Fact
from ..step import Protect, RuleInfo
from .base import FactSink, ProvenanceStep
from .data import Tables
from .normalise import Normaliser
from .stoplang import StopwordLanguage

_P = "provenance.language"


class LanguageStep(ProvenanceStep):
    """Records ``language`` (an ISO 639-1 code) when the stopwords of one language clearly
    dominate the kept text (or, if nothing is kept, the whole text). Stoplists are
    ``data/<lang>/stopwords.txt``; add a language by adding its list and naming it in
    ``Config.languages``. The fact is inferred, not quoted: its span is empty (``start == end``)
    and its confidence is the winning language's share of the stopword hits.

    ``min_hits`` stopwords must be seen and the best language must have ``margin`` times the
    hits of the second; at most ``max_chars`` characters are read, and only ``early_chars``
    when they already settle it by far.
    """

    id = "provenance.language"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.stopwords", "language", "detected from stopword counts", "en"),
    )

    def __init__(
        self,
        tables: Tables | None = None,
        normaliser: Normaliser | None = None,
        *,
        min_hits: int = 8,
        margin: float = 1.5,
        max_chars: int = 2_000,
        early_chars: int = 800,
    ) -> None:
        super().__init__(tables, normaliser)
        self.detector = StopwordLanguage(
            self.tables.stopwords,
            min_hits=min_hits,
            margin=margin,
            max_chars=max_chars,
            early_chars=early_chars,
        )
        self.max_chars = max_chars

    def detect(self, text: str) -> tuple[str, float] | None:
        """``(language, share of stopword hits)`` or ``None`` when no language clearly wins."""
        return self.detector.detect(text)

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        if not sink.fills("language"):
            return []
        if len(doc.lower) == len(doc.text):
            found = self.detector.detect_lower(self._sample(doc, doc.lower)[: self.max_chars])
        else:
            found = self.detect(self._sample(doc, doc.text))
        if found is None:
            return []
        lang, share = found
        sink.add(Fact("language", lang, 0, 0, "", f"{_P}.stopwords", share))
        return sink.facts

    def _sample(self, doc: Document, text: str) -> str:
        """The kept blocks joined by line breaks (the whole text if none is kept), only as far
        as ``detect`` reads: blocks are added until ``max_chars`` characters are reached.
        ``text`` is ``doc.text`` or ``doc.lower`` (same offsets): blocks are sliced from it."""
        limit = self.max_chars
        decisions = doc.decisions
        if len(text) + len(decisions) < limit:  # the kept blocks cannot reach the limit
            kept = [
                text[b.start : b.end]
                for b, d in zip(doc.blocks, decisions, strict=True)
                if d is None or isinstance(d, Protect)
            ]
            return "\n".join(kept) if kept else text
        kept = []
        size = -1
        for b, d in zip(doc.blocks, decisions, strict=True):
            if d is not None and not isinstance(d, Protect):
                continue  # removed, or the title line
            kept.append(text[b.start : b.end])
            size += b.end - b.start + 1
            if size >= limit:
                break
        return "\n".join(kept) if kept else text
