"""Finding agency names (and their aliases) in text, normalised to the canonical name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import repeat

import regex

from .wordscan import WordScan

#: a boundary no letter or digit crosses
_LB = r"(?<![\p{L}\p{N}])"
_RB = r"(?![\p{L}\p{N}])"


def _alias_pattern(alias: str) -> str:
    words = alias.split()
    if len(words) == 1 and "-" not in alias:
        forms = dict.fromkeys((alias, alias.upper()))
        return "|".join(regex.escape(f) for f in forms)
    parts = [regex.escape(w).replace(r"\-", r"[-‐‑–\s]?") for w in words]
    return "(?i:" + r"[^\S\n]+".join(parts) + ")"


#: punctuation mapped to spaces before splitting a text into words
PUNCT_TO_SPACE = {ord(c): " " for c in "()[]{}<>/\\|,;:!?\"'“”‘’«».…-‐‑–—•·*_=+#@&~©"}


_SPLIT_CHARS = "/()[]|-–—"
_EDGE_CHARS = ".,;:!?\"'“”‘’«»…*_•·©<>{}"


def words_of(text: str) -> set[str]:
    """The distinct words of ``text`` (split on spaces, slashes, brackets and dashes; edge
    punctuation stripped): C-speed string methods only, no per-character Python work."""
    for c in _SPLIT_CHARS:
        if c in text:
            text = text.replace(c, " ")
    return set(map(str.strip, set(text.split()), repeat(_EDGE_CHARS)))


_KEY_SEP = regex.compile(r"[-‐‑–\s]+")


def _key(s: str) -> str:
    return _KEY_SEP.sub(" ", s).casefold().strip()


class AgencyFinder:
    """Matches any alias of any agency in the table; ``canonical`` maps a match to its name."""

    __slots__ = (
        "_by_first", "_by_key", "_declared", "_first", "_form_order", "_form_scan", "_forms",
        "_scan", "compiled", "pattern",
    )  # fmt: skip

    #: regions longer than this are searched with :meth:`_find_long` (same result, less work)
    LONG = 256

    def __init__(self, agencies: Mapping[str, tuple[str, ...]]) -> None:
        self._by_key: dict[str, str] = {}
        aliases: list[str] = []
        for name, names in agencies.items():
            for a in names:
                self._by_key.setdefault(_key(a), name)
                aliases.append(a)
        aliases.sort(key=len, reverse=True)
        #: literal forms searched with str.find (much faster than a large regex alternation):
        #: one-word aliases as written and in capitals; longer ones also in lower and title case
        forms: dict[str, str] = {}
        for a in aliases:
            name = self._by_key[_key(a)]
            variants = [a, a.upper()]
            if len(a.split()) > 1 or "-" in a:
                variants += [a.lower(), a.title()]
            for v in variants:
                forms.setdefault(v, name)
        self._forms: tuple[tuple[str, str], ...] = tuple(forms.items())
        #: first word (after PUNCT_TO_SPACE) -> the forms that start with it: a document whose
        #: words include none of these names no agency, found with one C-speed set operation
        self._by_first: dict[str, list[tuple[str, str]]] = {}
        for form, name in self._forms:
            first = form.translate(PUNCT_TO_SPACE).split()[0]
            self._by_first.setdefault(first, []).append((form, name))
        self._first = {form: form.translate(PUNCT_TO_SPACE).split()[0] for form, _ in self._forms}
        #: every form, case-sensitive: one ahocorasick-rs pass finds all their occurrences
        #: (overlapping ones too) in a long region; a match's number indexes ``_form_order``
        self._form_scan = WordScan(f for f, _ in self._forms)
        self._form_order = [(f, forms[f]) for f in self._form_scan.ordered]
        #: the trigger words the provenance steps sharing this finder declared (per pipeline)
        self._declared: set[str] = set()
        self._scan: WordScan | None = None
        #: the alternation of every alias, with boundaries (no capturing group)
        self.pattern = _LB + "(?:" + "|".join(_alias_pattern(a) for a in aliases) + ")" + _RB
        self.compiled = regex.compile(self.pattern, regex.VERSION0)

    def declare_words(self, words: Iterable[str]) -> None:
        """Add trigger words (lower case) of a provenance step built on this finder (steps
        share one finder per pipeline) to :meth:`word_scan`."""
        new = {w for w in words if w} - self._declared
        if new:
            self._declared.update(new)
            self._scan = None

    def word_scan(self) -> WordScan:
        """One scan for the declared trigger words, built on first use (again after more words
        are declared): one pass over a document's lower-cased windows serves every step."""
        if self._scan is None:
            self._scan = WordScan(self._declared)
        return self._scan

    def canonical(self, matched: str) -> str | None:
        return self._by_key.get(_key(matched))

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        distinct: bool = True,
    ) -> list[tuple[str, int, int]]:
        """``(canonical name, start, end)`` of each agency named in ``text[start:end]``, one per
        distinct name (its first mention) unless ``distinct=False``, in order. Names must not
        touch a letter or digit."""
        end = len(text) if end is None else min(end, len(text))
        if end - start > self.LONG:
            return self._find_long(text, start, end, distinct)
        hits: list[tuple[int, int, str]] = []
        words = words_of(text[start:end])
        candidates = [f for w in words.intersection(self._by_first) for f in self._by_first[w]]
        return self._resolve(self._occurrences(text, start, end, candidates, hits), distinct)

    def _occurrences(
        self,
        text: str,
        start: int,
        end: int,
        candidates: Iterable[tuple[str, str]],
        hits: list[tuple[int, int, str]],
    ) -> list[tuple[int, int, str]]:
        """Every occurrence of the candidate forms that touches no letter or digit, sorted."""
        for form, name in candidates:
            i = text.find(form, start, end)
            while i >= 0:
                j = i + len(form)
                if (i == 0 or not text[i - 1].isalnum()) and (
                    j >= len(text) or not text[j].isalnum()
                ):
                    hits.append((i, -j, name))
                i = text.find(form, i + 1, end)
        hits.sort()
        return hits

    def _find_long(
        self, text: str, start: int, end: int, distinct: bool
    ) -> list[tuple[str, int, int]]:
        """:meth:`find` on a long region without splitting all of it into words: one scan
        finds every occurrence of every form, and only the first words of the forms that occur
        (touching no letter or digit) are checked against the region's words (the condition
        :meth:`find` puts on a form), at an occurrence first, on all words only if that fails."""
        found = self._form_occurrences(text, start, end)
        if not found:
            return []
        forms = self._form_order
        words: set[str] | None = None
        ok: dict[str, bool] = {}
        hits: list[tuple[int, int, str]] = []
        for i, j, k in found:
            form, name = forms[k]
            w = self._first[form]
            good = ok.get(w)
            if good is None:
                good = self._word_at_some(text, start, end, w)
                if good is None:
                    if words is None:
                        words = words_of(text[start:end])
                    good = w in words
                ok[w] = good
            if good:
                hits.append((i, -j, name))
        hits.sort()
        return self._resolve(hits, distinct)

    def _form_occurrences(self, text: str, start: int, end: int) -> list[tuple[int, int, int]]:
        """``(start, end, form number)`` of every occurrence of a form in ``text[start:end]``
        that touches no letter or digit (of ``text``), as :meth:`_occurrences` checks."""
        region = text if start == 0 and end == len(text) else text[start:end]
        n = len(text)
        out: list[tuple[int, int, int]] = []
        for k, i, j in self._form_scan.matches(region):
            i += start
            j += start
            if (i == 0 or not text[i - 1].isalnum()) and (j >= n or not text[j].isalnum()):
                out.append((i, j, k))
        return out

    @staticmethod
    def _word_at_some(text: str, start: int, end: int, word: str, tries: int = 8) -> bool | None:
        """``True`` if one of the first ``tries`` occurrences of ``word`` in the region is a
        word of it as :func:`words_of` splits it; ``None`` when undecided (look at all words)."""
        i = text.find(word, start, end)
        n = 0
        while i >= 0 and n < tries:
            s, e = i, i + len(word)
            while s > start and not (text[s - 1].isspace() or text[s - 1] in _SPLIT_CHARS):
                s -= 1
            while e < end and not (text[e].isspace() or text[e] in _SPLIT_CHARS):
                e += 1
            if text[s:e].strip(_EDGE_CHARS) == word:
                return True
            n += 1
            i = text.find(word, i + 1, end)
        return False if i < 0 else None

    @staticmethod
    def _resolve(hits: list[tuple[int, int, str]], distinct: bool) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        seen: set[str] = set()
        covered = -1
        for i, neg_j, name in hits:
            j = -neg_j
            if i < covered:
                continue
            covered = j
            if not distinct or name not in seen:
                seen.add(name)
                out.append((name, i, j))
        return out
