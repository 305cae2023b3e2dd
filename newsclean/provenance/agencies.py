"""Finding agency names (and their aliases) in text, normalised to the canonical name."""

from __future__ import annotations

from collections.abc import Mapping

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


def _key(s: str) -> str:
    return regex.sub(r"[-‐‑–\s]+", " ", s).casefold().strip()


class AgencyFinder:
    """Matches any alias of any agency in the table; ``canonical`` maps a match to its name."""

    __slots__ = ("_by_key", "compiled", "pattern")

    def __init__(self, agencies: Mapping[str, tuple[str, ...]]) -> None:
        self._by_key: dict[str, str] = {}
        aliases: list[str] = []
        for name, names in agencies.items():
            for a in names:
                self._by_key.setdefault(_key(a), name)
                aliases.append(a)
        aliases.sort(key=len, reverse=True)
        #: the alternation of every alias, with boundaries (no capturing group)
        self.pattern = _LB + "(?:" + "|".join(_alias_pattern(a) for a in aliases) + ")" + _RB
        self.compiled = regex.compile(self.pattern, regex.VERSION0)

    def canonical(self, matched: str) -> str | None:
        return self._by_key.get(_key(matched))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
        """``(canonical name, start, end)`` of each agency named in ``text[start:end]``, one per
        distinct name (its first mention), in order."""
        end = len(text) if end is None else end
        out: list[tuple[str, int, int]] = []
        seen: set[str] = set()
        for m in self.compiled.finditer(text, start, end):
            name = self.canonical(m.group())
            if name is not None and name not in seen:
                seen.add(name)
                out.append((name, m.start(), m.end()))
        return out
