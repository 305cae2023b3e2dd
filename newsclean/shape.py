"""Context-free shape features of one line, shared by the context-sensitive steps.

Computed once per block and cached on the Document (never across documents).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-\.]*")
_BULLET = regex.compile(r"^(?:[-–—•*·▪►»‣◦●○■□✓✔]|\d{1,2}[.)])\s+")
_URL = regex.compile(r"(?i)\b(?:https?://|www\.)\S+")
_SENTENCE_END = regex.compile(r"[.!?…:;。！？]['\"”’»)\]]*$")


@dataclass(frozen=True, slots=True)
class Shape:
    """What a line looks like, independent of its neighbours."""

    words: int
    chars: int
    #: ends with terminal punctuation (optionally followed by closing quotes/brackets)
    sentence: bool
    #: starts with a bullet or list number ("- ", "• ", "3. ")
    bullet: bool
    #: share of words that start with a capital letter (0..1)
    capitalised: float
    #: share of letters among the non-space characters (0..1)
    letters: float
    #: contains a URL
    url: bool


def shape_of(text: str) -> Shape:
    """The shape of a stripped line."""
    bullet = _BULLET.match(text)
    body = text[bullet.end() :] if bullet else text
    words = _WORD.findall(body)
    n = len(words)
    caps = sum(1 for w in words if w[0].isupper()) / n if n else 0.0
    nonspace = sum(1 for c in body if not c.isspace())
    letters = sum(1 for c in body if c.isalpha()) / nonspace if nonspace else 0.0
    return Shape(
        words=n,
        chars=len(text),
        sentence=bool(_SENTENCE_END.search(body)),
        bullet=bullet is not None,
        capitalised=caps,
        letters=letters,
        url=bool(_URL.search(text)),
    )
