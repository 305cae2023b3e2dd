"""The class/id word vocabularies of the markup steps, read from ``data/html_tokens.ini``."""

from __future__ import annotations

import configparser
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from .dom import parse_segment, token_words


@dataclass(frozen=True, slots=True)
class _Signal:
    name: str
    category: str
    reason: str
    words: frozenset[str]
    phrases: tuple[str, ...]
    tags: frozenset[str]
    #: a positive signal marks content (``kind = positive`` in the data file)
    positive: bool = False
    #: ignored on an element holding most of the page's prose (``wrapper = no`` turns it off)
    wrapper_exempt: bool = True


class _Vocab:
    """Signals compiled for matching one path segment: word, tag and phrase tables."""

    __slots__ = ("by_tag", "by_word", "every", "order", "phrase_re", "phrases", "segments")

    #: path segments remembered across documents (the same ``div.container`` recurs on every
    #: page of a site); the memo is emptied when it grows past this
    max_segments = 50_000

    def __init__(self, signals: Sequence[_Signal], every: Sequence[_Signal] | None = None) -> None:
        self.order = {s.name: k for k, s in enumerate(signals)}
        #: the words of every kind, positive and negative, for BEM element names (see token)
        self.every = _Vocab(every) if every is not None else None
        self.by_word: dict[str, _Signal] = {}
        self.by_tag: dict[str, _Signal] = {}
        self.phrases: dict[str, _Signal] = {}
        for s in signals:
            for w in s.words:
                self.by_word.setdefault(w, s)
            for t in s.tags:
                self.by_tag.setdefault(t, s)
            for p in s.phrases:
                self.phrases.setdefault(p, s)
        alts = "|".join(re.escape(p) for p in sorted(self.phrases, key=len, reverse=True))
        self.phrase_re = re.compile(f"(?<![a-z0-9])(?:{alts})(?![a-z0-9])") if alts else None
        self.segments: dict[str, _Signal | None] = {}

    def token(self, token: str) -> _Signal | None:
        """The signal of one class or id token (the earliest kind in the data file wins).

        A BEM token (``block__element--modifier``) names a part of its block: when the
        element name after the last ``__`` has a word of any kind, it alone decides, so
        ``article-body__topics`` is a tag list and ``story__share`` a share row, not the
        article's own container (``article__body`` still is)."""
        if self.every is not None and "__" in token:
            element = token[token.rindex("__") + 2 :]
            if self.every.words_of(element) is not None:
                return self.words_of(element)
        return self.words_of(token)

    def words_of(self, token: str) -> _Signal | None:
        """The signal of the words of ``token``, as they are."""
        found: list[_Signal] = []
        words = token_words(token)
        for w in words:
            sig = self.by_word.get(w)
            if sig is not None:
                found.append(sig)
        if self.phrase_re is not None and len(words) > 1:
            for m in self.phrase_re.finditer("-".join(words)):
                found.append(self.phrases[m.group(0)])
        if not found:
            return None
        return min(found, key=lambda s: self.order[s.name])

    def segment(self, seg: str, tokens_memo: dict[str, _Signal | None]) -> _Signal | None:
        """The signal of one path segment: its tag, else its id and classes."""
        try:
            return self.segments[seg]
        except KeyError:
            pass
        sig = self._segment(seg, tokens_memo)
        if len(self.segments) >= self.max_segments:
            self.segments.clear()
        self.segments[seg] = sig
        return sig

    def _segment(self, seg: str, tokens_memo: dict[str, _Signal | None]) -> _Signal | None:
        tag, tokens = parse_segment(seg)
        sig = self.by_tag.get(tag)
        if sig is not None:
            return sig
        best: _Signal | None = None
        for t in tokens:
            if t in tokens_memo:
                ts = tokens_memo[t]
            else:
                ts = tokens_memo[t] = self.token(t)
            if ts is not None and (best is None or self.order[ts.name] < self.order[best.name]):
                best = ts
        return best


def load_signals(text: str | None = None) -> tuple[_Signal, ...]:
    """The class/id vocabularies of ``data/html_tokens.ini`` (or of ``text``)."""
    if text is None:
        data = resources.files("newsclean").joinpath("data")
        text = data.joinpath("html_tokens.ini").read_text(encoding="utf-8")
    cp = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",))
    cp.read_string(text)
    out: list[_Signal] = []
    for name in cp.sections():
        sec = cp[name]
        entries = [w.lower() for w in sec.get("words", "").split()]
        out.append(
            _Signal(
                name,
                sec.get("category", name),
                sec.get("reason", f"inside an element marked {name}"),
                frozenset(w for w in entries if "-" not in w),
                tuple(w for w in entries if "-" in w),
                frozenset(sec.get("tags", "").split()),
                sec.get("kind", "negative") == "positive",
                sec.getboolean("wrapper", True),
            )
        )
    return tuple(out)
