"""A short line that points the reader to the outlet a story comes from or goes on at ("Full
story at The Example Herald", "Mehr dazu beim Beispiel Kurier", "Sigue leyendo en El Eco")."""

from __future__ import annotations

import regex

from ..vocab import bar_words
from .names import OUTLET, S

#: a pointer line holds no more than this: a longer line is a sentence of the story
MAX_WORDS = 14
MAX_CHARS = 160

_POINTER = regex.compile(
    rf"^[^\p{{L}}\p{{N}}\n]*(?P<lead>[^\n]{{0,60}}?){S}"
    # ("by", "von" and "with" lead to people as often: "More articles by Jane Doe")
    rf"(?i:from|at|on|in|of|via|de|du|des|en|sur|dans|chez|bei|beim|auf|im|desde|del)"
    rf"{S}+(?P<n>{OUTLET}){S}*[.!»›>→…]*"
    # a feed card's age after the name ("• 3h", "| 2 days ago")
    rf"(?:{S}*[•·|–—-]{S}*\d{{1,3}}{S}*(?i:h|hrs?|hours?|m|mins?|minutes?|d|days?)"
    rf"(?:{S}+(?i:ago))?)?{S}*$",
    regex.VERSION0,
)


#: one word shaped as a brand, not a common noun: a capital or digit inside it, or a domain
#: ("TechCurrent", "News24", "Example.net")
_BRAND = regex.compile(r"\w*[\p{Ll}\p{N}][\p{Lu}\p{N}]\w*|[\w\-]+(?:\.[\w\-]+)+", regex.VERSION0)


class PointerLine:
    """Reads a pointer line: the line ends with a preposition and an outlet's name, and every
    word before the preposition is a word of pointing (``data/provenance/pointer_words.txt``),
    so that a headline ("Fire breaks out at Morning Star") is none. The name must look like an
    outlet (a word of ``outlet_words.txt`` after its first word, or one word shaped as a brand:
    "TechCurrent", "Example.net") unless two or more words of pointing lead to it ("Full story
    at Coastal Meridian")."""

    def __init__(self) -> None:
        self._words = bar_words("provenance/pointer_words.txt")
        self._outlet_words = bar_words("provenance/outlet_words.txt")

    def outlet(self, line: str) -> tuple[int, int] | None:
        """The span of the outlet ``line`` points to, or None when it is no pointer line."""
        if len(line) > MAX_CHARS or len(line.split()) > MAX_WORDS:
            return None
        m = _POINTER.match(line)
        if m is None:
            return None
        lead = m.group("lead").casefold().split()
        if not lead or any(w.strip(".,:;!") not in self._words for w in lead):
            return None
        name = m.group("n")
        if len(lead) < 2 and not (
            any(w.strip(".,'’") in self._outlet_words for w in name.split()[1:])
            or _BRAND.fullmatch(name) is not None
        ):
            return None
        return m.span("n")
