"""Publication and update dates from labelled date lines ("Updated: 18 Jun 2023, 07:28 AM IST",
"Published: March 3, 2024 at 4:15 p.m. EST", "Date:2025-04-13 22:32:16") and from a date alone
on a line in the head of the document."""

from __future__ import annotations

import re

import regex

from ..document import Document
from ..model import Fact
from ..shape import PICTOGRAPHS
from ..step import RuleInfo
from .base import Blocks, FactSink, LowerStarts, ProvenanceStep
from .data import Tables
from .names import S
from .normalise import Normaliser

_P = "provenance.dates"
_PUBLISHED = (
    r"published|first{S}+published|posted|posted{S}+on|date|dated|released|publication{S}+date"
    r"|date{S}+(?:posted|published)|uploaded|uploaded{S}+on|created|created{S}+on"
    r"|ver[öo]ffentlicht|erschienen|erstellt|datum|publi[ée]e?|mis{S}+en{S}+ligne|publicado"
    r"|publicada|fecha|fecha{S}+de{S}+publicaci[oó]n|publicaci[oó]n|publication"
    r"|date{S}+de{S}+publication"
    # "Article published on", "Originally published:", "Erstveröffentlichung:", "Première
    # publication :", "Publié initialement le", "Publicado originalmente el"
    r"|(?:article|story|post|page|originally|first){S}+(?:published|posted|created)"
    r"|erstver[öo]ffentlich(?:ung|t)|erstmals{S}+ver[öo]ffentlicht|premi[èe]re{S}+publication"
    r"|publi[ée]e?{S}+(?:initialement|pour{S}+la{S}+premi[èe]re{S}+fois)"
    r"|publicad[oa]{S}+originalmente"
    # "Filed on", "This article was first published on", "Story posted:"
    r"|filed|filed{S}+on|(?:this{S}+)?(?:article|story|report|post|page){S}+(?:was{S}+)?"
    r"(?:first{S}+|originally{S}+)?(?:published|posted|filed)"
)
_UPDATED = (
    r"updated|last{S}+updated|last{S}+update|modified|last{S}+modified|edited|last{S}+edited"
    r"|aktualisiert|zuletzt{S}+aktualisiert|ge[äa]ndert|stand|mis{S}+[àa]{S}+jour"
    r"|mise{S}+[àa]{S}+jour|derni[èe]re{S}+mise{S}+[àa]{S}+jour|modifi[ée]e?|actualizado"
    r"|actualizada|actualizaci[oó]n|[úu]ltima{S}+actualizaci[oó]n|modificado|modificada"
    # "Date modified:", "Page updated", "Letzte Aktualisierung:", "Dernière modification :",
    # "Última modificación:", "Fecha de actualización:"
    r"|date{S}+(?:updated|modified)|(?:page|story|article|post){S}+(?:updated|modified)"
    r"|letzte{S}+(?:aktualisierung|[äa]nderung)|derni[èe]re{S}+modification"
    r"|date{S}+de{S}+(?:mise{S}+[àa]{S}+jour|modification)|[úu]ltima{S}+modificaci[oó]n"
    r"|fecha{S}+de{S}+(?:actualizaci[oó]n|modificaci[oó]n)"
    # "Revised:", "Last revised", "Modification :", "Story last modified", "This article was
    # last updated on", "This page has been revised on"
    r"|revised|last{S}+revised|modification"
    r"|(?:this{S}+)?(?:page|story|article|post|report){S}+(?:(?:was|has{S}+been){S}+)?"
    r"(?:last{S}+)?(?:updated|modified|edited|revised)"
)

#: a date label holds one of these (lower case; the full pattern checks the rest)
_TRIGGERS = (
    "publi", "posted", "dat", "released", "veröffentlicht", "veroffentlicht", "erschienen",
    "fecha", "updated", "modified", "edited", "aktualisiert", "geändert", "geandert", "stand",
    " jour", "actualiz", "uploaded", "created", "erstellt", "en ligne", "modifi", "last update",
    "aktualisierung", "änderung", "anderung", "veröffentlichung", "filed", "revis",
)
#: symbols that stand for a date label on theme date lines ("⟳ Updated", "🗓 Published"):
#: the shared pictograph ranges plus the supplemental arrows (U+27F0-U+27FF)
_LABEL_ICONS = PICTOGRAPHS + "\u27f0-\u27ff"

#: clock and calendar symbols: a date line opening with one ("🕒 December 13, 2023 3:25 AM",
#: "📅 3 March 2024") is a labelled date line wherever it stands, not only in the head
_CLOCKS = "\u231a\u23f0-\u23f3\U0001f4c5\U0001f4c6\U0001f550-\U0001f567\U0001f5d3"
_CLOCK = re.compile(f"[{_CLOCKS}]")
#: a page-number cell of a print-edition folio line ("PAGE 8", "Seite 3", "7")
_PAGE = r"(?:(?i:page|p\.|seite|s\.|p[áa]gina|p[áa]g\.)[^\S\n]*\d{1,3}|\d{1,3})"

#: every date the pattern reads holds a year (19xx or 20xx): a line without one is never scanned
_YEAR = re.compile(r"(?:19|20)\d\d")
#: ... or a two-digit year: of a dotted or slashed date ("03.04.24", "3/4/24") or after an
#: apostrophe ("Mar 4 '24"; not "the '90s")
_SHORT_YEAR = re.compile(r"\d[./]\d{1,2}[./]\d\d(?![\d])|['’]\d\d(?![\w])")
#: ``_SHORT_YEAR``'s two branches, matched only where one can start
_SHORT_SLASHED = re.compile(r"\d[./]\d{1,2}[./]\d\d(?![\d])")
_SHORT_QUOTED = re.compile(r"['’]\d\d(?![\w])")


def _short_year_positions(text: str) -> list[int]:
    """Where ``_SHORT_YEAR.finditer`` finds its matches, in order, found by trying its
    branches only at a digit before a "." or "/" and at a quote (``str.find`` for those, then
    a match there): the pattern's own scan tries every position and costs several times more.
    (``\\d`` is ``str.isdecimal`` over all of Unicode.)"""
    starts: list[tuple[int, re.Pattern[str]]] = []
    for sep in "./":
        i = text.find(sep, 1)
        while i >= 0:
            # the branch needs a digit on either side of the separator
            if text[i - 1].isdecimal() and text[i + 1 : i + 2].isdecimal():
                starts.append((i - 1, _SHORT_SLASHED))
            i = text.find(sep, i + 1)
    for quote in "'’":
        i = text.find(quote)
        while i >= 0:
            # the branch needs two digits after the quote (most quotes are apostrophes)
            digits = text[i + 1 : i + 3]
            if len(digits) == 2 and digits.isdecimal():
                starts.append((i, _SHORT_QUOTED))
            i = text.find(quote, i + 1)
    found: list[int] = []
    end = -1
    for pos, pattern in sorted(starts, key=lambda s: s[0]):
        if pos < end:
            continue  # inside the previous match: finditer resumes after it
        m = pattern.match(text, pos)
        if m is not None:
            found.append(pos)
            end = m.end()
    return found


def _year_positions(text: str) -> list[int]:
    """Where ``_YEAR`` matches, found with ``str.find`` (many times faster than the stdlib
    pattern's scan), in order: every "19" or "20" followed by two decimal digits."""
    found: list[int] = []
    for prefix in ("19", "20"):
        i = text.find(prefix)
        while i >= 0:
            digits = text[i + 2 : i + 4]
            if len(digits) == 2 and digits.isdecimal():
                found.append(i)
            i = text.find(prefix, i + 1)
    found.sort()
    return found


class DatesStep(ProvenanceStep):
    """Records ``published`` and ``updated`` from date lines, as ISO 8601 (with the UTC offset
    when the line names a zone: IST, ET, CET, GMT+2...; naive when it does not).

    A label ("Published", "Updated", "Posted on", "Date:", "Aktualisiert", "Mis à jour",
    "Actualizado"...) must start the line or follow a separator ("By X | Updated: ..."), and the
    date must follow it directly. A date alone on a line before the first paragraph of prose (or
    after a short cell and a bar or a spaced dash: "Jane Roe, Staff Writer | March 3, 2023",
    "Jane Roe — March 3, 2023") counts as
    ``published`` (lower confidence) when no labelled or byline date of publication is found
    anywhere (a site's header prints today's date above "Published: ..."). Dates inside the
    story's sentences are not facts. The first date of each kind wins.
    """

    id = "provenance.dates"
    #: lines longer than this are prose, not date lines
    max_chars = 300
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.published", "published", "a labelled publication date",
                 "Published: March 3, 2024 at 4:15 p.m. EST"),
        RuleInfo(f"{_P}.updated", "updated", "a labelled update date",
                 "Updated: 18 Jun 2023, 07:28 AM IST"),
        RuleInfo(f"{_P}.bare", "published", "a date alone on a line in the head", "June 18, 2023"),
        RuleInfo(f"{_P}.folio", "published", "a print-edition folio line in the head",
                 "DAILY EXAMPLE ▪ THURSDAY, MARCH 14, 2024 ▪ PAGE 7"),
    )  # fmt: skip

    def __init__(self, tables: Tables | None = None, normaliser: Normaliser | None = None) -> None:
        super().__init__(tables, normaliser)
        dates = self.normaliser.dates
        wd = "|".join(regex.escape(w) for w in sorted(self.tables.weekdays, key=len, reverse=True))
        icon = rf"[{_LABEL_ICONS}]+{S}*"
        #: "... | Updated", "Last updated on July 5, 2023. Published on July 4, 2023": a
        #: separator, or the full stop right after a date's last digit
        sep = rf"(?:[|•·–—,;)\]]{S}{{0,3}}|\s/{S}{{1,3}}|\S{S}{{2,}}|\d\.{S}{{1,3}})"
        #: a run of "Field: value" pairs on one line ("Written by X Category: Tech Published:
        #: 27/07/2024 Hits: 12"): a capitalised label right before its colon, after one space
        field = rf"(?<=\S{S})(?=\p{{Lu}}[\p{{L}} ]{{0,24}}:)"
        #: a label starts its line (after an icon) or follows a separator
        #: (with an icon between: matches start at the label, which ``scan_from`` tries)
        lead = rf"(?:^{S}*[(\[]?{S}*(?:{icon})?|(?<={sep}(?:{icon})?)|{field})"
        #: a reading time beside a bare date ("Sep 6, 2022 — 8 min read", "6 min read · ...")
        read = (
            rf"\d{{1,3}}{S}*(?i:min\.?|mins|minutes?|Minuten?)(?:{S}+(?i:read|Lesezeit"
            rf"|de{S}+lecture|de{S}+lectura))?"
        )
        read_sep = rf"{S}*[—–\-·•|]{S}*"
        #: how long ago, before the date it stands for ("Posted 4 days ago · July 4, 2023",
        #: "Published 2 hours ago (July 4, 2023 10:00 ET)", "vor 3 Stunden | 04.07.2023")
        ago = (
            rf"(?:(?i:(?:\d{{1,3}}|an?|one){S}*(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?"
            rf"|weeks?|months?){S}+ago|just{S}+now|vor{S}+\d{{1,3}}{S}*(?:min(?:uten)?|std\.?"
            rf"|stunden?|tag(?:en)?)|il{S}+y{S}+a{S}+\d{{1,3}}{S}*(?:min(?:utes?)?|h|heures?"
            rf"|jours?)|hace{S}+\d{{1,3}}{S}*(?:min(?:utos)?|h|horas?|d[íi]as?))"
            rf"{S}*[·•|(,\-–—]{S}*)"
        )
        gap = (
            rf"{S}*(?:[:：\-–—]{S}*)?{ago}?(?:(?i:on|at|am|le|el|den|der|de|il){S}+)?"
            rf"(?:(?i:{wd})\.?,?{S}+)?"
        )
        pub = _PUBLISHED.replace("{S}", S)
        upd = _UPDATED.replace("{S}", S)
        #: where a match can start, but at a line start: a label (each match starts at its line
        #: start or at its label) in any case, as ``(?i:...)`` matches it
        self._label = LowerStarts(rf"(?=(?:{pub}|{upd}))")
        #: an update label may also open a bracket right after the published date or its zone
        #: ("Published: 4 March 2024 (updated 5 March 2024)"; "The guidance (updated 5 March
        #: 2024) says" is prose)
        self._rx = regex.compile(
            rf"(?:{lead}(?P<pub>(?i:{pub}))"
            rf"|(?:{lead}|(?<=[\d\p{{Lu}}]\.?{S}*\({S}{{0,3}}))(?P<upd>(?i:{upd})))"
            rf"{gap}(?P<date>{dates.pattern})"
            # a date alone on its line, or after a short cell and a bar or a spaced dash ("Tom
            # Reyes, Staff Writer | March 3, 2023 12:05 p.m.", "Redacción | 03/04/2023 - 21:15",
            # "Jane Roe — Tue, 04 Jun 2024 10:15:00 +0100")
            rf"|^{S}*(?:(?P<cell>[^\n|•·]{{1,60}}?)(?:{S}*[|•·]|{S}+[—–]){S}*)?(?:{read}{read_sep})?"
            rf"(?:(?P<icon>[{PICTOGRAPHS}]+){S}*)?"
            rf"(?:(?i:le|el|am|on){S}+)?(?:(?i:{wd})\.?,?{S}+)?"
            rf"(?P<bare>{dates.pattern})(?:{read_sep}{read})?{S}*$",
            regex.MULTILINE | regex.VERSION0,
        )
        #: a print-edition folio line: the date between a page number and the paper's name
        #: ("SALTMARSH POST ▪ SATURDAY, FEBRUARY 18, 2023 ▪ PAGE 8", "7  Sunday, 5 March 2023
        #: EMBER CITY JOURNAL"); a page cell is required (see ``_folio_date``)
        cell_sep = rf"(?:{S}*[▪■|•·◆♦]{S}*|{S}{{2,}})"
        name = rf"\p{{Lu}}[\p{{L}}\p{{N}}&'’.\-]*(?:{S}[\p{{L}}\p{{N}}&'’.\-]+){{0,5}}"
        cell = rf"(?:{_PAGE}|{name})"
        #: a cell before a bare date that labels it as an update ("Last updated | ...") or
        #: holds a date itself ("Published 3 March 2024 | 4 March 2024"): not a published date
        self._not_published_cell = regex.compile(
            rf"(?<![\p{{L}}])(?i:{upd})(?![\p{{L}}])|\d{{1,2}}[./:]\d|(?:19|20)\d\d",
            regex.VERSION0,
        )
        self._folio = regex.compile(
            rf"{S}*(?:(?P<c1>{cell}){cell_sep})?(?:(?i:{wd})\.?,?{S}+)?(?P<folio>{dates.pattern})"
            rf"(?:{cell_sep}(?P<c2>{cell}))?(?:{cell_sep}(?P<c3>{cell}))?{S}*",
            regex.VERSION0,
        )
        self._page = regex.compile(_PAGE, regex.VERSION0)

    def _folio_date(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The date span of a folio line ``text[start:end]``: a date with a page-number cell
        and at most two other cells (page, paper name) around it."""
        m = self._folio.fullmatch(text, start, end)
        if m is None:
            return None
        cells = [m.group(g) for g in ("c1", "c2", "c3") if m.group(g) is not None]
        if not any(self._page.fullmatch(c) for c in cells):
            return None
        return m.span("folio")

    def _candidates(self, doc: Document, blocks: Blocks, head: int) -> list[int]:
        """The blocks the date pattern can match in: every date it reads holds a year, so only
        blocks of at most ``max_chars`` holding a year (``str.find`` scans of the short blocks),
        and of those the ones holding a label trigger or, in the head, of at most 80
        characters."""
        text, low, dblocks = doc.text, blocks.low, doc.blocks
        found: list[int] = []
        last = -1
        # the windows hold every block of at most ``Blocks.SHORT`` characters whole: when no
        # longer block can be a candidate, the long blocks' prose is not read at all
        windowed = self.max_chars <= blocks.SHORT
        scanned = blocks.wtext if windowed else text
        positions = _year_positions(scanned)
        short = _short_year_positions(scanned)
        for pos in sorted(positions + short) if short else positions:
            i = blocks.window_block(pos) if windowed else blocks.at(pos)
            if i is None or i == last:
                continue
            last = i
            b = dblocks[i]
            size = b.end - b.start
            if size > self.max_chars:
                continue
            if i < head and size <= 80:
                found.append(i)
                continue
            b_low = low[b.start : b.end]
            if _CLOCK.search(text, b.start, b.end) is not None:
                found.append(i)
                continue
            for t in _TRIGGERS:
                if t in b_low:
                    found.append(i)
                    break
        return found

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        if not (sink.wants("published", 0) or sink.wants("updated", 0)):
            return []
        blocks = self.view(doc)
        # the head ends at the first prose line still kept: a cookie banner or a disclaimer
        # above the headline, removed, is prose but no story
        first_prose = doc.first_kept_prose()
        head = first_prose if first_prose is not None else doc.config.thresholds.head_zone
        bounds = {"published": sink.bound("published"), "updated": sink.bound("updated")}
        limit = max(bounds.values())
        text = doc.text
        candidates = [
            i
            for i in self._candidates(doc, blocks, head)
            if text.rfind("\n", 0, doc.blocks[i].start) + 1 < limit
        ]
        bare: tuple[int, int] | None = None  # the first bare date in the head
        for m in blocks.scan_from(self._rx, candidates, self._label):
            if blocks.foreign(m.start()) and not self._whole_line(text, m):
                continue
            if text[m.start() : m.start() + 8].lstrip()[:1] in ("(", "["):
                # a date line in brackets must have been removed: "(Published Monday, Nov. 18,
                # 2019)" kept in the story is the story's own text
                at = blocks.at(m.start())
                if at is None or not doc.removed(at):
                    continue
            if m.group("bare") is not None:
                i = blocks.at(m.start())
                clock = m.group("icon") is not None and _CLOCK.search(m.group("icon")) is not None
                if not clock and (
                    i is None or (first_prose is not None and i > first_prose) or (
                        first_prose is None and i >= doc.config.thresholds.head_zone
                    )
                ):
                    continue
                cell = m.group("cell")
                if cell is not None and (
                    clock or self._not_published_cell.search(cell) is not None
                ):
                    continue
                # a fallback: any labelled or byline date of publication wins over a bare date
                # (a site's header prints today's date above "Published: ...")
                if bare is None:
                    bare = m.span("bare")
                continue
            else:
                kind = "published" if m.group("pub") is not None else "updated"
                rule, conf = f"{_P}.{kind}", 1.0
                s, e = m.span("date")
            if s < bounds[kind]:  # else a fact recorded earlier in the text wins
                found = self.normaliser.facts(kind, doc.text, s, e, rule, conf)
                sink.extend(found)
                bounds[kind] = sink.bound(kind)
        if bare is not None and sink.fills("published"):
            sink.extend(self.normaliser.facts("published", text, *bare, f"{_P}.bare", 0.7))
        self._folios(doc, blocks, candidates, head, sink)
        return sink.facts

    @staticmethod
    def _whole_line(text: str, m: regex.Match[str]) -> bool:
        """A labelled date that is its whole line ("Last updated 20 August 2022"): a date line
        even where a list step took it for one of the list's items."""
        if m.group("pub") is None and m.group("upd") is None:
            return False
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        rest = text[m.end() : len(text) if line_end < 0 else line_end]
        return not text[line_start : m.start()].strip(" \t([") and not rest.strip(" \t)].")

    def _folios(
        self, doc: Document, blocks: Blocks, candidates: list[int], head: int, sink: FactSink
    ) -> None:
        """``published`` from a folio line in the head (see ``_folio_date``), when it lies
        before any published date recorded."""
        text, low = doc.text, blocks.low
        for i in candidates:
            b = doc.blocks[i]
            if i >= head or b.end - b.start > 80:
                continue
            line = low[b.start : b.end]
            if not (line[0].isdigit() or line[-1].isdigit()
                    or any(w in line for w in ("pag", "pág", "seite"))):
                continue
            span = self._folio_date(text, b.start, b.end)
            if span is None or span[0] >= sink.bound("published") or blocks.foreign(b.start):
                continue
            found = self.normaliser.facts("published", text, *span, f"{_P}.folio", 0.8)
            sink.extend(found)
