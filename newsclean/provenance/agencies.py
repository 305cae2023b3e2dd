"""Finding agency names (and their aliases) in text, normalised to the canonical name."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import repeat

import regex

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


def _key(s: str) -> str:
    return regex.sub(r"[-‐‑–\s]+", " ", s).casefold().strip()


class AgencyFinder:
    """Matches any alias of any agency in the table; ``canonical`` maps a match to its name."""

    __slots__ = ("_by_first", "_by_key", "_forms", "compiled", "pattern")

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
        #: the alternation of every alias, with boundaries (no capturing group)
        self.pattern = _LB + "(?:" + "|".join(_alias_pattern(a) for a in aliases) + ")" + _RB
        self.compiled = regex.compile(self.pattern, regex.VERSION0)

    def canonical(self, matched: str) -> str | None:
        return self._by_key.get(_key(matched))

    def find(
        self, text: str, start: int = 0, end: int | None = None, *, distinct: bool = True
    ) -> list[tuple[str, int, int]]:
        """``(canonical name, start, end)`` of each agency named in ``text[start:end]``, one per
        distinct name (its first mention) unless ``distinct=False``, in order. Names must not
        touch a letter or digit."""
        end = len(text) if end is None else min(end, len(text))
        hits: list[tuple[int, int, str]] = []
        words = words_of(text[start:end])
        candidates = [f for w in words.intersection(self._by_first) for f in self._by_first[w]]
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
        return self._resolve(hits, distinct)

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
