"""Authors from bylines: "By Jane Doe and John Roe", "By Jane Doe, Associated Press",
"Written by ...", "Von ...", "Par ...", "Por ...", "Reporting by ...; Editing by ..."."""

from __future__ import annotations

import re

import regex

from ..document import Document
from ..model import Fact
from ..step import RuleInfo
from .base import FactSink, ProvenanceStep
from .data import Tables
from .names import PEOPLE, S
from .normalise import Normaliser

_P = "provenance.bylines"
#: a byline starts its line with one of these (lower case), or holds "reporting by" and the like
#: (two patterns: the first is anchored on a line break, which the stdlib ``re`` finds fast)
_TRIGGER = re.compile(
    r"\n(?:[-–—•*][^\S\n]*)?(?:by\b|written|words|story|text|report|posted|author|autor|auteur"
    r"|von\b|par\b|por\b|r[ée]dig[ée]|[ée]crit|redactado|escrito|geschrieben|un\s+article|ein\s+beitrag"
    r"|ein\s+artikel|submitted|redacci[oó]n|reda[kc]tion|✍)"
)
_SIGN_OFF = re.compile(r"(?:reporting|writing|compiled)[^\S\n]+by\b")
_SIGN_OFF_WORDS = ("reporting", "writing", "compiled")


class BylinesStep(ProvenanceStep):
    """Records ``authors`` (one fact per person) from byline lines, and ``credits`` for an agency
    named in the byline ("By Jane Doe, Associated Press" or "By AFP").

    A byline is a line that starts with "By", "Written by", "Words by", "Author:", "Von", "Par",
    "Por" (optionally after a bullet) followed by 2-4 capitalised words per person; what follows
    the names must be a separator ("|", ",", "–") or the end of the line, so "By the end of the
    day, ..." is never a byline. "Reporting by X; Editing by Y" credits the reporters.
    """

    id = "provenance.bylines"
    words = _SIGN_OFF_WORDS
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.by", "authors", "a byline", "By Jane Doe and John Roe"),
        RuleInfo(f"{_P}.reporting", "authors", "a wire sign-off",
                 "Reporting by Jane Doe in Berlin; Editing by John Roe"),
        RuleInfo(f"{_P}.date", "published", "a date right after the byline's names",
                 "By Jane Doe, AFP, 3 May 2024 10:00 CET"),
    )  # fmt: skip

    #: lines longer than this are never bylines
    max_chars = 300

    def __init__(self, tables: Tables | None = None, normaliser: Normaliser | None = None) -> None:
        super().__init__(tables, normaliser)
        a = self.normaliser.agencies.pattern
        label = (
            r"(?i:by|written{S}+by|words{S}+by|story{S}+by|text{S}+by|reported{S}+by|posted{S}+by"
            r"|report{S}+by|author|authors|autor|autora|autorin"
            r"|r[ée]dig[ée]e?{S}+par|[ée]crit{S}+par|un{S}+article{S}+(?:de|par)"
            r"|redactado{S}+por|escrito{S}+por|geschrieben{S}+von|ein{S}+beitrag{S}+von"
            r"|auteur|auteure|von|par|por|texto|text|submitted{S}+by|ein{S}+artikel{S}+von"
            r"|(?:words|reporter|reporters|redacci[oó]n|redaktion|r[ée]daction)(?={S}*:)"
            r"|✍\ufe0f?)"
        ).replace("{S}", S)
        self._rx = regex.compile(
            rf"^{S}*(?:[-–—•*]{S}*)?{label}{S}*:?{S}+"
            rf"(?:(?P<names>{PEOPLE})"
            rf"(?P<after>{S}*(?:[,|•·–—/(\[]|{S}-{S}|{S}{{2,}}|(?i:for|für|pour|para){S}|{S}(?=\d)"
            rf"|{S}(?i:on|am|le|el){S}+(?=(?:\p{{L}}+\.?,?{S}+){{0,2}}\d)).*)?"
            # "By AFP", "By Reuters | Published: March 3, 2024"
            rf"|(?P<agency>{a})(?P<after_agency>{S}*(?:[,|•·–—]|{S}-{S}).*)?)?{S}*$"
            rf"|(?:^{S}*|[(\[;]{S}*)(?i:reporting|writing|additional{S}+reporting|compiled){S}+"
            rf"(?i:by){S}+(?P<reporters>{PEOPLE})",
            regex.MULTILINE | regex.VERSION0,
        )
        #: what may stand between the names and the date: separators, an agency (in brackets
        #: too: "By Jane Doe (PTI), 30 Jul 2019"), the outlet's name (up to 6 words) or host
        #: ("metro.example.net") and a publication label; never an update label
        self._date_gap = regex.compile(
            r"[\s,|•·–—/:\-()\[\]]*(?:(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*|and|und|et|y|&"
            r"|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24})"
            r"[\s,|•·–—/:\-()\[\]]*){0,12}"
            r"(?:(?i:on|am|le|el|de|published|posted|publié|publicado|veröffentlicht)"
            r"[\s,|•·–—/:\-]*(?:\p{Lu}\p{Ll}+\.?[\s,]+)?)?"  # "on Wednesday, "
        )
        self._update_label = regex.compile(
            r"(?i:updated|modified|edited|aktualisiert|ge[äa]ndert|mis[^\S\n]+[àa][^\S\n]+jour"
            r"|actualizad[oa])"
        )

    def _date(self, sink: FactSink, text: str, start: int, end: int) -> None:
        """A date right after the names ("By X, AFP, 3 May 2024") is the publication date;
        one after another label ("| Updated: ...") is left to ``provenance.dates``."""
        if start >= sink.bound("published"):
            return  # a date recorded earlier in the text wins
        found = self.normaliser.dates.find(text, start, end)
        if found is None:
            return
        value, s, e = found
        prefix = self.normaliser.agencies.compiled.sub(" ", text[start:s])
        if self._date_gap.fullmatch(prefix) and not self._update_label.search(prefix):
            sink.add(Fact("published", value, s, e, text[s:e], f"{_P}.date", 0.9))

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        text = doc.text
        blocks = self.view(doc)
        norm = self.normaliser
        found = blocks.matching(_TRIGGER, self.max_chars)
        if any(blocks.has_word(w) for w in _SIGN_OFF_WORDS):
            found = sorted({*found, *blocks.matching(_SIGN_OFF, self.max_chars)})
        for m in blocks.scan(self._rx, found):
            if blocks.foreign(m.start()):
                continue
            if m.group("names") is not None:
                s, e = m.span("names")
                sink.extend(norm.facts("authors", text, s, e, f"{_P}.by"))
                if m.group("after") is not None:
                    s2, e2 = m.span("after")
                    sink.extend(norm.facts("credits", text, s2, min(e2, s2 + 60), f"{_P}.by"))
                    # from the names' start: a greedy name list may have swallowed "Jun."
                    self._date(sink, text, s, e2)
            elif m.group("agency") is not None:
                s, e = m.span("agency")
                sink.extend(norm.facts("credits", text, s, e, f"{_P}.by"))
                if m.group("after_agency") is not None:
                    self._date(sink, text, s, m.end("after_agency"))
            elif m.group("reporters") is not None:
                s, e = m.span("reporters")
                sink.extend(norm.facts("authors", text, s, e, f"{_P}.reporting"))
                # "Reporting by Jane Doe | Reuters, 14 Mar 2022, 5:00 PM": a date right after
                # the reporters (only separators and an agency between) is the story's
                line_end = text.find("\n", e)
                self._date(sink, text, s, len(text) if line_end < 0 else line_end)
        return sink.facts
