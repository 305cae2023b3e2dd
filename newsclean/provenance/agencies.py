"""Finding agency names (and their aliases) in text, normalised to the canonical name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import repeat
from typing import Any

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


def _trie_pattern(words: Iterable[str]) -> str:
    """A stdlib ``re`` alternation of ``words`` factored as a trie: at each position it tries
    one branch per next character and matches the longest word starting there. Its first
    characters make a charset ``re`` skips to in C, so a scan costs little where no word starts."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _anchors(forms: Iterable[str]) -> list[tuple[str, list[tuple[str, int]]]]:
    """A few substrings (words of the forms, chosen greedily to cover every form) such that
    each form contains one: every occurrence of a form holds its anchor at a known offset, so
    a ``str.find`` loop per anchor finds every occurrence of every form."""
    todo = set(forms)
    out: list[tuple[str, list[tuple[str, int]]]] = []
    while todo:
        # words of 4 letters or more (short ones are frequent inside other words), else the form
        words = {w for f in todo for w in re.split(r"[\s\-‐‑–]+", f) if len(w) >= 4}
        words.update(f for f in todo if not any(w in f for w in words))
        best = max(sorted(words), key=lambda w: (sum(w in f for f in todo), len(w)))
        covered = sorted(f for f in todo if best in f)
        out.append((best, [(f, f.index(best)) for f in covered]))
        todo.difference_update(covered)
    return out


_KEY_SEP = regex.compile(r"[-‐‑–\s]+")


def _key(s: str) -> str:
    return _KEY_SEP.sub(" ", s).casefold().strip()


class AgencyFinder:
    """Matches any alias of any agency in the table; ``canonical`` maps a match to its name."""

    __slots__ = (
        "_anchor_words", "_anchors", "_by_first", "_by_key", "_declared", "_first", "_forms",
        "_prefixes", "_scan", "_upper_rx", "compiled", "pattern",
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
        #: forms not starting with a lower-case letter: one trie scan finds them all; the forms
        #: that are prefixes of a matched form occur there too
        upper = [f for f, _ in self._forms if not f[0].islower()]
        self._upper_rx = re.compile(_trie_pattern(upper)) if upper else None
        self._prefixes = {f: [g for g in upper if f.startswith(g)] for f in upper}
        #: forms starting with a lower-case letter ("dpa", "associated press"): found through
        #: an anchor word each (no charset to skip to for lower-case starts)
        self._anchors = _anchors(f for f, _ in self._forms if f[0].islower())
        self._anchor_words = frozenset(anchor for anchor, _ in self._anchors)
        #: the trigger words the provenance steps sharing this finder declared (per pipeline)
        self._declared: set[str] = set()
        self._scan: WordScan | None = None
        #: the alternation of every alias, with boundaries (no capturing group)
        self.pattern = _LB + "(?:" + "|".join(_alias_pattern(a) for a in aliases) + ")" + _RB
        self.compiled = regex.compile(self.pattern, regex.VERSION0)

    def anchor_words(self) -> frozenset[str]:
        """The (lower-case) words every occurrence of a lower-case form holds one of."""
        return self._anchor_words

    def declare_words(self, words: Iterable[str]) -> None:
        """Add trigger words (lower case) of a provenance step built on this finder (steps
        share one finder per pipeline) to :meth:`word_scan`."""
        new = {w for w in words if w} - self._declared
        if new:
            self._declared.update(new)
            self._scan = None

    def word_scan(self) -> WordScan:
        """One scan for the declared trigger words and this finder's anchor words, built on
        first use (again after more words are declared): one pass over a document's
        lower-cased windows serves every step and :meth:`find`."""
        if self._scan is None:
            self._scan = WordScan([*self._declared, *self._anchor_words])
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
        anchors: Mapping[str, list[int]] | None = None,
    ) -> list[tuple[str, int, int]]:
        """``(canonical name, start, end)`` of each agency named in ``text[start:end]``, one per
        distinct name (its first mention) unless ``distinct=False``, in order. Names must not
        touch a letter or digit. ``anchors``: where each anchor word (:meth:`anchor_words`)
        starts in the lower-cased ``text`` (a superset of where it starts in ``text``), when a
        scan already found them."""
        end = len(text) if end is None else min(end, len(text))
        if end - start > self.LONG:
            return self._find_long(text, start, end, distinct, anchors)
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
        self,
        text: str,
        start: int,
        end: int,
        distinct: bool,
        anchors: Mapping[str, list[int]] | None = None,
    ) -> list[tuple[str, int, int]]:
        """:meth:`find` on a long region without splitting all of it into words: the forms
        that occur at all are found by one trie scan and a few anchor searches, and only their
        first words are checked against the region's words (the condition :meth:`find` puts on
        a form), at an occurrence first, on all words only if that fails."""
        present = self._present(text, start, end, anchors)
        if not present:
            return []
        words: set[str] | None = None
        ok: dict[str, bool] = {}
        candidates: list[tuple[str, str]] = []
        for form, name in self._forms:
            if form not in present:
                continue
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
                candidates.append((form, name))
        return self._resolve(self._occurrences(text, start, end, candidates, []), distinct)

    def _present(
        self, text: str, start: int, end: int, anchors: Mapping[str, list[int]] | None = None
    ) -> set[str]:
        """Every form that has an occurrence touching no letter or digit before it in
        ``text[start:end]`` (and possibly a few more)."""
        found: set[str] = set()
        rx = self._upper_rx
        if rx is not None:
            prefixes = self._prefixes
            for m in rx.finditer(text, start, end):
                found.update(prefixes[m.group()])
                p, q = m.span()
                for k in range(p + 1, q):  # forms starting inside this match
                    if not text[k - 1].isalnum():
                        m2 = rx.match(text, k, end)
                        if m2 is not None:
                            found.update(prefixes[m2.group()])
        for anchor, forms in self._anchors:
            if anchors is not None:
                for i in anchors.get(anchor, ()):
                    for form, offset in forms:
                        if i - offset >= start and text.startswith(form, i - offset, end):
                            found.add(form)
                continue
            i = text.find(anchor, start, end)
            while i >= 0:
                for form, offset in forms:
                    if i - offset >= start and text.startswith(form, i - offset, end):
                        found.add(form)
                i = text.find(anchor, i + 1, end)
        return found

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
