"""The language of a text from stopword counts (en, de, fr, es; lists are data files): the one
detector the language step records and the date reader consults (a German, French or Spanish
page writes its slashed numeric dates day first)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from operator import itemgetter

import ahocorasick_rs

#: every character ``str.split()`` splits on, but the space and the line break
_OTHER_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")
_OTHER_ASCII_SPACES = tuple(c for c in _OTHER_SPACES if c.isascii())
_FIRST = itemgetter(0)


class _StopwordScan:
    """" word " for each stopword, found (overlapping) in the UTF-8 of a text whose every
    whitespace is a space: exactly the ``str.split()`` words that are stopwords, counted in
    Rust where a ``Counter`` over the split words spends Python calls on every word."""

    __slots__ = ("_automaton", "_words")

    def __init__(self, words: list[str]) -> None:
        self._words = words
        self._automaton = (
            ahocorasick_rs.BytesAhoCorasick(
                [f" {w} ".encode() for w in words],
                matchkind=ahocorasick_rs.MatchKind.Standard,
                implementation=ahocorasick_rs.Implementation.DFA,
            )
            if words
            else None
        )

    def __reduce__(self) -> tuple[type[_StopwordScan], tuple[list[str]]]:
        """Pipelines are pickled (worker processes): the automaton is rebuilt from the words."""
        return (type(self), (self._words,))

    def matches(self, padded: bytes) -> list[tuple[int, int, int]]:
        """``(stopword number, start, end)`` of each stopword between spaces."""
        if self._automaton is None:
            return []
        return self._automaton.find_matches_as_indexes(padded, overlapping=True)


class StopwordLanguage:
    """Tells the language whose stopwords clearly dominate a text.

    ``min_hits`` stopwords must be seen and the best language must have ``margin`` times the
    hits of the second; at most ``max_chars`` characters are read, and only ``early_chars``
    when they already settle it by far.
    """

    def __init__(
        self,
        stopwords: Mapping[str, frozenset[str]],
        *,
        min_hits: int = 8,
        margin: float = 1.5,
        max_chars: int = 2_000,
        early_chars: int = 800,
    ) -> None:
        self.min_hits, self.margin, self.max_chars = min_hits, margin, max_chars
        self.early_chars = early_chars
        self._languages = tuple(stopwords)
        self._lookup: dict[str, list[str]] = {}
        for lang, words in stopwords.items():
            for w in words:
                self._lookup.setdefault(w, []).append(lang)
        #: a stopword with a space in it never equals a ``str.split()`` word: never counted
        self._words = [w for w in self._lookup if w and w.split() == [w]]
        self._langs = [tuple(self._lookup[w]) for w in self._words]
        self._scan = _StopwordScan(self._words)

    def detect(self, text: str) -> tuple[str, float] | None:
        """``(language, share of stopword hits)`` or ``None`` when no language clearly wins."""
        return self.detect_lower(text[: self.max_chars].lower())

    def detect_lower(self, low: str) -> tuple[str, float] | None:
        """:meth:`detect` on text already cut to ``max_chars`` and lower-cased. The first
        ``early_chars`` are read first; when one language wins them by far (three times
        ``min_hits`` and twice the ``margin``), the rest is not read."""
        if len(low) > self.early_chars:
            early = self._count_langs(low[: self.early_chars])
            if early is not None:
                best, n, second, hits = early
                if n >= 3 * self.min_hits and n >= 2 * self.margin * second:
                    return best, round(n / hits, 3)
        found = self._count_langs(low)
        if found is None:
            return None
        best, n, second, hits = found
        if n < self.min_hits or n < self.margin * second:
            return None
        return best, round(n / hits, 3)

    def _count_langs(self, low: str) -> tuple[str, int, int, int] | None:
        """(best language, its hits, the runner-up's hits, all hits) in ``low``."""
        langs = self._langs
        counts = dict.fromkeys(self._languages, 0)
        hits = 0
        for k, n in self._count_indices(low).items():
            hits += n
            for lang in langs[k]:
                counts[lang] += n
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked:
            return None
        best, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        return best, n, second, hits

    def count(self, low: str) -> dict[str, int]:
        """How often each stopword is a word of ``low`` (as ``str.split()`` splits it)."""
        words = self._words
        return {words[k]: n for k, n in self._count_indices(low).items()}

    def is_stopword(self, word: str) -> bool:
        return word in self._lookup

    def _count_indices(self, low: str) -> Counter[int]:
        """:meth:`count` by the stopword's index in ``_words``."""
        if not self._words:
            return Counter()
        for c in _OTHER_ASCII_SPACES if low.isascii() else _OTHER_SPACES:
            if c in low:
                low = low.replace(c, " ")
        padded = (" " + low.replace("\n", " ") + " ").encode("utf-8", "surrogatepass")
        return Counter(map(_FIRST, self._scan.matches(padded)))
