"""Context-free shape features of one line, shared by the context-sensitive steps.

Computed once per block and cached on the Document (never across documents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-\.]*")
#: ``_WORD`` with the faster ``re`` engine, for text without ``_`` whose characters all sit in
#: Latin (U+0000-U+024F) or General Punctuation (U+2000-U+206F): there ``re``'s ``[^\W_]`` and
#: ``\w`` are exactly ``regex``'s ``[\p{L}\p{N}]`` (tested), whatever the Unicode versions
_FAST_WORD = re.compile(r"[^\W_][\w'’\-\.]*")
_NOT_FAST = re.compile(r"[^\x00-\u024f\u2000-\u206f]|_")
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


_CLOSERS = "'\"”’»)]"
_ENDERS = frozenset(".!?…:;。！？")


def _ends_sentence(body: str) -> bool:
    """``_SENTENCE_END.search(body)`` without scanning the whole line: terminal punctuation
    right before the trailing run of closing quotes/brackets (``$`` also matches before a
    final newline)."""
    if body.endswith("\n"):
        body = body[:-1]
    t = body.rstrip(_CLOSERS)
    return bool(t) and t[-1] in _ENDERS


def _has_url(text: str) -> bool:
    """``_URL.search(text)``, skipped when the text holds neither ``://`` nor ``www.``."""
    if "://" not in text and "www." not in text.lower():
        return False
    return _URL.search(text) is not None


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_SPACE = bytes(c for c in range(128) if chr(c).isspace())
_ASCII_NON_ALPHA = bytes(c for c in range(128) if not chr(c).isalpha())


def _spaces_and_letters(body: str) -> tuple[int, int]:
    """How many characters of ``body`` are ``isspace()`` and ``isalpha()``: ASCII characters
    are counted in C with ``bytes.translate``, the rest one by one."""
    if body.isascii():
        raw, rest = body.encode("ascii"), ""
    else:
        raw, rest = body.encode("ascii", "ignore"), "".join(_NON_ASCII.findall(body))
    spaces = len(raw) - len(raw.translate(None, _ASCII_SPACE))
    letters = len(raw.translate(None, _ASCII_NON_ALPHA))
    if rest:
        spaces += sum(map(str.isspace, rest))
        letters += sum(map(str.isalpha, rest))
    return spaces, letters


def shape_of(text: str) -> Shape:
    """The shape of a stripped line."""
    bullet = _BULLET.match(text)
    body = text[bullet.end() :] if bullet else text
    words = (_WORD if _NOT_FAST.search(body) else _FAST_WORD).findall(body)
    n = len(words)
    caps = sum([w[0].isupper() for w in words]) / n if n else 0.0
    spaces, alpha = _spaces_and_letters(body)
    nonspace = len(body) - spaces
    letters = alpha / nonspace if nonspace else 0.0
    return Shape(
        words=n,
        chars=len(text),
        sentence=_ends_sentence(body),
        bullet=bullet is not None,
        capitalised=caps,
        letters=letters,
        url=_has_url(text),
    )
