"""One scan for many literal words (ahocorasick-rs), shared by a pipeline's provenance steps."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs


class WordScan:
    """Where literal words occur in a text (case-sensitive: the provenance steps' trigger
    words are lower case, scanned in lower-cased text), all found in one ahocorasick-rs pass (Rust,
    overlapping occurrences included), where a ``str.find`` pass per word would read the text
    once per word. Built once per pipeline (see :meth:`AgencyFinder.word_scan`). A DFA: on
    news text it scans the agency names' 200 forms three times as fast as the default NFA."""

    __slots__ = ("_automaton", "_list", "words")

    def __init__(self, words: Iterable[str]) -> None:
        #: the words, sorted: a match's number is its word's index here
        self._list = sorted({w for w in words if w})
        self.words = frozenset(self._list)
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                self._list,
                matchkind=ahocorasick_rs.MatchKind.Standard,
                implementation=ahocorasick_rs.Implementation.DFA,
            )
            if self._list
            else None
        )

    def __reduce__(self) -> tuple[type[WordScan], tuple[list[str]]]:
        """Pipelines are pickled (worker processes): the automaton is rebuilt from the words."""
        return (type(self), (self._list,))

    @property
    def ordered(self) -> list[str]:
        """The words in the order :meth:`matches` numbers them."""
        return self._list

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """``(word number, start, end)`` of every occurrence (overlapping ones too), by end."""
        if self._automaton is None:
            return []
        return self._automaton.find_matches_as_indexes(text, overlapping=True)

    def hits(self, text: str) -> dict[str, list[int]]:
        """Each word found in ``text`` and where its occurrences start, in increasing order
        (occurrences come by increasing end, and one word's all have its length)."""
        hits: dict[str, list[int]] = {}
        words = self._list
        for k, start, _ in self.matches(text):
            w = words[k]
            found = hits.get(w)
            if found is None:
                hits[w] = [start]
            else:
                found.append(start)
        return hits
