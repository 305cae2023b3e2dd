"""Names in text: the shapes of a person's, publisher's or site's name, and span trimming."""

from __future__ import annotations

from collections.abc import Collection

import regex

from ..shape import PICTOGRAPHS
from ..vocab import bar_words

S = r"[^\S\n]"
#: the stem of "aggregate" in en/de/fr/es spellings (aggregator, aggregiert, agrégateur,
#: agregador), for the cues that tell an aggregator's disclaimer
AGGREGATE_STEM = r"ag(?:g?r[eé]g|grég)"
#: one capitalised word of a name (O'Brien, Jean-Luc, McDonald, Ng, J.)
_CAP = r"[\p{Lu}][\p{L}\p{M}'’\-]*\.?"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|binti|ibn|al|el|ter|ten|dos|das|y)"
#: a person's name: 2 to 4 capitalised words, particles allowed between them ("Tom van der
#: Berg")
PERSON = rf"{_CAP}(?:{S}+(?:{_PARTICLE}{S}+){{0,2}}{_CAP}){{1,3}}"
#: a list of people: "A B, C D and E F"
PEOPLE = (
    rf"{PERSON}(?:(?:{S}*,{S}*(?:(?:and|&|und|et|y){S}+)?|{S}+(?:and|&|und|et|y){S}+){PERSON})*"
)
#: an outlet's name: 1 to 5 capitalised words or a domain ("The Hindu", "NDTV", "Example.com");
#: a word after the first may open with a French elision ("Le Veilleur de l'Exemple", "Le Glaneur
#: d'Actus")
#: a dot stays inside a word only before a letter or digit ("Example.com"), never at its end
_WORD = r"[\p{Lu}\p{N}](?:[\p{L}\p{N}&'’\-]|\.(?=[\p{L}\p{N}]))*"
#: the small words between the capitalised words of a name ("The Voice of Example", "El
#: Correo del Lago", "La Voix du Nord", "Zeitung für Example", "Noticias al Día", "Le Journal
#: au Quotidien", "Blick zum Tag")
_JOIN = (
    r"(?:of|&|de|del|du|des|della|di|da|do|dos|la|le|el|los|las|y|et|der|die|das|für|al|au|aux"
    r"|zum|zur)"
)
OUTLET = (
    rf"(?:(?:[Tt]he{S}+)?{_WORD}(?:{S}+(?:{_JOIN}{S}+){{0,2}}(?:[dl]['’])?{_WORD}){{0,4}}"
    r"|[\w\-]+(?:\.[\w\-]+)+)"
)

#: compiled once: a module-level ``regex.match(pattern, ...)`` call costs ten times more than
#: the match itself (the regex module's cache lookup)
_ABBREV_END = regex.compile(r"(?:\b\p{Lu}|\bJr|\bSr|\bInc|\bLtd|\bCo)$")
_NAME_SEP = regex.compile(rf"{S}*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b){S}*")
_LETTER = regex.compile(r"\p{L}")

_EDGE = " \t\n\r\u00a0\"'“”‘’«»()[]{}<>.,;:!?*_-–—|•·/"


def trim(text: str, start: int, end: int, chars: str = _EDGE) -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace and edge punctuation; a trailing dot of an
    abbreviation or initial (``Jr.``, ``J.``) stays."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        if text[end - 1] == "." and end - start >= 2 and _ABBREV_END.match(
            text[max(start, end - 4) : end - 1]
        ):
            break
        end -= 1
    return start, end


def bare_name(name: str) -> str:
    """A name compared without case, spacing or a leading "The"."""
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def split_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the items of a list of names ("A, B and C")."""
    out = []
    pos = start
    for m in _NAME_SEP.finditer(text[start:end]):
        s, e = trim(text, pos, start + m.start())
        if e > s:
            out.append((s, e))
        pos = start + m.end()
    s, e = trim(text, pos, end)
    if e > s:
        out.append((s, e))
    return out


_PRONOUNS = frozenset(
    {"It", "This", "That", "These", "Those", "We", "Our", "Your", "Their", "His", "Her", "Its",
     "He", "She", "They", "You", "I", "There", "Here", "Which", "What", "Who"}
)


def opens_with_non_name(value: str, not_names: Collection[str]) -> bool:
    """``value`` opens with a word that is never a name ("It", "This", "Our"); a leading "The"
    opens a name ("The Daily Scroll") unless it stands alone."""
    words = value.split()
    return bool(words) and words[0] in not_names and (words[0] != "The" or len(words) == 1)


def plausible_name(value: str, not_names: Collection[str], max_words: int = 6) -> bool:
    """A value that can be a name: has a letter, is not too long, is not made only of stop
    words, and does not start with a pronoun or demonstrative."""
    words = value.split()
    if not words or len(words) > max_words or not _LETTER.search(value):
        return False
    if all(w.strip(".,'’") in not_names for w in words):
        return False
    return words[0] not in _PRONOUNS


#: what never names a section (``data/provenance/not_sections.txt``), casefolded
_NOT_SECTIONS = frozenset(
    " ".join(w.casefold().split()) for w in bar_words("provenance/not_sections.txt")
)
_SECTION_ODD = regex.compile(rf"[{PICTOGRAPHS}/|★☆✓•·]|\s{{2,}}")


#: last words of a newspaper's name after "The" ("The Example Times", "The Valley Herald"):
#: ``outlet_words.txt`` but "News" ("The News" aside, "Local News" is a section)
_PAPER_WORDS = bar_words("provenance/outlet_words.txt") - {"News"}
#: a menu whose items lost their spaces ("HomeScienceContactLocal"): a word with two or more
#: lower-to-upper case turns ("MoneyWatch" has one)
_GLUED_MENU = regex.compile(r"\p{Ll}\p{Lu}\p{L}*?\p{Ll}\p{Lu}")


def section_name(value: str) -> bool:
    """``value`` can name one site section: not a row of menu items ("Latest  Top  Discussions",
    "Sign in / Subscribe", "HomeScienceContactLocal"), no icon or badge ("Member-only story ★"),
    not a home link, live badge or button (``data/provenance/not_sections.txt``), not a
    paper's name ("The Example Times")."""
    if _SECTION_ODD.search(value) is not None or _GLUED_MENU.search(value) is not None:
        return False
    words = value.split()
    if len(words) >= 2 and words[0] in ("The", "THE") and (
        words[-1].strip(".,'’").title() in _PAPER_WORDS
    ):
        return False  # "The Example Times": the paper's own name, not a section
    return " ".join(value.casefold().split()) not in _NOT_SECTIONS


#: words that keep a lower-case credit a credit ("Courtesy of the family", "dpa file photo";
#: ``data/provenance/credit_words.txt``)
_CREDIT_WORDS = frozenset(w.casefold() for w in bar_words("provenance/credit_words.txt"))


def credit_phrase(value: str) -> bool:
    """A phrase that a credit pattern took, not a credit: three or more words, most of them
    lower case, no "Name/Agency" slash, no upper-case abbreviation (an agency), no credit word
    ("The week in pictures", "for representation purposes only"; "Courtesy of the family",
    "AP file photo" stay)."""
    words = value.split()
    if len(words) < 3 or "/" in value:
        return False
    for w in words:
        bare = w.strip("()[].,:;")
        if bare.casefold() in _CREDIT_WORDS or (len(bare) >= 2 and bare.isupper()):
            return False
    low = sum(1 for w in words if w[:1].islower())
    return low * 2 > len(words)
