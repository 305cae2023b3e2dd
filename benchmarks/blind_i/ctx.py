"""Per-document context: rng, split half, language, chosen names, and the facts already placed."""

from __future__ import annotations

from kit import LIST_FACTS, F, date_fact


class Ctx:
    def __init__(self, rng, split: str, lang: str):
        self.rng = rng
        self.split = split
        self.h = 0 if split == "dev" else 1
        self.lang = lang
        self.used: set[str] = set()
        self.site: str | None = None
        self.title: str = ""

    # pool helpers: dev uses even-indexed wordings, test odd-indexed ones
    def half(self, pool):
        return pool[self.h::2]

    def pick(self, pool):
        return self.rng.choice(self.half(pool))

    def names(self, pools):
        """pick from a (dev, test) tuple of halves, or a {lang: (dev, test)} dict."""
        if isinstance(pools, dict):
            pools = pools.get(self.lang, pools["en"])
        return pools[self.h]

    def name(self, pools):
        return self.rng.choice(self.names(pools))

    def sample(self, pools, k):
        p = self.names(pools)
        return self.rng.sample(p, min(k, len(p)))

    def fact(self, kind: str, text: str, value: str | None = None, aliases=None):
        """An F if the scalar fact is still free (lists always), else the plain text."""
        if kind in LIST_FACTS:
            return F(kind, text, value, aliases)
        if kind in self.used:
            return text
        self.used.add(kind)
        return F(kind, text, value, aliases)

    def date(self, kind: str, d=None):
        f = date_fact(self.rng, self.lang, self.h, kind, d)
        if kind in self.used:
            return f.text
        self.used.add(kind)
        return f

    def free(self, kind: str) -> bool:
        return kind not in self.used

    def r(self) -> float:
        return self.rng.random()

    def choice(self, seq):
        return self.rng.choice(seq)
