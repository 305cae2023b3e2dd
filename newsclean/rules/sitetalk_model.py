"""The site-talk model: the words and marks a line is scored on, and the weights that score
them. Shared by the step (at run time) and by ``benchmarks/sitetalk_train.py`` (which learns
the weights), so the two can never disagree about what a feature is or how a score adds up."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise, repeat

from ..vocab import data_text

# the standard library's ``re``: these simple patterns run on every line, and ``re`` is the
# faster engine for them
#: words: runs of letters (apostrophes inside: "don't", "aujourd'hui"); digits are not words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_URL = re.compile(r"https?://|www\.|\w\.(?:com|org|net|co|io|news|info)\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\[email")
_QUOTES = frozenset("“”\"«»„")
_ARROWS = frozenset("→»›▶►➤⇒")
_DIGIT = re.compile(r"\d")


#: the lines a model judges: at least MIN_WORDS words and at most MAX_CHARS characters (the
#: labelled notices and promos are all shorter; story paragraphs are mostly longer)
MIN_WORDS = 4
MAX_CHARS = 320


def words_of(text: str) -> list[str]:
    """The line's words, lower-cased."""
    return _WORD.findall(text.lower())


def features(text: str, words: list[str] | None = None) -> list[str]:
    """The features of one line: each distinct word and pair of neighbouring words
    (``all_rights``, ``sign_up``), the first word (``^word``: a promo's imperative, a
    notice's "This"), and marks of its shape (``#url``, ``#email``, ``#quote``,
    ``#digit``, ``#excl``, ``#arrow``, ``#end.`` for a closing full stop, a length bucket).
    ``words`` is ``words_of(text)`` when the caller has it already."""
    if words is None:
        words = words_of(text)
    out = list(dict.fromkeys(words))
    out += dict.fromkeys(f"{a}_{b}" for a, b in pairwise(words))
    if words:
        out.append("^" + words[0])
    n = len(words)
    out.append("#len" + ("4" if n < 8 else "8" if n < 16 else "16" if n < 32 else "32"))
    if _URL.search(text):
        out.append("#url")
    if "@" in text and _EMAIL.search(text):
        out.append("#email")
    if not _QUOTES.isdisjoint(text):
        out.append("#quote")
    if _DIGIT.search(text):
        out.append("#digit")
    if "!" in text:
        out.append("#excl")
    if not _ARROWS.isdisjoint(text):
        out.append("#arrow")
    if text.rstrip().endswith("."):
        out.append("#end.")
    return out


@dataclass(frozen=True)
class SiteTalkModel:
    """A line's score is ``bias`` plus the weights of its features (a logistic regression's
    log-odds that the line is the site's talk rather than the story)."""

    bias: float
    weights: Mapping[str, float]

    @classmethod
    def parse(cls, text: str) -> SiteTalkModel:
        """Read the data-file format: ``#`` comments, an ``@bias<TAB>value`` line, then one
        ``feature<TAB>weight`` a line."""
        bias = 0.0
        weights: dict[str, float] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, tab, value = line.partition("\t")
            if not tab:
                raise ValueError(f"site-talk weights: no tab in line {line!r}")
            if name == "@bias":
                bias = float(value)
            else:
                weights[name] = float(value)
        return cls(bias, weights)

    @classmethod
    def load(cls, relpath: str = "sitetalk.tsv") -> SiteTalkModel:
        """The weights shipped in ``newsclean/data/<relpath>``."""
        text = data_text(relpath)
        if text is None:
            raise FileNotFoundError(f"newsclean/data/{relpath}")
        return cls.parse(text)

    def dump(self, header: Sequence[str] = ()) -> str:
        """The data-file text (comment lines first, then the bias, then weights largest first)."""
        rows = sorted(self.weights.items(), key=lambda fw: (-fw[1], fw[0]))
        lines = [f"# {h}" if h else "#" for h in header]
        lines.append(f"@bias\t{self.bias:.4f}")
        lines += [f"{f}\t{w:.4f}" for f, w in rows]
        return "\n".join(lines) + "\n"

    def score(self, feats: Iterable[str]) -> float:
        return self.bias + sum(map(self.weights.get, feats, repeat(0.0)))

    def explain(self, feats: Iterable[str]) -> list[tuple[str, float]]:
        """The weights that made a score, largest first."""
        w = self.weights
        return sorted(((f, w[f]) for f in feats if f in w), key=lambda fw: -fw[1])
