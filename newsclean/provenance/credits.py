"""Wire and photo agency credits: datelines, "with inputs from", trailing "— AFP", "Source: ...",
"... contributed to this report", copyright lines and photo credits."""

from __future__ import annotations

import re

import regex

from ..document import Document
from ..literals import has_odd_chars
from ..model import Fact
from ..step import RuleInfo
from ..vocab import bar_word_parts
from .base import Blocks, FactSink, ProvenanceStep
from .data import Tables
from .names import S
from .normalise import Normaliser

_P = "provenance.credits"
#: words that can label a photo credit (blocks without an agency are scanned only with these)
_PHOTO_WORDS = ("photo", "image", "picture", "pic", "foto", "bild", "credit", "imagen", "crédit")
#: what a photo credit's label needs: its last word, then "by", a colon, ©, a bar or a dash (a loose
#: stdlib pre-check: most blocks holding a photo word fail it and skip the full pattern)
_PHOTO_NEED = re.compile(
    r"(?:photos?|photographs?|images?|picture|pic|fotos?|bild|bildquelle|imagen|credits?|source)"
    r"(?:[^\S\n]+by[^\S\n]|[^\S\n]*[:©|]|[^\S\n]+[—–][^\S\n])",
    re.IGNORECASE,
)
#: what every match of ``_PHOTO_NEED`` starts with, lower case
_PHOTO_NEED_STARTS = ("photo", "image", "pic", "foto", "bild", "credit", "source")


def _photo_label(text: str, low: str, start: int, end: int) -> bool:
    """``_PHOTO_NEED.search(text, start, end)`` finds a match (``low``: ``text`` lower-cased,
    same offsets). The pattern is tried only where ``low`` holds one of the words it starts
    with: searched whole, the case-insensitive alternation costs tens of us a line in ``re``.
    A line holding one of :data:`~newsclean.literals.ODD_CHARS` (they match ``i``/``s``
    but do not lower-case to them) is searched whole."""
    if has_odd_chars(text[start:end]):
        return _PHOTO_NEED.search(text, start, end) is not None
    for w in _PHOTO_NEED_STARTS:
        i = low.find(w, start, end)
        while i >= 0:
            if _PHOTO_NEED.match(text, i, end) is not None:
                return True
            i = low.find(w, i + 1, end)
    return False


#: where a copyright line's holder ends
_COPYRIGHT_END = regex.compile(r"[.;|]\s")
#: the families whose every alternative starts with ``^``: tried once at each line's start
_AT_LINE_START = frozenset({"dateline", "alone"})
#: a copyright holder is a name: the evidence ends at the first lower-case word that is not a
#: particle ("Copyright law was ... Reuters" in prose names no holder)
_PROSE_WORD = regex.compile(
    r"(?<![\p{L}\p{N}])(?!(?:by|the|of|and|und|et|y|de|la|le|el|dpa|epd|copyright)(?![\p{L}]))\p{Ll}"
)


def _poll_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """``data/provenance/poll_words.txt``: the polling firms (whole words) and the words that
    name a poll, each as one case-insensitive pattern."""
    firms, words = bar_word_parts("provenance/poll_words.txt", "words:")

    def alt(items: list[str]) -> regex.Pattern[str]:
        names = sorted(items, key=len, reverse=True)
        return regex.compile(
            r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(n) for n in names)
            + r")(?![\p{L}\p{N}])",
            regex.IGNORECASE,
        )

    return alt(firms), alt(words)


_POLL_FIRM, _POLL_WORD = _poll_patterns()


def _poll_credit(text: str, start: int, end: int) -> bool:
    """The bracketed "Agency/X" at ``text[start:end]`` credits a poll: X is a polling firm
    (all of it: "Reuters/Ed Harris" is a photographer), or
    a poll word stands in the 60 characters before it or the 30 after it on its line."""
    slash = text.find("/", start, end)
    if slash >= 0:
        firm = text[slash + 1 : end].strip(" \t()")
        if _POLL_FIRM.fullmatch(firm) is not None:
            return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return (
        _POLL_WORD.search(text, max(line_start, start - 60), start) is not None
        or _POLL_WORD.search(text, end, min(line_end, end + 30)) is not None
    )


#: a photo label after these credits a site theme's pictures ("Theme images by X")
_THEME = regex.compile(r"(?i:theme|template|design|layout|vorlage|th[èe]me|plantilla)\s*$")


def _has(m: regex.Match[str], name: str) -> bool:
    return name in m.re.groupindex and m.group(name) is not None


class CreditsStep(ProvenanceStep):
    """Records the agencies credited for the story (``credits``, one fact per agency, names
    normalised through ``data/agencies.tsv``) and the photo credit (``photo_credit``).

    Evidence: datelines ("WASHINGTON (AP) –", "(Reuters) -"), "with inputs from ..." and
    "additional reporting by ..." lines, a trailing "— AFP" or "(dpa)", a line that is only an
    agency, "Source: Reuters", "... contributed to this report", copyright lines
    ("© 2024 The Associated Press") and photo credits ("Photo: X/AFP/Pool", "AP Photo/X",
    "(Reuters/X)"). An agency merely mentioned in the story's prose is not a credit. Blocks that
    other steps judged to be about other articles (headline lists, menus) are skipped. Works on
    removed and kept blocks alike: a kept dateline paragraph still gives its credit.
    """

    id = "provenance.credits"
    words = _PHOTO_WORDS
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(f"{_P}.dateline", "credits", "the agency of a dateline", "BERLIN (dpa) – ..."),
        RuleInfo(f"{_P}.inputs", "credits", "a 'with inputs from' line", "(With inputs from PTI)"),
        RuleInfo(f"{_P}.trailing", "credits", "an agency closing a paragraph", "... said. — AFP"),
        RuleInfo(f"{_P}.alone", "credits", "a line that is only an agency", "Reuters"),
        RuleInfo(f"{_P}.source", "credits", "an agency named as the source", "Source: Xinhua"),
        RuleInfo(
            f"{_P}.contributed", "credits", "agency staff contributed",
            "Associated Press writer Jane Doe contributed to this report.",
        ),
        RuleInfo(f"{_P}.copyright", "credits", "an agency's copyright", "© 2024 Reuters"),
        RuleInfo(f"{_P}.photo", "photo_credit", "a photo credit", "Photo: Jane Doe/AFP/Getty"),
    )  # fmt: skip

    def __init__(self, tables: Tables | None = None, normaliser: Normaliser | None = None) -> None:
        super().__init__(tables, normaliser)
        a = self.normaliser.agencies.pattern
        alist = rf"{a}(?:{S}*(?:/|,|&|\+|and|und|et|y){S}*{a})*"
        photo_label = (
            r"(?i:photo(?:graph)?s?|image|images|picture|pic|foto|fotos|bild|bildquelle|imagen"
            rf"|cr[ée]dits?{S}+photos?|photo{S}+credits?|image{S}+credits?|image{S}+source|credits?)"
        )
        #: (pattern, literal triggers one of which the block's lower-cased text must hold
        #: (``None``: any), the blocks it runs on: "agency", "photo" or "both")
        families: list[tuple[str, tuple[str, ...] | None, str]] = [
            (
                rf"^{S}*(?:[\p{{Lu}}][^\n()]{{0,60}}?{S}*)?\(\(?(?P<dateline>{alist})"
                rf"(?:/\p{{Ll}}{{2,4}})?\)\)?"  # "(dpa/lby)": a regional service of the wire
                rf"(?:{S}*\.?{S}*[-–—:_]|{S}+(?=[\p{{Lu}}\d\"“‘']))",
                ("(",), "agency",
            ),
            (
                rf"(?:^{S}*(?:[-–—]{S}*)?[(\[]?{S}*|[(\[]{S}*)"
                # "(This report was compiled using material from ...)", "(Includes reporting
                # from ...)"
                rf"(?i:(?:th(?:is|e){S}+(?:report|story|article)(?:{S}+\p{{L}}+){{1,3}}{S}+)?"
                rf"(?:using|uses|includes?|including|based{S}+on){S}+)?"
                rf"(?i:(?:with|w/){S}*)?(?i:(?:agency{S}+)?inputs?"
                rf"|(?:additional{S}+)?reporting|contributions?|(?:mit{S}+)?(?:Material|Informationen)"
                rf"|con{S}+informaci[oó]n){S}+(?i:from|by|von|der|des|de){S}+"
                r"(?P<inputs>[^\n()\[\];]{2,120})",
                ("input", "reporting", "contribution", "material", "informa"), "agency",
            ),
            (
                rf"[(\[]{S}*(?i:with|avec|mit|con|via){S}+(?P<with>{alist}){S}*"
                rf"(?i:inputs?{S}*)?[)\]]",
                ("with", "avec", "mit", "con", "via"), "agency",
            ),
            (
                rf"(?:[-–—]{S}*|\({S}*)(?P<trailing>{alist}){S}*\)?{S}*\.?{S}*$",
                ("-", "–", "—", "("), "agency",
            ),
            (rf"^{S}*(?P<alone>{alist}){S}*$", None, "agency"),
            (
                rf"(?<![\p{{L}}])(?i:sources?|quellen?|fuentes?|agency|agencies|agences?|agencias?"
                rf"|wire|credit){S}*:{S}*(?P<source>{alist})",
                (":",), "agency",
            ),
            (
                rf"(?P<contributed>(?<![\p{{L}}])contributed{S}+(?:to{S}+)?(?:this|the){S}+"
                r"(?:report|story|article))",
                ("contributed",), "agency",
            ),
            (
                rf"(?:©|\((?i:c)\)|(?i:copyright)(?![\p{{L}}])|(?i:copr\.)){S}*"
                rf"(?P<copyright>[^\n]{{0,80}})",
                ("©", "(c)", "copyright", "copr."), "agency",
            ),
            (
                rf"(?:^|(?<=[\s(\[|]))(?:{photo_label}(?:{S}+by{S}+|{S}*[:©|]{S}*|{S}+[—–]{S}+))"
                rf"(?P<photo>[^\n()\[\]]{{2,100}}?){S}*[)\]]?{S}*\.?{S}*$",
                None, "photo",
            ),
            (rf"\((?P<slash>{a}{S}*/{S}*[\p{{Lu}}][^\n()]{{1,60}})\)", ("/",), "agency"),
            #: "AP Photo/Jane Doe"
            (
                rf"(?P<aphoto>{a}{S}+(?i:photo|foto)(?:{S}*/{S}*[^\n()\[\],;]{{2,60}}?)?)"
                rf"(?={S}*[)\],;]|{S}*$)",
                ("photo", "foto"), "both",
            ),
        ]  # fmt: skip
        self._families = [
            (regex.compile(rx, regex.MULTILINE | regex.VERSION0), triggers, on)
            for rx, triggers, on in families
        ]
        #: per family: whether every match starts a line (see :meth:`Blocks.scan_line_starts`)
        self._anchored = [
            any(f"(?P<{name}>" in rx for name in _AT_LINE_START) for rx, _, _ in families
        ]
        self._sentence_start = regex.compile(r"[.!?]\s+|\n")

    def apply(self, doc: Document) -> list[Fact]:
        sink = FactSink(doc)
        text = doc.text
        blocks = self.view(doc)
        norm = self.normaliser
        hits = norm.agencies.find(blocks.wtext, distinct=False)
        agency = sorted({blocks.window_block(s) for _, s, _ in hits})
        photo = blocks.containing(_PHOTO_WORDS) if sink.wants("photo_credit") or agency else []
        if not agency and not photo:
            return sink.facts  # no family has a block to run on
        for m in self._matches(blocks, agency, photo):
            if blocks.foreign(m.start()):
                continue
            for name in ("dateline", "inputs", "with", "trailing", "alone", "source", "copyright"):
                if _has(m, name):
                    s, e = m.span(name)
                    if name == "copyright":
                        end = _COPYRIGHT_END.search(text[s:e])
                        e = s + end.start() if end else e
                        prose = _PROSE_WORD.search(text, s, e)
                        e = prose.start() if prose else e
                    rule = f"{_P}.{'inputs' if name == 'with' else name}"
                    sink.extend(norm.facts("credits", text, s, e, rule))
                    break
            else:
                if _has(m, "contributed"):
                    s = m.start()
                    line_start = text.rfind("\n", 0, s) + 1
                    for sm in self._sentence_start.finditer(text, line_start, s):
                        line_start = sm.end()
                    sink.extend(norm.facts("credits", text, line_start, s, f"{_P}.contributed"))
                    continue
                for name in ("photo", "aphoto", "slash"):
                    if _has(m, name):
                        s, e = m.span(name)
                        if name == "photo" and not self._credit_shaped(text[s:e]):
                            break
                        if name == "photo" and _THEME.search(text, max(0, m.start() - 12),
                                                             m.start()):
                            break  # "Theme images by X": the blog theme's, not the story's
                        if name == "slash" and _poll_credit(text, s, e):
                            break  # "41 percent (Reuters/Ipsos)": a poll's credit
                        sink.extend(norm.facts("photo_credit", text, s, e, f"{_P}.photo"))
                        break
        return sink.facts

    def _matches(
        self, blocks: Blocks, agency_blocks: list[int], photo_blocks: list[int]
    ) -> list[regex.Match[str]]:
        """Matches of each credit family on the blocks it applies to (naming an agency, a photo
        word or both) that hold one of its literal triggers, in text order."""
        low = blocks.low
        text = blocks.text
        dblocks = blocks.doc.blocks
        both = sorted(set(agency_blocks) & set(photo_blocks))
        on = {"agency": agency_blocks, "photo": photo_blocks, "both": both}
        found: list[regex.Match[str]] = []
        lows: dict[int, str] = {}  # each block's lower-cased text, sliced once
        for (rx, triggers, where), anchored in zip(self._families, self._anchored, strict=True):
            idx = on[where]
            if triggers is not None:
                kept = []
                for i in idx:
                    b_low = lows.get(i)
                    if b_low is None:
                        b_low = lows[i] = low[dblocks[i].start : dblocks[i].end]
                    for t in triggers:
                        if t in b_low:
                            kept.append(i)
                            break
                idx = kept
            elif where == "photo":
                idx = [
                    i for i in idx if _photo_label(text, low, dblocks[i].start, dblocks[i].end)
                ]
            if not idx:
                continue
            if anchored:
                found += blocks.scan_line_starts(rx, idx)
            else:
                found += blocks.scan(rx, idx)
        found.sort(key=lambda m: m.start())
        return found

    def _credit_shaped(self, value: str) -> bool:
        """A photo credit is a name or an agency, not a phrase: names an agency, or has a slash
        ("Jane Doe/AFP"), or is short and capitalised."""
        words = value.split()
        if not words or len(words) > 10:
            return False
        if self.normaliser.agencies.find(value) or ("/" in value and value[0].isupper()):
            return True
        if not (value[0].isupper() or value[0] in "©"):
            return False
        caps = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
        return caps / len(words) >= 0.6
