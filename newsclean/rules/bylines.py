"""Bare bylines beside the story's date, wherever they sit (a feature's byline under its
standfirst is inside the story, where the phrase table's head-zone byline rule does not look)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..document import Document
from ..step import Decision, Remove, RuleInfo
from ..vocab import data_lines
from .cues import nonprose

#: a name of two to four capitalised words ("Jane Roe", "Ana de la Cruz" has a particle: one
#: lower-case word is allowed between capitalised ones)
_NAME = r"\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}.'’\-]*){1,3}"
#: the categories of removed lines a bare byline goes with
_COMPANIONS = frozenset({"date_line", "byline"})
#: the longest line read as a bare byline
_MAX_CHARS = 100


class BylineBesideDate:
    """A line that is only a byline ("By Jane Roe", "Von Anna Weber und Jonas Roth", "Story
    by Ana Ruiz"): the byline word of ``data/<lang>/byline_words.txt`` and one to three names,
    right above or below a removed date line or byline. Runs before the protections, which
    keep a short line between two prose paragraphs as the story's own: a feature puts its
    byline and date under the standfirst. A name is needed (the line "By the numbers" is a
    subhead), and so is the removed neighbour (a bare "By Jane Roe" elsewhere may close a
    reader's letter quoted in the story)."""

    id = "bylines"
    rules: tuple[RuleInfo, ...] = (
        RuleInfo(
            "byline_by_date",
            "byline",
            "a bare byline ('By' and names) above or below a removed date line or byline, "
            "also under a standfirst inside the story",
            "By Jane Roe\nPublished 14 April 2023 22:54 BST",
        ),
    )

    def __init__(self, languages: Sequence[str] = ("en",)) -> None:
        words_of: dict[str, list[str]] = {"lead": [], "join": []}
        for lang in dict.fromkeys(("en", *languages)):
            for ln in data_lines(f"{lang}/byline_words.txt"):
                kind, _, words = ln.partition(":")
                if kind.strip() not in words_of:
                    raise ValueError(f"{lang}/byline_words.txt: unknown key in {ln!r}")
                words_of[kind.strip()].extend(w.strip() for w in words.split(",") if w.strip())
        lead, joins = words_of["lead"], words_of["join"]
        lead_rx = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in lead)
        join_rx = "|".join(regex.escape(w) for w in (",", *joins))
        self._bare = regex.compile(
            rf"^(?i:{lead_rx})\s+{_NAME}(?:\s*(?:{join_rx})\s*{_NAME}){{0,2}}$", regex.VERSION0
        )
        self._first = frozenset(w[:1].casefold() for w in lead)

    def apply(self, doc: Document) -> Iterator[Decision]:
        blocks = doc.blocks
        n = len(blocks)
        decisions = doc.decisions
        for i in nonprose(doc):
            if decisions[i] is not None:
                continue
            text = blocks[i].text.strip()
            if len(text) > _MAX_CHARS or text[:1].casefold() not in self._first:
                continue
            if self._bare.match(text) is None:
                continue
            if any(
                0 <= j < n and doc.removed(j) and doc.category(j) in _COMPANIONS
                for j in (i - 1, i + 1)
            ):
                yield Remove(i, "byline_by_date", "byline",
                             "a bare byline next to a removed date line or byline")
