"""Context-free shape features of one line, shared by the context-sensitive steps.

Computed once per block and cached on the Document (never across documents). A :class:`Shape`
made by :func:`shape_of` computes its costly fields (``words``, ``capitalised``, ``letters``,
``url``) only when first read: most steps look at a long prose line's last character and never
need its words or letters.
"""

from __future__ import annotations

import re

import regex

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-\.]*")
#: ``_WORD`` with the faster ``re`` engine, for text without ``_`` whose characters all sit in
#: Latin (U+0000-U+024F) or General Punctuation (U+2000-U+206F): there ``re``'s ``[^\W_]`` and
#: ``\w`` are exactly ``regex``'s ``[\p{L}\p{N}]`` (tested), whatever the Unicode versions
_FAST_WORD = re.compile(r"[^\W_][\w'’\-\.]*")
_NOT_FAST = re.compile(r"[^\x00-\u024f\u2000-\u206f]|_")
_BULLET = regex.compile(r"^(?:[-–—•*·▪►»›▸➤❯→‣◦●○■□✓✔]|\d{1,2}[.)])\s+")
#: first characters a bullet can start with (a digit is checked with ``str.isdigit``, a superset
#: of ``\d``)
_BULLET_FIRST = frozenset("-–—•*·▪►»›▸➤❯→‣◦●○■□✓✔")
#: pictographs that decorate page furniture ("👉 Also read", "What's Hot 🔥", "🕒 Nov 8, 2024"):
#: arrows, technical symbols, geometric shapes, dingbats and emoji (ranges, for a regex class)
PICTOGRAPHS = (
    "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2bff"
    "\U0001f300-\U0001faff\ufe0f"
)
_URL = regex.compile(r"(?i)\b(?:https?://|www\.)\S+")
_SENTENCE_END = regex.compile(r"[.!?…:;。！？]['\"”’»)\]]*$")

# -- counting words without building them --------------------------------------------------------
# A word of ``_WORD`` starts at a letter or digit and runs over letters, digits and ' ’ - . , so
# each maximal run of those characters that holds a letter or digit is exactly one word. Mapping
# letters and digits to themselves, the glue characters ' - . to nothing and everything else to a
# space turns every such run into one whitespace-separated token (and glue-only runs into none).
_ASCII_WORDS = bytes(c if chr(c).isalnum() else 0x20 for c in range(256))
#: the same for a text whose non-ASCII letters and digits were encoded as "?" (a real "?" is
#: replaced by a space first)
_ENCODED_WORDS = _ASCII_WORDS[:0x3F] + b"a" + _ASCII_WORDS[0x40:]
_GLUE = b"'-."
_RANGES = [*range(0x80, 0x250), *range(0x370, 0x530), *range(0x2000, 0x2070)]
#: letters and digits (by ``regex``'s own tables) in Latin, Greek, Cyrillic
_LETTERS = "".join(_WORD.findall(" ".join(map(chr, _RANGES))))
#: the separators met in practice, replaced one by one before the letter check
_COMMON_SEPARATORS = ("“", "”", "—", "–", "‘", "…", "«", "»", "\xa0", "•", "·", "\u200b")
_NOT_LETTER = re.compile("[^\x00-\x7f" + re.escape(_LETTERS) + "]")


def count_words(body: str) -> int:
    """``len(_WORD.findall(body))``, without building the words."""
    if body.isascii():
        return len(body.encode("ascii").translate(_ASCII_WORDS, _GLUE).split())
    t = body.replace("?", " ")
    if "’" in t:
        t = t.replace("’", "'")
    for c in _COMMON_SEPARATORS:
        if c in t:
            t = t.replace(c, " ")
    if _NOT_LETTER.search(t) is None:
        return len(t.encode("ascii", "replace").translate(_ENCODED_WORDS, _GLUE).split())
    return len((_WORD if _NOT_FAST.search(body) else _FAST_WORD).findall(body))


def has_words(body: str, n: int) -> bool:
    """``count_words(body) >= n``, cheaply when it holds (see :func:`words_up_to`)."""
    return n <= 0 or words_up_to(body, n) >= n


def words_up_to(body: str, n: int) -> int:
    """``min(count_words(body), n)`` for ``n >= 1``, cheaply: the text with its non-ASCII
    characters dropped has at most as many words (dropping a character can only delete or
    merge words, never split one), so a count of at least ``n`` there settles it in C;
    splitting at most ``n - 1`` times builds no more than ``n`` pieces however long the line,
    and fewer pieces are all the words of an ASCII line."""
    ascii_body = body.isascii()
    raw = body.encode("ascii") if ascii_body else body.encode("ascii", "ignore")
    k = len(raw.translate(_ASCII_WORDS, _GLUE).split(None, n - 1))
    if k >= n:
        return n
    return k if ascii_body else min(count_words(body), n)


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


def _bullet_end(text: str) -> int:
    """Where the text after a leading bullet starts (0 without a bullet)."""
    c = text[:1]
    if c and (c in _BULLET_FIRST or c.isdigit()):
        m = _BULLET.match(text)
        if m is not None:
            return m.end()
    return 0


#: the fewest words of a prose line (see :func:`is_prose`)
PROSE_WORDS = 12


def is_prose(text: str) -> bool:
    """``shape_of(text)`` is a sentence of at least 12 words and not a bullet (what
    ``Document.prose`` asks), checking the cheap fields first (:meth:`Shape.prose` tells
    the same from a shape)."""
    t = text[:-1] if text.endswith("\n") else text
    t = t.rstrip(_CLOSERS)
    if not t or t[-1] not in _ENDERS or _bullet_end(text):
        return False
    return has_words(text, PROSE_WORDS)


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


_UNSET = -1
_FLOAT_UNSET = float(_UNSET)
_new = object.__new__


class Shape:
    """What a line looks like, independent of its neighbours (read-only).

    ``words``: words (letters/digits runs, see ``_WORD``) after any bullet; ``chars``: length;
    ``sentence``: ends with terminal punctuation (optionally followed by closing
    quotes/brackets); ``bullet``: starts with a bullet or list number ("- ", "• ", "3. ");
    ``capitalised``: share of words that start with a capital letter (0..1); ``letters``: share
    of letters among the non-space characters (0..1); ``url``: contains a URL.
    """

    __slots__ = ("_body", "_caps", "_least", "_letters", "_text", "_url", "_words", "bullet",
                 "chars", "sentence")

    def __init__(
        self,
        words: int,
        chars: int,
        sentence: bool,
        bullet: bool,
        capitalised: float,
        letters: float,
        url: bool,
    ) -> None:
        self._text = self._body = ""
        self._words = words
        self._least = 0
        self.chars = chars
        self.sentence = sentence
        self.bullet = bullet
        self._caps = capitalised
        self._letters = letters
        self._url: bool | None = url

    @classmethod
    def lazy(cls, text: str) -> Shape:
        """The shape of ``text`` with its costly fields left to be computed on first read."""
        # every block gets one, most before any step has run: ``_bullet_end`` and
        # ``_ends_sentence`` are written out here (a third of the cost is calls)
        s = _new(cls)
        at = 0
        c = text[:1]
        if c in _BULLET_FIRST or c.isdigit():
            m = _BULLET.match(text)
            if m is not None:
                at = m.end()
        body = text[at:] if at else text
        s._text = text
        s._body = body
        s.chars = len(text)
        s.bullet = at > 0
        t = body[:-1].rstrip(_CLOSERS) if body.endswith("\n") else body.rstrip(_CLOSERS)
        s.sentence = t[-1:] in _ENDERS
        s._words = _UNSET
        #: the line has at least this many words (known while ``_words`` is not counted)
        s._least = 0
        s._caps = s._letters = _FLOAT_UNSET
        s._url = None
        return s

    @property
    def words(self) -> int:
        w = self._words
        if w == _UNSET:
            w = self._words = count_words(self._body)
        return w

    def more_words_than(self, n: int) -> bool:
        """``words > n``, without counting every word of a long line when they are not
        counted yet (see :func:`words_up_to`). What a call finds is kept: a line found to
        have more than ``n`` words is not looked at again for a smaller ``n``, and one found
        to have fewer has its words counted."""
        w = self._words
        if w != _UNSET:
            return w > n
        if n < self._least:  # (``_least`` is never negative: so is any ``n < 0``)
            return True
        k = words_up_to(self._body, n + 1)
        if k > n:
            self._least = k
            return True
        self._words = k
        return False

    def prose(self) -> bool:
        """:func:`is_prose` of the line: a sentence of at least 12 words, not a bullet."""
        return self.sentence and not self.bullet and self.more_words_than(PROSE_WORDS - 1)

    @property
    def capitalised(self) -> float:
        c = self._caps
        if c == _UNSET:
            body = self._body
            words = (_WORD if _NOT_FAST.search(body) else _FAST_WORD).findall(body)
            n = len(words)
            c = self._caps = sum([w[0].isupper() for w in words]) / n if n else 0.0
        return c

    @property
    def letters(self) -> float:
        v = self._letters
        if v == _UNSET:
            body = self._body
            spaces, alpha = _spaces_and_letters(body)
            nonspace = len(body) - spaces
            v = self._letters = alpha / nonspace if nonspace else 0.0
        return v

    @property
    def url(self) -> bool:
        u = self._url
        if u is None:
            u = self._url = _has_url(self._text)
        return u

    def _fields(self) -> tuple[int, int, bool, bool, float, float, bool]:
        return (self.words, self.chars, self.sentence, self.bullet, self.capitalised,
                self.letters, self.url)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Shape):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Shape(words={self.words}, chars={self.chars}, sentence={self.sentence}, "
            f"bullet={self.bullet}, capitalised={self.capitalised}, letters={self.letters}, "
            f"url={self.url})"
        )


def shape_of(text: str) -> Shape:
    """The shape of a stripped line (fields computed lazily, on first read)."""
    return Shape.lazy(text)
