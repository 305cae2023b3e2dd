"""The site-talk model: the words and marks a line is scored on, and the weights that score
them. Shared by the step (at run time) and by ``benchmarks/sitetalk_train.py`` (which learns
the weights), so the two can never disagree about what a feature is or how a score adds up."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise, repeat

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


#: ``_WORD``'s letters (tested on the lower-cased line, as ``_WORD`` sees it)
_LETTER = re.compile(r"[^\W\d_]")
#: stands in for "’" (outside Latin-1) while a line goes through ``_LATIN1_WORDS``
_STAND_IN = "\x01"
#: Latin-1 characters (as bytes) to what a word is made of: ``_WORD``'s letters and its
#: apostrophes ("'", the stand-in for "’") stay, the rest becomes a space
_LATIN1_WORDS = bytes(
    i if _LETTER.fullmatch(chr(i)) or chr(i) in "'" + _STAND_IN else 32 for i in range(256)
)
#: marks outside Latin-1 common in Latin-script lines (quotes, dashes, bullets, arrows): none
#: is a letter, so they become spaces before a line is tried as Latin-1
_MARKS = "“”‘„—–‑…•→›€"
#: apostrophes as they stand in a line sent through ``_LATIN1_WORDS``
_APOSTROPHES = ("'", _STAND_IN)
#: an apostrophe with no letter on one side (all that is not a letter or apostrophe is a space)
_STRAY = tuple(a + b for a in "' " + _STAND_IN for b in "' " + _STAND_IN if a != b or a != " ")


def words_of(text: str) -> list[str]:
    """The line's words, lower-cased: what ``_WORD`` finds in ``text.lower()``. A line that is
    Latin-1 (once its common quotes and dashes are spaces and "’" is a stand-in) goes through
    ``bytes.translate`` and ``split``, several times faster than the pattern: its words are the
    runs of letters and apostrophes as long as each apostrophe has a letter on either side
    (``_WORD`` never matches across anything else); a line with another apostrophe goes
    through ``_WORD``."""
    low = text.lower()
    if _STAND_IN in low:
        return _WORD.findall(low)
    if low.isascii():
        latin = low
    else:
        latin = low.replace("’", _STAND_IN) if "’" in low else low
        for mark in _MARKS:
            if mark in latin:
                latin = latin.replace(mark, " ")
    try:
        raw = latin.encode("latin-1")
    except UnicodeEncodeError:  # another script (Cyrillic, Greek...)
        return _WORD.findall(low)
    runs = raw.translate(_LATIN1_WORDS).decode("latin-1")
    if "'" in latin or _STAND_IN in latin:
        # an apostrophe is inside a word when a letter is on either side of it: one next to a
        # space, another apostrophe or an end ("'quoted'", "the players’ union") leaves the
        # line to the pattern
        if runs.startswith(_APOSTROPHES) or runs.endswith(_APOSTROPHES) or any(
            stray in runs for stray in _STRAY
        ):
            return _WORD.findall(low)
        runs = runs.replace(_STAND_IN, "’")
    return runs.split()


class TextWords:
    """:func:`words_of` for the lines of one text, with the work that does not depend on the
    line done once for the whole text: the marks turned to spaces, the encoding,
    ``bytes.translate`` and the search for stray apostrophes (a few C calls a document instead
    of a dozen a line), so that a line costs a slice and a ``split``. A line holding a
    character outside Latin-1 (another script, a letter that lower-cases to two characters) or
    a stray apostrophe goes to :func:`words_of` itself, as does every line of a text holding
    the stand-in or much of another script. Built per document by the step that reads it
    (nothing is kept across documents)."""

    __slots__ = ("_runs", "_skip")

    def __init__(self, low: str) -> None:
        """``low``: the text lower-cased with the same offsets (``Document.lower``): a line's
        slice of it is the line's ``lower()`` but where a character lower-cases to two or by
        context (Greek final sigma), and those are outside Latin-1, so :meth:`words` leaves
        their lines to :func:`words_of`."""
        #: positions whose line goes to ``words_of`` (sorted): characters outside Latin-1
        #: and both characters of each stray apostrophe pair
        self._skip: list[int] = []
        #: ``low`` through ``_LATIN1_WORDS`` (letters and apostrophes kept, the rest spaces),
        #: with "’" back in place of the stand-in (``None``: every line to ``words_of``)
        self._runs: str | None = None
        if _STAND_IN in low:
            return
        latin = low.replace("’", _STAND_IN) if "’" in low else low
        skip: list[int] = []
        if not latin.isascii():
            for mark in _MARKS:
                if mark in latin:
                    latin = latin.replace(mark, " ")
            bad = _outside_latin1(latin)
            if bad is None:
                return
            skip = bad
        # "replace" writes one "?" (a space to the table) for each character outside
        # Latin-1, so offsets stay those of the text
        runs = latin.encode("latin-1", "replace").translate(_LATIN1_WORDS).decode("latin-1")
        if "'" in runs or _STAND_IN in runs:
            skip += _stray_apostrophes(runs)
            runs = runs.replace(_STAND_IN, "’")
        self._skip = sorted(skip)
        self._runs = runs

    def words(self, line: str, start: int, end: int) -> list[str]:
        """``words_of(line)`` for the ``line`` at ``start:end`` of the text."""
        runs = self._runs
        skip = self._skip
        if runs is None or (skip and _holds(skip, start, end)):
            return words_of(line)
        return runs[start:end].split()


def _stray_apostrophes(runs: str) -> list[int]:
    """Where ``runs`` (a text through ``_LATIN1_WORDS``, whose lines are bounded by spaces)
    holds an apostrophe with no letter on one side: a line holds one exactly when its own
    slice starts or ends with an apostrophe or holds a pair of ``_STRAY``, the lines
    ``words_of`` leaves to the pattern. Apostrophes are found with ``str.find`` (a
    ``memchr``) and their neighbours looked at one by one: news text has a dozen a page."""
    found: list[int] = []
    last = len(runs) - 1
    for apostrophe in _APOSTROPHES:
        at = runs.find(apostrophe)
        while at >= 0:
            if (
                at == 0
                or at == last
                or runs[at - 1] in _NOT_LETTERS
                or runs[at + 1] in _NOT_LETTERS
            ):
                found.append(at)
            at = runs.find(apostrophe, at + 1)
    return found


#: what ``_LATIN1_WORDS`` leaves that is not a letter
_NOT_LETTERS = " " + "".join(_APOSTROPHES)


#: a text with more characters outside Latin-1 (another script) is read line by line
_MOST_BAD = 8


def _outside_latin1(text: str) -> list[int] | None:
    """Where ``text`` holds a character outside Latin-1 (``None``: more than ``_MOST_BAD``
    times), found by the encoder, which stops at the first (a pattern would read the whole
    text a character at a time)."""
    bad: list[int] = []
    at = 0
    while True:
        try:
            text[at:].encode("latin-1")
        except UnicodeEncodeError as e:
            if len(bad) == _MOST_BAD:
                return None
            bad.append(at + e.start)
            at += e.start + 1
            continue
        return bad


#: a word longer than this also gives its stem feature: its first STEM letters, accents off
STEM = 4
#: accented Latin letters to their base letter ("é" -> "e", "Ä" -> "A"): one character to one,
#: so a stem is the first STEM letters of a word either way
_UNACCENT = {
    i: base[0]
    for i in range(0xC0, 0x250)
    if (base := unicodedata.normalize("NFKD", chr(i))) != chr(i) and base[0].isascii()
}


def _stem(word: str) -> str:
    """A word's stem, without the feature's ``~``: its first STEM letters, accents off."""
    head = word[:STEM]
    return head if head.isascii() else head.translate(_UNACCENT)


def stems(words: Iterable[str]) -> list[str]:
    """The distinct stem features (``~agre``) of the words longer than STEM letters, so that
    "aggregator", "aggregates" and "aggregiert", or "agrégateur" and "agregador", share a
    weight: a notice in a wording (or an inflection) the weights never met still scores on
    its stems."""
    return list(dict.fromkeys("~" + _stem(w) for w in words if len(w) > STEM))


def _holds(positions: list[int], start: int, end: int) -> bool:
    """One of the sorted ``positions`` lies in ``start:end``."""
    k = bisect.bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def features(text: str, words: list[str] | None = None) -> list[str]:
    """The features of one line: each distinct word, its stem (:func:`stems`) and each pair of
    neighbouring words (``all_rights``, ``sign_up``), the first word (``^word``: a promo's
    imperative, a notice's "This"), and marks of its shape (``#url``, ``#email``, ``#quote``,
    ``#digit``, ``#excl``, ``#arrow``, ``#end.`` for a closing full stop, a length bucket).
    ``words`` is ``words_of(text)`` when the caller has it already."""
    if words is None:
        words = words_of(text)
    out = list(dict.fromkeys(words))
    out += stems(out)
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


#: how far below a threshold a bound may fall and still send its line to the exact score: the
#: bound adds the same weights in another order, so it may differ from the score in the last
#: bits (by far less than this)
SLACK = 1e-6


class ScoreBound:
    """A cheap upper bound of ``model.score(features(text, words))``, to spare the exact score
    (and the feature strings) on lines that cannot reach a threshold. The weights are split by
    the kinds of feature ``features`` makes: words and first words are looked up by the word,
    stems by the stem (no ``~`` string is built), pairs by a ``(word, word)`` tuple (no ``a_b``
    string either), the length bucket exactly;
    the shape marks (``#url``, ``#quote``...) count with their positive weights whether the
    line has them or not, so no pattern runs. Apart from the shape marks the bound adds the
    very weights the score adds (in another order): it exceeds the score by at most the shape
    marks' positive weights and a rounding error well inside ``SLACK``. Immutable once built;
    build one per model (a step holds it)."""

    __slots__ = ("base", "firsts", "lengths", "pair_max", "pair_names", "pairs", "stems",
                 "vocab", "words")

    def __init__(self, model: SiteTalkModel) -> None:
        words: dict[str, float] = {}
        pairs: dict[tuple[str, str], float] = {}
        pair_max: dict[str, float] = {}
        firsts: dict[str, float] = {}
        stem_weights: dict[str, float] = {}
        lengths: dict[str, float] = {}
        shape_max = 0.0
        for f, w in model.weights.items():
            if f.startswith("^"):
                firsts[f[1:]] = w
            elif f.startswith("~"):
                stem_weights[f[1:]] = w
            elif f.startswith("#len"):
                lengths[f] = w
            elif f.startswith("#"):
                shape_max += max(w, 0.0)
            elif "_" in f:
                a, _, b = f.partition("_")
                if "_" not in b:  # words have no "_": other names are no feature of a line
                    pairs[(a, b)] = w
                    if w > pair_max.get(a, 0.0):
                        pair_max[a] = w
            else:
                words[f] = w
        #: the bias and what the shape marks add at most
        self.base = model.bias + shape_max
        self.words = words
        #: the words the model knows (``features`` makes a feature of each word of a line)
        self.vocab = frozenset(words)
        #: stems (the ``~agre`` features without their mark) and their weights
        self.stems = stem_weights
        self.pairs = pairs
        self.pair_names = frozenset(pairs)
        #: per word, the largest positive weight of a pair it opens
        self.pair_max = pair_max
        self.firsts = firsts
        #: by number of words: the weight of the length bucket ``features`` puts a line in
        self.lengths = (lengths.get("#len4", 0.0), lengths.get("#len8", 0.0),
                        lengths.get("#len16", 0.0), lengths.get("#len32", 0.0))

    def stem_known(self, words: Iterable[str]) -> int:
        """How many of ``words`` (distinct, unknown to the model) it knows by their stem."""
        weights = self.stems
        return sum(1 for w in words if len(w) > STEM and _stem(w) in weights)

    def stem_weight(self, words: Iterable[str]) -> float:
        """What the stems of the distinct ``words`` add to a score (``features`` makes one
        feature of each distinct stem)."""
        found = {_stem(w) for w in words if len(w) > STEM}
        return sum(filter(None, map(self.stems.get, found)))

    def reaches(self, words: list[str], known: Iterable[str], least: float) -> bool:
        """False when the score of a line with these ``words`` (``known``: the distinct ones
        the model knows, ``vocab & set(words)``) is sure to stay below ``least``. The pairs
        count first with at most the largest positive weight of a pair each word opens, and
        one by one only when that bound reaches ``least``."""
        n = len(words)
        if not n:
            return self.base + self.lengths[0] >= least - SLACK
        top = self.base + self.lengths[0 if n < 8 else 1 if n < 16 else 2 if n < 32 else 3]
        top += self.firsts.get(words[0], 0.0) + sum(map(self.words.__getitem__, known))
        top += self.stem_weight(words)
        floor = least - SLACK
        if top + sum(filter(None, map(self.pair_max.get, islice(words, n - 1)))) < floor:
            return False
        pairs = self.pair_names.intersection(pairwise(words))
        return top + sum(map(self.pairs.__getitem__, pairs)) >= floor
