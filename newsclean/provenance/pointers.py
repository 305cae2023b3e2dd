"""A short line that points the reader to the outlet a story comes from or goes on at ("Full
story at The Example Herald", "Mehr dazu beim Beispiel Kurier", "Source: The Example Post",
"Lien vers l'original : https://...")."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..vocab import bar_word_parts, bar_words
from .names import OUTLET, S
from .urlnorm import URL_PATTERN

#: a pointer line holds no more than this: a longer line is a sentence of the story
MAX_WORDS = 14
MAX_CHARS = 160

#: where the line points: a URL or an outlet's name (a host is one: "example.com")
_TARGET = rf"(?P<n>{URL_PATTERN}|{OUTLET})"
#: after the target: end punctuation and a feed card's age ("• 3h", "| 2 days ago"), or a few
#: words of pointing ("Follow X for daily updates", "Suscríbete a X para no perderte nada")
_END = (
    rf"{S}*[.!»›>→…]*"
    rf"(?:{S}*[•·|–—-]{S}*\d{{1,3}}{S}*(?i:h|hrs?|hours?|m|mins?|minutes?|d|days?)"
    rf"(?:{S}+(?i:ago))?|{S}*[,—–-]?{S}+(?P<tail>\p{{Ll}}[^\n]{{0,60}}?))?{S}*$"
)
#: what leads to the target: a preposition, or a verb of pointing that takes the outlet as its
#: object ("Follow X for daily updates", "Suivez X", "Suscríbete a X")
_PREPOSITIONS = (
    r"from|at|on|in|of|via|vía|with|avec|con|mit|de|du|des|en|sur|dans|chez|bei|beim|auf|im"
    r"|unter|desde|del|a|à|an|to"
)
_VERBS = r"follow|visit|suivez|visitez|sigue|siga|síguenos|visita|folgen|besuchen"
#: "More from X", "Toda la actualidad en X": words of pointing, a preposition, the target
#: ("by", "von" and "de" lead to people as often: "More articles by Jane Doe")
_BY_PREPOSITION = regex.compile(
    rf"^[^\p{{L}}\p{{N}}\n]*(?P<lead>[^\n]{{0,60}}?),?(?:^|{S})"
    rf"(?i:(?P<prep>{_PREPOSITIONS})|(?P<verb>{_VERBS})){S}+{_TARGET}{_END}",
    regex.VERSION0,
)
#: "Source: X", "Fuente informativa: X", "Original URL - https://...": a label of pointing
#: words, a colon, bar or dash, the target
_BY_LABEL = regex.compile(
    rf"^[^\p{{L}}\p{{N}}\n]*(?P<lead>[^\n:|—–]{{1,60}}?){S}*(?::|\||{S}[—–-]){S}*{_TARGET}{_END}",
    regex.VERSION0,
)


#: one word shaped as a brand, not a common noun: a capital or digit inside it, or a domain
#: ("TechExample", "News24", "Example.net")
_BRAND = regex.compile(r"\w*[\p{Ll}\p{N}][\p{Lu}\p{N}]\w*|[\w\-]+(?:\.[\w\-]+)+", regex.VERSION0)
#: the punctuation a word of pointing may carry ("Want more?", "¿Quieres más?", "Encore plus
#: d'analyses")
_PUNCT = ".,:;!?¿¡()[]«»\"“”'’"
#: the first word of a line, after its decoration
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}][^\s]*", regex.VERSION0)
#: every preposition and verb that can open a pointer line
_LEADS = frozenset(w for ws in (_PREPOSITIONS, _VERBS) for w in ws.split("|"))
#: the prepositions of a promo ("Stay informed with X")
_WITH = frozenset({"with", "avec", "con", "mit"})
#: the prepositions that point with no word before them
_BARE = frozenset({"from", "via", "vía"})
#: the small words after an outlet's word that opens its name ("Diario del Sur")
_PARTICLES = frozenset({"de", "del", "des", "du", "di", "of", "für", "am", "an", "der", "la"})
#: where a line's cells part: a bar, a middle dot or a spaced dash
_CELL_BREAK = regex.compile(rf"{S}+[|·•—–-]{S}+", regex.VERSION0)
#: source labels a site also writes of itself: "Via X" and "Courtesy: X" name the page's own
#: site as often as the story's source
_NOT_SOURCING = frozenset({"via", "vía", "courtesy", "cortesía", "gentileza"})
#: a French or Italian elision glued to a word ("l'article", "d'analyses")
_ELISION = regex.compile(r"^(?:[ldjmnstc]|qu)['’]", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Pointer:
    """Where a pointer line points: the span of its outlet or URL in the line, and whether it
    is a promo (a verb of pointing or "with" leads to the name: "Follow X for daily news",
    "Restez informé avec X"), which promotes the site itself as often as the story's source."""

    start: int
    end: int
    promo: bool
    #: a label that names the story's source leads to the target ("Source: X", "Contenu
    #: syndiqué : X"; not "Via X" nor "Courtesy: X", which a site writes of itself too)
    sourced: bool = False


def _promo(m: regex.Match[str]) -> bool:
    """A verb of pointing or "with" leads to the name: the reader is asked to go there."""
    prep = m.group("prep")
    return prep is None or prep.casefold() in _WITH


class PointerLine:
    """Reads a pointer line: the line ends with an outlet's name or a URL after a preposition
    ("Full story at X") or after a label and its colon or dash ("Source: X", "Más
    información: https://..."), and every other word is a word of pointing
    (``data/provenance/pointer_words.txt``), so that a headline ("Fire breaks out at Morning
    Star") is none. The name must look like an outlet (a word of ``outlet_words.txt`` after its
    first word, one word shaped as a brand: "TechExample", "Example.net", or a URL) unless two
    or more words of pointing lead to it ("Full story at Example Meridian") or a label names a
    source ("Quelle: Rheinblick")."""

    def __init__(self) -> None:
        strong, weak = bar_word_parts("provenance/source_labels.txt", "weak:")
        self._labels, self._weak_labels = frozenset(strong), frozenset(weak)
        self._words = (
            bar_words("provenance/pointer_words.txt") | self._labels | self._weak_labels
        )
        self._outlet_words = bar_words("provenance/outlet_words.txt")
        #: what a pointer line opens with: a word of pointing, or the preposition or verb that
        #: leads to its target ("From The Example Times", "Follow The Example Post")
        self._openers = self._words | _LEADS

    def read(self, line: str) -> Pointer | None:
        """Where ``line`` points, or None when it is no pointer line."""
        if len(line) > MAX_CHARS or len(line.split()) > MAX_WORDS:
            return None
        first = _FIRST_WORD.search(line)
        if first is None or not self._pointing(first.group().casefold(), self._openers):
            return None  # most short lines (headings, headlines) fail here, before any pattern
        for pattern in (_BY_PREPOSITION, _BY_LABEL):
            m = pattern.match(line)
            if m is not None and self._points(m, pattern is _BY_LABEL):
                start, end = m.span("n")
                sourced = pattern is _BY_LABEL and any(
                    self._pointing(w, self._labels) and w.strip(_PUNCT) not in _NOT_SOURCING
                    for w in m.group("lead").casefold().split()
                )
                return Pointer(start, end, pattern is _BY_PREPOSITION and _promo(m), sourced)
        return None

    def read_lead(self, line: str) -> Pointer | None:
        """:meth:`read`, or where the line's first cells point when a source label opens them
        and more follows a cell separator ("Story source: X · This piece reaches you via ...",
        "Source — example.com — The site disclaims ..."): a line that holds a pointer and
        something else. Only a labelled source counts there (:attr:`Pointer.sourced`)."""
        found = self.read(line)
        if found is not None:
            return found
        first = _FIRST_WORD.search(line)
        if first is None or not self._pointing(first.group().casefold(), self._openers):
            return None
        for cut in _CELL_BREAK.finditer(line, 0, MAX_CHARS):
            found = self.read(line[: cut.start()])
            if found is not None and found.sourced:
                return found
        return None

    def _points(self, m: regex.Match[str], label: bool) -> bool:
        """Every word but the target's is a word of pointing, and the target looks like an
        outlet unless a source label leads to it ("Quelle: X", "Via X") or, after a
        preposition, two words of pointing do ("Full story at X")."""
        lead = m.group("lead").casefold().split()
        if not all(self._pointing(w) for w in lead):
            return False
        tail = m.group("tail")
        shaped = self._outlet_shaped(m.group("n"))
        if tail is not None and not (
            shaped and all(self._pointing(w) for w in tail.casefold().split())
        ):
            return False  # "For the latest on Markets, click here": a section, not an outlet
        if label:
            # "Quelle: X" names any outlet, "Provenance : X" one of two words; other labels
            # need two words ("Más información: https://...") and an outlet's shape: "AS -
            # www.example.com" signs a story
            if any(self._pointing(w, self._labels) for w in lead):
                return True
            if len(m.group("n").split()) >= 2 and any(
                self._pointing(w, self._weak_labels) for w in lead
            ):
                return True
            return len(lead) >= 2 and shaped
        prep = m.group("prep")
        if shaped:
            # with no word before it, only "from" or "via" points ("From The Example Times"),
            # or a verb of pointing ("Follow The Example Post"): "On The Record" is a heading
            return bool(lead) or prep is None or prep.casefold() in _BARE
        if prep is not None and prep.casefold() in self._labels:
            return True  # "Via X", "Story via X"
        return len(lead) >= 2

    def _pointing(self, word: str, words: frozenset[str] | None = None) -> bool:
        """``word`` (case-folded) is one of ``words`` (the words of pointing by default), its
        punctuation and a glued elision aside."""
        vocab = self._words if words is None else words
        w = word.strip(_PUNCT)
        if not w or w in vocab:
            return True
        bare = _ELISION.sub("", w)
        return bare != w and bare in vocab

    def _outlet_shaped(self, name: str) -> bool:
        """A URL, a brand-shaped word, or a name holding an outlet's word after its first word
        or first before a particle ("Diario del Sur", "Journal de Montréal")."""
        words = [w.strip(".,'’") for w in name.split()]
        return (
            "://" in name
            or any(w in self._outlet_words for w in words[1:])
            or (len(words) > 2 and words[0] in self._outlet_words and words[1] in _PARTICLES)
            or _BRAND.fullmatch(name) is not None
        )
